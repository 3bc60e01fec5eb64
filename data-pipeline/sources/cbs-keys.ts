import { DataError } from '../errors.ts';

/**
 * CBS renumbers the `_N` suffix of topic keys when it adds variables (`MateVanStedelijkheid_117`,
 * `_122`, `_127` are one topic in three revisions), so columns are matched on the name before it.
 */
export function baseKey(key: string): string {
  return key.replace(/_\d+$/, '');
}

/** The header column whose base key is `base`; an error naming the file when there is none. */
export function findCbsColumn(header: readonly string[], base: string, file: string): string {
  const match = header.find((column) => column === base || baseKey(column) === base);
  if (match === undefined) {
    throw new DataError({ file, line: 1, field: base }, `required column is missing (no column ${base} or ${base}_N; columns present: ${header.join(', ')})`);
  }
  return match;
}
