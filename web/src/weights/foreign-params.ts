/**
 * Parameters the map page carries but does not own: the custom weights, the /analyse query shown on the
 * map and the year of the year slider. The map's address state rewrites the query string from its own state; these survive that rewrite.
 */
import { YEAR_PARAM } from '../years/year-url.ts';
import { WEIGHTS_PARAM } from '../routing/carried-params.ts';
import { readableQuery } from '../routing/search-param.ts';

/** The analyse query drawn on the map (see web/src/analyse/map-query.ts). */
export const QUERY_PARAM = 'sql';
const FOREIGN = [WEIGHTS_PARAM, QUERY_PARAM, YEAR_PARAM] as const;

/** `own` (a query string without '?') followed by the foreign parameters present in `search`. */
export function withForeignParams(own: string, search: string): string {
  const current = new URLSearchParams(search);
  const out = new URLSearchParams(own);
  for (const key of FOREIGN) {
    const value = current.get(key);
    if (value !== null) out.set(key, value);
  }
  return readableQuery(out);
}
