/**
 * "Wijken van deze gemeente" / "Buurten van deze wijk" in a region's profile, ranked by what the map shows,
 * with one link that opens the table limited to them (from where they can be exported).
 */
import { useCallback } from 'react';
import type { Level } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';
import { useSearch } from '../routing/address.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Link } from '../ui/Link.tsx';
import { useAsync } from '../ui/use-async.ts';
import { rankChildren, tableHref } from './child-ranking.ts';

interface Props {
  code: string;
  name: string;
  childLevel: Level;
  data: AtlasData;
  /** The child level's table when the map has it already; otherwise it is loaded here. */
  table: RegionTable | null;
  display: Display;
  onSelect(code: string): void;
}

export function ChildList({ code, name, childLevel, data, table: given, display, onSelect }: Props) {
  const search = useSearch();
  const loaded = useAsync(useCallback(() => (given ? Promise.resolve(given) : data.table(childLevel)), [given, data, childLevel]));
  const table = given ?? loaded.data;
  const plural = t(`level.plural.${childLevel}`);
  const title = t('children.title', { level: plural.charAt(0).toUpperCase() + plural.slice(1), name });
  if (!table) {
    return (
      <section className="buurt-list child-list" aria-label={title}>
        <h3 className="section-title">{title}</h3>
        {loaded.error ? <ErrorMessage messages={[loaded.error]} onRetry={loaded.retry} /> : <p className="muted">{t('children.loading', { level: plural })}</p>}
      </section>
    );
  }
  const column = childLevel === 'gemeente' ? 'gemeente_code' : `${childLevel === 'wijk' ? 'gemeente' : 'wijk'}_code`;
  const ranked = rankChildren(table.rowsWhere(column, code), table.numbers(display.column), table.names, display.reverse && display.kind === 'value');
  const reasons = table.strings(display.reasonColumn);
  const format = (row: number, v: number | null): string =>
    v === null ? fmt.missing(reasons[row]) : display.kind === 'value' ? fmt.value(v, display.unit, display.decimals) : fmt.score(v);
  return (
    <section className="buurt-list child-list" aria-label={title} data-testid="child-list">
      <h3 className="section-title">{title}</h3>
      <p className="muted small">{t('children.ranked', { count: fmt.integer(ranked.length), level: plural, measure: display.title })}</p>
      <ol className="plain buurt-rows">
        {ranked.map(({ row, value }) => {
          const child = table.codes[row] ?? '';
          return (
            <li key={child}>
              <button type="button" className="buurt-row" onClick={() => onSelect(child)}>
                <span>{table.names[row]}</span>
                <span className={value === null ? 'missing' : 'strong'}>{format(row, value)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="small">
        <Link to={tableHref(search, code, childLevel)} data-testid="child-list-table">
          {t('children.toTable', { level: plural })}
        </Link>
      </p>
    </section>
  );
}
