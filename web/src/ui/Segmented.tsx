/**
 * A row of mutually exclusive buttons (aria-pressed), used for the level switch and the map/table toggle.
 * Plain buttons keep every option one Tab stop away and need no roving focus logic.
 */
export interface SegmentOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
  testId?: string;
  disabled?: boolean;
}

interface Props<T extends string> {
  label: string;
  options: readonly SegmentOption<T>[];
  value: T;
  onChange(value: T): void;
}

export function Segmented<T extends string>({ label, options, value, onChange }: Props<T>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      <span className="segmented-label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="segmented-option"
          aria-pressed={o.value === value}
          title={o.hint}
          disabled={o.disabled}
          data-testid={o.testId}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
