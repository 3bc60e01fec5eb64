/**
 * A table in memory on its way to Arrow and Parquet. Its columns are made from the contract's typed
 * column specs, so the two files of a level always carry the schema the app checks.
 */
import type { ColumnSpec, ColumnType } from '@atlas/contract';

export type { ColumnType };

export type CellValue = string | number | boolean | null;

/**
 * A float64 column built straight into the buffers both writers take (encoded-columns.ts: a null slot holds 0, one
 * validity bit per row): most cells of the region tables are float64, and an array of them was a copy the garbage
 * collector moved around before the writers converted it anyway.
 */
export interface Float64Values {
  data: Float64Array;
  valid: Uint8Array;
  nullCount: number;
  length: number;
}

export interface PublishedColumn extends ColumnSpec {
  values: CellValue[] | Float64Values;
}

export const isFloat64Values = (values: PublishedColumn['values']): values is Float64Values => !Array.isArray(values);

/** The cell of a column at `row` (null past the end). */
export function cellAt(values: PublishedColumn['values'], row: number): CellValue {
  if (!isFloat64Values(values)) return values[row] ?? null;
  return row < values.length && ((values.valid[row >> 3] ?? 0) & (1 << (row & 7))) !== 0 ? (values.data[row] ?? null) : null;
}

/** apache-arrow's builder buffer sizes: whole 64-byte blocks, at least one. */
export const paddedTo64 = (bytes: number): number => bytes - 1 - ((bytes - 1) % 64) + 64 || 64;

/** A zeroed validity bitmap of the builder's size for `rows` rows (also whole 64-bit words, as DuckDB reads it). */
export const validityBitmap = (rows: number): Uint8Array => new Uint8Array(paddedTo64(Math.ceil(rows / 8)));

/** A float64 column from a getter per row; a value that is not a number or null is an error naming the column. */
export function float64Values<Row>(name: string, rows: readonly Row[], get: (row: Row, index: number) => CellValue): Float64Values {
  const length = rows.length;
  const data = new Float64Array(paddedTo64(length * 8) / 8);
  const valid = validityBitmap(length);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const value = get(rows[i] as Row, i);
    if (typeof value === 'number') {
      data[i] = value;
      valid[i >> 3] = (valid[i >> 3] ?? 0) | (1 << (i & 7));
    } else if (value === null) nullCount++;
    else throw new Error(`float64 column ${name}: value ${i} is ${JSON.stringify(value)}`);
  }
  return { data, valid, nullCount, length };
}

export interface PublishedTable {
  name: string;
  columns: PublishedColumn[];
  rows: number;
}

export function publishedTable(name: string, columns: PublishedColumn[]): PublishedTable {
  const rows = columns[0]?.values.length ?? 0;
  for (const column of columns) {
    if (column.values.length !== rows) throw new Error(`table ${name}: column ${column.name} has ${column.values.length} values, expected ${rows}`);
  }
  return { name, columns, rows };
}

/** Columns in the order and with the types of `specs`, each filled by the getter of its name. */
export function columnsFrom<Row>(
  specs: readonly ColumnSpec[],
  rows: readonly Row[],
  getters: Record<string, (row: Row, index: number) => CellValue>,
): PublishedColumn[] {
  return specs.map((spec) => {
    const get = getters[spec.name];
    if (!get) throw new Error(`no values for column ${spec.name}`);
    return { ...spec, values: spec.type === 'float64' ? float64Values(spec.name, rows, get) : rows.map((row, index) => get(row, index)) };
  });
}
