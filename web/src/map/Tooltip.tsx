/**
 * Hover tooltip: name, gemeente, value with unit and 95 % interval, and percentile (or the theme score), or why it is missing.
 * Names are rendered as React text, never as HTML.
 */
import { col, type ThemeId } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { levelOfCode } from '../data/regions.ts';
import { withInterval } from '../explain/interval-text.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from './display.ts';
import { valueNote } from '../view/values-view.ts';
import { useHover } from './hover-store.ts';

interface Props {
  table: RegionTable | null;
  display: Display;
  themeId: ThemeId;
}

export function Tooltip({ table, display, themeId }: Props) {
  const hover = useHover();
  // After a switch of level the pointer still names a region of the old level until it moves: no tooltip then.
  if (!hover || !table || levelOfCode(hover.code) !== table.level) return null;
  const row = table.row(hover.code);
  const name = row === undefined ? hover.code : table.names[row];
  const gemeente = row !== undefined && table.level !== 'gemeente' ? table.string('gemeente_name', row) : null;
  let main: string;
  let sub: string | null = null;
  // What the value is when it is not the published raw value (a chosen year, corrected for small numbers, custom
  // weights), and why its interval or hotspots are then missing.
  const note = row === undefined || (!display.indicator && display.kind !== 'score') ? null : valueNote(table, display.indicator?.id ?? null, row, themeId);
  if (row === undefined) main = fmt.missing(null);
  else if (display.indicator) {
    const id = display.indicator.id;
    const value = table.number(col.value(id), row);
    // Only counted values carry a 95 % interval; for the others the value stands alone.
    const bound = (name: string): number | null => (table.has(name) ? table.number(name, row) : null);
    main =
      value === null
        ? fmt.missing(table.string(col.reason(id), row))
        : withInterval(value, bound(col.lo(id)), bound(col.hi(id)), display.indicator.unit, display.indicator.decimals);
    const pct = table.number(col.percentile(id), row);
    sub = value === null ? null : `${t('tooltip.percentile')}: ${fmt.score(pct)}`;
  } else if (display.kind === 'value') {
    // A value column that belongs to no indicator: a query's result from /analyse ("Toon op kaart").
    main = fmt.value(table.number(display.column, row), display.unit, display.decimals);
  } else {
    const score = table.number(col.theme(themeId), row);
    main = score === null ? fmt.missing(table.string(col.themeReason(themeId), row)) : `${t('tooltip.score')}: ${fmt.score(score)}`;
  }
  return (
    <div className="tooltip" data-testid="tooltip" style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}>
      <div className="tooltip-name">{name}</div>
      {gemeente && <div className="tooltip-meta">{gemeente}</div>}
      <div className="tooltip-value">{main}</div>
      {sub && <div className="tooltip-meta">{sub}</div>}
      {note && (
        <div className="tooltip-meta" data-testid="tooltip-note">
          {note}
        </div>
      )}
    </div>
  );
}
