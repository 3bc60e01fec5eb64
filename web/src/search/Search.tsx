/**
 * Type-ahead search over all region names (ARIA 1.2 combobox with a listbox popup). Equal names are told
 * apart by their gemeente; arrow keys move, Enter chooses, Escape closes.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { t } from '../i18n/nl.ts';
import { searchRegions, type SearchEntry } from './search-index.ts';

interface Props {
  entries: readonly SearchEntry[];
  complete: boolean;
  onChoose(entry: SearchEntry): void;
  /** Defaults: the header search's label, placeholder and test id; `clearOnChoose` empties the box after a choice. */
  label?: string;
  placeholder?: string;
  testId?: string;
  clearOnChoose?: boolean;
  disabled?: boolean;
  /** Called on focus and typing: the header search loads its index then. */
  onFirstUse?: () => void;
  /** Why the entries could not be loaded (Dutch), shown in the list. */
  error?: string | null;
}

/** " · in Centrum, Tilburg" for a buurt, " · in Tilburg" for a wijk, nothing for a gemeente or aggregate. */
function whereIs(e: SearchEntry): string {
  if (!e.gemeente) return '';
  return ` · ${e.wijk ? t('search.inWijk', { wijk: e.wijk, gemeente: e.gemeente }) : t('search.in', { gemeente: e.gemeente })}`;
}

export function Search({
  entries,
  complete,
  onChoose,
  label = t('search.label'),
  placeholder = t('search.placeholder'),
  testId = 'search',
  clearOnChoose = false,
  disabled,
  onFirstUse,
  error = null,
}: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const results = useMemo(() => searchRegions(entries, query, 12), [entries, query]);
  const show = open && query.trim().length > 0;

  const choose = (e: SearchEntry | undefined): void => {
    if (!e) return;
    onChoose(e);
    setQuery(clearOnChoose ? '' : e.name);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={show}
        aria-controls={listId}
        aria-activedescendant={show && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          onFirstUse?.();
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          // Back within the blur's grace time: the list stays open.
          clearTimeout(closing.current);
          onFirstUse?.();
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(results.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            if (show) {
              e.preventDefault();
              choose(results[active >= 0 ? active : 0]);
            }
          } else if (e.key === 'Escape') {
            if (show) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={label} className="search-list" hidden={!show}>
        {results.map((e, i) => (
          <li
            key={e.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-option"
            data-testid={`${testId}-option-${e.code}`}
            onMouseDown={(ev) => ev.preventDefault()}
            onClick={() => choose(e)}
            onMouseMove={() => setActive(i)}
          >
            <span className="search-name">{e.name}</span>
            <span className="search-meta">
              {t(`level.${e.kind}` as const)}
              {whereIs(e)}
              {` · ${e.code}`}
            </span>
          </li>
        ))}
        {results.length === 0 && (
          <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
            {error ?? (complete ? t('search.none') : t('search.loadingMore'))}
          </li>
        )}
      </ul>
      <span className="sr-only" aria-live="polite">
        {show ? t('search.results', { count: results.length }) : ''}
      </span>
    </div>
  );
}
