/** A query's rows, sortable by any column (click a header), numbers in nl-NL, at most MAX_SHOWN rows on screen. */
import { useMemo, useState } from 'react';
import type { SqlRow } from '../data/duckdb/connector.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { cellText, isYearColumn } from './cell-text.ts';

const MAX_SHOWN = 1000;

interface Sort {
  column: string;
  descending: boolean;
}

function compareCells(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return fmt.compare(String(a), String(b));
}

export function ResultTable({ columns, rows }: { columns: readonly string[]; rows: readonly SqlRow[] }) {
  const [sort, setSort] = useState<Sort | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const { column, descending } = sort;
    const present = rows.filter((r) => r[column] !== null && r[column] !== undefined);
    const missing = rows.filter((r) => r[column] === null || r[column] === undefined);
    present.sort((a, b) => (descending ? -1 : 1) * compareCells(a[column], b[column]));
    return [...present, ...missing];
  }, [rows, sort]);
  const numeric = useMemo(() => new Set(columns.filter((c) => rows.some((r) => typeof r[c] === 'number'))), [columns, rows]);
  const years = useMemo(() => new Set(columns.filter(isYearColumn)), [columns]);
  const toggle = (column: string): void =>
    setSort((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: numeric.has(column) }));
  return (
    <div className="result-scroll">
      <table className="result-table" data-testid="result-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                aria-sort={sort?.column === c ? (sort.descending ? 'descending' : 'ascending') : undefined}
                className={numeric.has(c) ? 'num' : undefined}
              >
                <button type="button" onClick={() => toggle(c)}>
                  {c}
                  {sort?.column === c ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, MAX_SHOWN).map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c} className={numeric.has(c) ? 'num' : undefined} data-column={c}>
                  {cellText(r[c], years.has(c))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_SHOWN && <p className="muted small">{t('analyse.truncated', { shown: fmt.integer(MAX_SHOWN), total: fmt.integer(rows.length) })}</p>}
    </div>
  );
}
