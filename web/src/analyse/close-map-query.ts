/** The map's way out of a query drawn from /analyse ("Toon op kaart"): the query leaves the address. */
import { currentPath, currentSearch, replaceAddress } from '../routing/address.ts';
import { withParam } from '../routing/search-param.ts';
import { QUERY_PARAM } from '../weights/foreign-params.ts';

/** Takes the query off the map (out of the address); the map draws its theme again. */
export function closeMapQuery(): void {
  replaceAddress(`${currentPath()}${withParam(currentSearch(), QUERY_PARAM, null)}`);
}
