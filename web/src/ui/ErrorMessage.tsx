/**
 * A data error in plain Dutch, with a hint for whoever runs the site. Never a blank map. Another kind of failure
 * (the map's code not fetched) brings its own title, and no hint about the data.
 */
import { t } from '../i18n/nl.ts';

interface Props {
  messages: readonly string[];
  onRetry?: () => void;
  title?: string;
  /** null: no hint for whoever runs the site. */
  hint?: string | null;
  retryLabel?: string;
}

export function ErrorMessage({ messages, onRetry, title = t('error.title'), hint = t('error.hint'), retryLabel = t('error.retry') }: Props) {
  return (
    <div className="data-error" role="alert" data-testid="data-error">
      <h2>{title}</h2>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      {hint !== null && <p className="data-error-hint">{hint}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
