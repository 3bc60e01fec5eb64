/**
 * The map's overlays of a display (Gi* hotspots, the fading of uncertain regions) read describing columns. When
 * the shown table's view left those out (custom weights, the correction for small numbers), the display drops
 * the overlays, so their switches disappear, and the legend says why, as it does for a chosen year.
 */
import type { RegionTable } from '../data/region-table.ts';
import type { Display } from '../map/display.ts';
import { withheldNote } from './value-notes.ts';

export function withoutWithheld(display: Display, table: RegionTable | null): Display {
  if (!table) return display;
  const hot = display.hotColumn ? withheldNote(table, display.hotColumn) : null;
  const interval = display.pctInterval ? (withheldNote(table, display.pctInterval[0]) ?? withheldNote(table, display.pctInterval[1])) : null;
  if (hot === null && interval === null) return display;
  const out: Display = { ...display };
  if (hot !== null) delete out.hotColumn;
  if (interval !== null) delete out.pctInterval;
  const lines = [...new Set([hot, interval].filter((l): l is string => l !== null))];
  return { ...out, subtitle: `${display.subtitle} · ${lines.join(' ')}` };
}
