/**
 * A published column's values as typed buffers, made once and used by both writers: the Arrow file takes them as its
 * buffers and the Parquet scan copies them into DuckDB's vectors (the two layouts agree: values in a typed array, one
 * validity bit per row, least significant bit first, 1 = valid). Buffer sizes are those of apache-arrow's builders,
 * whole 64-byte blocks, so the Arrow bytes stay what the builders wrote.
 */
import type { ColumnSpec } from '@atlas/contract';
import { float64Values, isFloat64Values, paddedTo64, validityBitmap, type CellValue, type PublishedColumn, type PublishedTable } from './columns.ts';

/** Numbers and booleans: a null slot holds 0. */
export interface FixedEncoding {
  kind: 'fixed';
  data: Float64Array | Int32Array | Uint8Array;
  valid: Uint8Array;
  nullCount: number;
}

/** Strings as indices into their distinct values in order of first appearance (a null slot holds index 0). */
export interface DictionaryEncoding {
  kind: 'dictionary';
  keys: string[];
  indices: Int32Array;
  valid: Uint8Array;
  nullCount: number;
}

export type ColumnEncoding = FixedEncoding | DictionaryEncoding;

function cellArray(column: PublishedColumn): CellValue[] {
  if (isFloat64Values(column.values)) throw new Error(`${column.type} column ${column.name} holds float64 buffers`);
  return column.values;
}

const wrongValue = (column: PublishedColumn, row: number, value: CellValue) =>
  new Error(`${column.type} column ${column.name}: value ${row} is ${JSON.stringify(value)}`);

function dictionaryEncoding(column: PublishedColumn): DictionaryEncoding {
  const values = cellArray(column);
  const length = values.length;
  const indices = new Int32Array(paddedTo64(length * 4) / 4);
  const valid = validityBitmap(length);
  const keys = new Map<string, number>();
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (typeof value === 'string') {
      let key = keys.get(value);
      if (key === undefined) keys.set(value, (key = keys.size));
      indices[i] = key;
      valid[i >> 3] = (valid[i >> 3] ?? 0) | (1 << (i & 7));
    } else if (value === null) nullCount++;
    else throw wrongValue(column, i, value ?? null);
  }
  return { kind: 'dictionary', keys: [...keys.keys()], indices, valid, nullCount };
}

function float64Encoding(column: PublishedColumn): FixedEncoding {
  const { values } = column;
  // built as buffers already (columnsFrom)
  const { data, valid, nullCount } = isFloat64Values(values) ? values : float64Values(column.name, values, (value) => value ?? null);
  return { kind: 'fixed', data, valid, nullCount };
}

/** int32 and bool columns (counts, years, has_geometry). */
function smallFixedEncoding(column: PublishedColumn): FixedEncoding {
  const values = cellArray(column);
  const length = values.length;
  // int32 in the builder's size (the Arrow file takes it as is); bool one byte per row, as DuckDB reads it
  const data = column.type === 'int32' ? new Int32Array(paddedTo64(length * 4) / 4) : new Uint8Array(length);
  const valid = validityBitmap(length);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i] ?? null;
    if (value === null) nullCount++;
    else if (column.type === 'int32' ? typeof value === 'number' && Number.isInteger(value) : typeof value === 'boolean') {
      data[i] = Number(value);
      valid[i >> 3] = (valid[i >> 3] ?? 0) | (1 << (i & 7));
    } else throw wrongValue(column, i, value ?? null);
  }
  return { kind: 'fixed', data, valid, nullCount };
}

export function encodeColumn(column: PublishedColumn): ColumnEncoding {
  switch (column.type) {
    case 'string':
    case 'category':
      return dictionaryEncoding(column);
    case 'float64':
      return float64Encoding(column);
    case 'int32':
    case 'bool':
      return smallFixedEncoding(column);
  }
}

/** A table as both writers take it: its columns' names and types and their encodings, without the cells they were made from. */
export interface EncodedTable {
  name: string;
  rows: number;
  columns: readonly ColumnSpec[];
  encoded: readonly ColumnEncoding[];
}

/** Encode every column of a table; the result holds no reference to the table's cell arrays, which can be collected. */
export function encodeTable(table: PublishedTable): EncodedTable {
  return { name: table.name, rows: table.rows, columns: table.columns.map(({ name, type }) => ({ name, type })), encoded: table.columns.map(encodeColumn) };
}

/** The named columns of an encoded table, in the order given; the encodings are shared, not copied. */
export function selectColumns(table: EncodedTable, name: string, columns: readonly ColumnSpec[]): EncodedTable {
  const index = new Map(table.columns.map((c, i) => [c.name, i]));
  const picked = columns.map((c) => {
    const i = index.get(c.name);
    if (i === undefined || table.columns[i]?.type !== c.type) throw new Error(`${name}: column ${c.name} (${c.type}) is not in table ${table.name}`);
    return i;
  });
  return { name, rows: table.rows, columns: picked.map((i) => table.columns[i]!), encoded: picked.map((i) => table.encoded[i]!) };
}
