/**
 * The legend line of a display while "gecorrigeerd voor kleine aantallen" is on: what is drawn is corrected, or
 * (an indicator that is not a count of events, or a chosen year) shown raw, and the legend says which.
 */
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';
import { hasSmoothed } from './values-view.ts';

/** Whether the display's values are the corrected ones on this table (a year of a series never is). */
export function showsCorrected(display: Display, table: RegionTable | null, yearChosen: boolean): boolean {
  if (!display.indicator) return display.kind === 'score';
  return !yearChosen && !!table && hasSmoothed(display.indicator, table.level);
}

export function correctedDisplay(display: Display, table: RegionTable | null, yearChosen: boolean): Display {
  if (!showsCorrected(display, table, yearChosen)) return { ...display, subtitle: `${display.subtitle} · ${t('values.legendNotSmoothed')}` };
  // The title travels to the child lists and the exported map picture, so they say it too.
  return { ...display, title: `${display.title} (${t('values.columnSmoothed')})`, subtitle: `${display.subtitle} · ${t('values.legendSmoothed')}` };
}
