/**
 * The typed maths marks "no value" with NaN in a Float64Array; the published cells and the boxed maths with null.
 * The two directions, each in a plain loop (Array.from with a mapping function calls per value, and these run over
 * every region of every indicator).
 */

/** null (or a hole) → NaN. */
export function nanColumn(values: readonly (number | null | undefined)[]): Float64Array {
  const column = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) column[i] = values[i] ?? Number.NaN;
  return column;
}

/** NaN → null. */
export function nullableValues(column: ArrayLike<number>): (number | null)[] {
  const values: (number | null)[] = [];
  for (let i = 0; i < column.length; i++) {
    const value = column[i] ?? Number.NaN;
    values.push(value === value ? value : null);
  }
  return values;
}
