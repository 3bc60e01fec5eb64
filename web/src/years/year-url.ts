/**
 * The chosen year of the map's year slider, as `?jaar=2023` in the address. Absent means "the indicator's own
 * published value" (its peiljaar, own class breaks); present means a year of the indicator's series.
 */
import { withParam } from '../routing/search-param.ts';

export const YEAR_PARAM = 'jaar';

/** The year in a query string, or null when absent or not a plausible year. */
export function parseYear(search: string): number | null {
  const text = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(YEAR_PARAM);
  if (!text || !/^\d{4}$/.test(text)) return null;
  return Number(text);
}

/** `search` with the year set (or removed for null), as a query string with its '?' (or '' when empty). */
export const withYear = (search: string, year: number | null): string => withParam(search, YEAR_PARAM, year === null ? null : String(year));
