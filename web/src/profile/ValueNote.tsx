/**
 * The line under a value in a profile that says what the value is when it is not the published raw value: the
 * chosen year's (without the published year's interval), corrected for small numbers (with the raw value), or a
 * theme score under custom weights — each saying why its interval and hotspots are missing.
 */
import type { IndicatorId, ThemeId } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { valueNote } from '../view/values-view.ts';
import '../view/values.css';

/** `theme`: whose score `id` null is. */
export function ValueNote({ table, id, row, theme }: { table: RegionTable; id: IndicatorId | null; row: number; theme?: ThemeId }) {
  const note = valueNote(table, id, row, theme);
  return note ? (
    <p className="value-note small" data-testid={`value-note-${id ?? 'theme'}`}>
      {note}
    </p>
  ) : null;
}
