/**
 * One Dutch order of names for both query engines. DuckDB-WASM has no ICU collation offline (it would have
 * to download the extension), and its binary order differs from Dutch order for nearly every wijk and buurt.
 * So the browser ranks each name column once with the Dutch collator (fmt.compare); the in-memory path sorts
 * by that rank, and the same ranks go into the database as a small side table that the ranking SQL joins on
 * `code`. Both engines then sort by the same numbers, whatever either one thinks of the strings.
 */
import type { Level, RegionColumn } from '@atlas/contract';
import { fmt } from '../format/format.ts';

/** Name columns sorted in Dutch order. Other text columns (codes, reasons) are ASCII and sort by code point. */
export const COLLATED_COLUMNS = [
  'name',
  'gemeente_name',
  'wijk_name',
  'provincie_name',
  'veiligheidsregio_name',
  'politie_eenheid_name',
] as const satisfies readonly RegionColumn[];
export type CollatedColumn = (typeof COLLATED_COLUMNS)[number];

export const isCollated = (column: string): column is CollatedColumn => (COLLATED_COLUMNS as readonly string[]).includes(column);

/** Column holding a name column's Dutch rank, in the side table. */
export const rankColumn = (column: CollatedColumn): string => `${column}__rank`;

/** The side table of Dutch ranks for a level's region table. */
export const rankTableName = (level: Level): string => `${level}__rank`;

/**
 * Dense Dutch rank per row: equal names (to the collator) share a rank, so the next key (the code) decides
 * between them in both engines. NaN for a missing name, which sorts last like any missing value.
 */
export function dutchRanks(values: readonly (string | null)[]): Float64Array {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))].sort(fmt.compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((name, i) => {
    const previous = distinct[i - 1];
    if (previous !== undefined && fmt.compare(previous, name) !== 0) rank++;
    rankOf.set(name, rank);
  });
  return Float64Array.from(values, (v) => (v === null ? NaN : (rankOf.get(v) ?? NaN)));
}

/** Code-point order, for text columns that are not names (DuckDB compares these bytes the same way). */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
