/**
 * The search index (`search-index.json`): every gemeente, wijk, buurt and aggregate region with its name, its
 * parents and its bounds, so the search can find and frame any region without loading a region table or a
 * map layer. Parents are row numbers into the parent list (a buurt names its wijk, a wijk its gemeente), which
 * keeps the 14,574 buurten from repeating the same names; bounds are rounded to 5 decimals (about 1 m).
 */
import type { Aggregate } from './levels.ts';

/** West, south, east, north in degrees (WGS84); null for a region without a polygon (fly to its parent). */
export type SearchBounds = [west: number, south: number, east: number, north: number] | null;

export type SearchGemeenteRow = [code: string, name: string, population: number | null, bounds: SearchBounds];
/** `gemeente`: row number in `gemeente`. */
export type SearchWijkRow = [code: string, name: string, gemeente: number, population: number | null, bounds: SearchBounds];
/** `wijk`: row number in `wijk`. */
export type SearchBuurtRow = [code: string, name: string, wijk: number, population: number | null, bounds: SearchBounds];
/** Provincies, veiligheidsregio's and politie-eenheden; bounds are those of their gemeenten together. */
export type SearchAggregateRow = [code: string, name: string, kind: Aggregate, bounds: SearchBounds];

export interface SearchIndexFile {
  gemeente: SearchGemeenteRow[];
  wijk: SearchWijkRow[];
  buurt: SearchBuurtRow[];
  aggregate: SearchAggregateRow[];
}
