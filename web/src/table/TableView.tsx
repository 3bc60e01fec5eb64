/**
 * The same data as the map, as a sortable table. Sorting and filtering run in DuckDB once it is ready
 * (in memory before that); headers are buttons, so sorting works from the keyboard, and aria-sort says how.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Level, ThemeManifest } from '@atlas/contract';
import type { AtlasData, RankingResult } from '../data/atlas-data.ts';
import { valuesSpecOf } from '../view/values-atlas.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';
import type { SortDirection } from '../data/queries.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useAsync } from '../ui/use-async.ts';
import { weightsOf } from '../weights/weighted-atlas.ts';
import { defaultTableSort, formatCell, tableColumns, tableQuery, type TableColumn as Column, type TableSelection } from './table-spec.ts';
import { useWithin } from './use-within.ts';
import type { Within } from './within.ts';

interface Props {
  data: AtlasData;
  level: Level;
  theme: ThemeManifest;
  display: Display;
  selection: string | null;
  provincies: readonly { code: string; name: string }[];
  onSelect(code: string): void;
  /** Told whenever the listed rows change (filters, sort), e.g. for exporting what the table shows. */
  onSelectionChange?(selection: TableSelection): void;
}

const PAGE = 100;

export function TableView({ data, level, theme, display, selection, provincies, onSelect, onSelectionChange }: Props) {
  const lead = display.indicator?.id ?? null;
  const columns = useMemo<Column[]>(() => tableColumns(data.catalogue, level, theme, valuesSpecOf(data), weightsOf(data), lead), [data, level, theme, lead]);

  const defaultSort = defaultTableSort(theme, display).column;
  const [sort, setSort] = useState<{ column: string; direction: SortDirection }>(() => defaultTableSort(theme, display));
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [provincie, setProvincie] = useState('');
  const [hideMissing, setHideMissing] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const { within, offer, setWithin } = useWithin(data, selection, level);

  useEffect(() => {
    setSort({ column: defaultSort, direction: display.reverse ? 'asc' : 'desc' });
    setLimit(PAGE);
  }, [defaultSort, display.reverse, level]);

  useEffect(() => {
    const id = setTimeout(() => setQuery(text), 150);
    return () => clearTimeout(id);
  }, [text]);

  const listed = useMemo<TableSelection>(() => {
    const named = provincies.find((p) => p.code === provincie);
    const filters = { text: query, provincie: named ?? (provincie ? { code: provincie, name: provincie } : null), hideMissing, within };
    return { level, theme, sort, filters, lead };
  }, [level, theme, sort, query, provincie, provincies, hideMissing, within, lead]);
  useEffect(() => onSelectionChange?.(listed), [listed, onSelectionChange]);
  // The rows on screen stay until the next answer is there, so sorting and filtering do not flash empty.
  const ranking = useAsync(
    useCallback(() => data.ranking(tableQuery(columns, listed, limit)), [data, columns, listed, limit]),
    { keepPrevious: true },
  );
  const result = ranking.data;

  const toggleSort = (c: Column): void => {
    setLimit(PAGE);
    setSort((s) =>
      s.column === c.id ? { column: c.id, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { column: c.id, direction: c.text ? 'asc' : 'desc' },
    );
  };

  return (
    <div className="table-view" data-testid="table">
      <div className="table-tools">
        <label className="field">
          <span>{t('table.filter')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="table-filter" />
        </label>
        <label className="field">
          <span>{t('table.provincie')}</span>
          <select value={provincie} onChange={(e) => setProvincie(e.target.value)}>
            <option value="">{t('table.allProvincies')}</option>
            {provincies.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={hideMissing} onChange={(e) => setHideMissing(e.target.checked)} />
          <span>{t('table.hideMissing')}</span>
        </label>
      </div>
      <WithinBar level={level} within={within} offer={offer} onChange={setWithin} />
      <p className="honesty small">{t('honesty.relative')}</p>
      {ranking.error && <ErrorMessage messages={[ranking.error]} onRetry={ranking.retry} />}
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {t('table.caption', { indicator: theme.label, level: t(`level.${level}`).toLowerCase() })}
            <span className="table-sort-hint"> · {t('table.sortHint')}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('table.rank')}
              </th>
              {columns.map((c) => {
                const active = sort.column === c.id;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.text ? '' : 'num'}
                    aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => toggleSort(c)} data-testid={`sort-${c.id}`} title={c.description}>
                      {c.label}
                      <span className="sort-icon" aria-hidden="true">
                        {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                      {active && <span className="sr-only">, {sort.direction === 'asc' ? t('table.sortAsc') : t('table.sortDesc')}</span>}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {result?.rows.map((r, i) => {
              const code = String(r['code']);
              return (
                <tr key={code} className={code === selection ? 'is-selected' : undefined}>
                  <td className="num muted table-rank" data-label={t('table.rank')}>
                    {i + 1}
                  </td>
                  {columns.map((c, ci) => {
                    const v = r[c.id];
                    const missing = !c.text && (v === null || v === undefined);
                    const content = formatCell(c, v, c.reason ? r[c.reason] : null);
                    if (ci === 0) {
                      return (
                        <th key={c.id} scope="row">
                          <button type="button" className="link-button" onClick={() => onSelect(code)}>
                            {content}
                          </button>
                          {(r['has_geometry'] === false || r['has_geometry'] === 0) && (
                            <span className="badge no-geometry" data-testid="no-geometry">
                              {t('table.noGeometry')}
                            </span>
                          )}
                        </th>
                      );
                    }
                    return (
                      <td key={c.id} className={`${c.text ? '' : 'num'}${missing ? ' missing' : ''}`} data-label={c.label}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="table-foot">
        <span className="muted small">
          {result ? t('table.shown', { shown: fmt.integer(result.rows.length), total: fmt.integer(result.total) }) : t('app.loading')} ·{' '}
          {engineNote(result?.engine, valuesSpecOf(data) !== null)}
        </span>
        {result && result.rows.length < result.total && (
          <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
            {t('table.more')}
          </button>
        )}
      </div>
    </div>
  );
}

function WithinBar({ level, within, offer, onChange }: { level: Level; within: Within | null; offer: Within | null; onChange(w: Within | null): void }) {
  const plural = t(`level.plural.${level}`);
  if (within) {
    return (
      <p className="table-within" data-testid="table-within">
        <strong>{t('table.within', { level: plural, name: within.name })}</strong>{' '}
        <button type="button" className="button small" onClick={() => onChange(null)} data-testid="table-within-clear">
          {t('table.within.clear', { level: plural })}
        </button>
      </p>
    );
  }
  if (!offer) return null;
  return (
    <p className="table-within">
      <button type="button" className="button small" onClick={() => onChange(offer)} data-testid="table-within-offer">
        {t('table.within.offer', { level: plural, name: offer.name })}
      </button>
    </p>
  );
}

/** How the rows were sorted; a chosen year or the correction are not in DuckDB, so those views always sort in the browser. */
function engineNote(engine: RankingResult['engine'] | undefined, shownValues: boolean): string {
  if (shownValues) return t('table.engine.values');
  return engine === 'duckdb' ? t('table.engine.duckdb') : engine === 'weights' ? t('table.engine.weights') : t('table.engine.memory');
}
