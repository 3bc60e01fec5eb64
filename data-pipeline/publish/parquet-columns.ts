/**
 * A published column in the memory layout of a DuckDB vector, made once per column, so each 2048-row chunk of the
 * Parquet scan is one copy of its data and one of its validity: no native call per value. Strings go in as ENUM
 * indices over the column's distinct values (one native call for the dictionary instead of one per string; the
 * reason and parent-name columns repeat few values) and are cast back to VARCHAR in the COPY's SELECT, so the Parquet
 * file holds the same VARCHAR values.
 */
import duckdb from '@duckdb/node-bindings';
import { BOOLEAN, DOUBLE, ENUM, INTEGER, type DuckDBDataChunk, type DuckDBType } from '@duckdb/node-api';
import type { CellValue, PublishedColumn } from './columns.ts';

export interface ScanColumn {
  /** The type the scan hands DuckDB (ENUM for strings). */
  scanType: DuckDBType;
  /** Whether the COPY's SELECT casts the column back to VARCHAR. */
  asVarchar: boolean;
  /** Sets column `index` of `chunk` to rows start…end (start a multiple of 64). */
  fill(chunk: DuckDBDataChunk, index: number, start: number, end: number): void;
}

/** Validity as DuckDB (and Arrow) keep it: one bit per row, 1 = valid, in whole 64-bit words. */
function validityOf(rows: number): Uint8Array {
  return new Uint8Array(Math.ceil(rows / 64) * 8).fill(0xff);
}

function scanColumn(
  scanType: DuckDBType,
  asVarchar: boolean,
  data: Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array,
  valid: Uint8Array,
  nullCount: number,
): ScanColumn {
  const width = data.BYTES_PER_ELEMENT;
  return {
    scanType,
    asVarchar,
    fill: (chunk, index, start, end) => {
      const vector = duckdb.data_chunk_get_vector(chunk.chunk, index);
      duckdb.copy_data_to_vector(vector, 0, data.buffer as ArrayBuffer, data.byteOffset + start * width, (end - start) * width);
      if (nullCount === 0) return;
      duckdb.vector_ensure_validity_writable(vector);
      duckdb.copy_data_to_vector_validity(vector, 0, valid.buffer as ArrayBuffer, start / 8, Math.ceil((end - start) / 64) * 8);
    },
  };
}

const wrongValue = (column: PublishedColumn, row: number, value: CellValue) =>
  new Error(`${column.type} column ${column.name}: value ${row} is ${JSON.stringify(value)}`);

function stringColumn(column: PublishedColumn): ScanColumn {
  const rows = column.values.length;
  const valid = validityOf(rows);
  const codes = new Map<string, number>();
  const indices = new Uint32Array(rows);
  let nullCount = 0;
  for (let row = 0; row < rows; row++) {
    const value = column.values[row] ?? null;
    if (typeof value === 'string') {
      let code = codes.get(value);
      if (code === undefined) codes.set(value, (code = codes.size));
      indices[row] = code;
    } else if (value === null) {
      valid[row >> 3] = (valid[row >> 3] ?? 0) & ~(1 << (row & 7));
      nullCount++;
    } else throw wrongValue(column, row, value);
  }
  // the index width DuckDB gives an ENUM of this many values (node-api's ENUM picks the same)
  const data = codes.size < 256 ? Uint8Array.from(indices) : codes.size < 65536 ? Uint16Array.from(indices) : indices;
  return scanColumn(ENUM([...codes.keys()]), true, data, valid, nullCount);
}

function fixedColumn(column: PublishedColumn): ScanColumn {
  const rows = column.values.length;
  const valid = validityOf(rows);
  const data = column.type === 'float64' ? new Float64Array(rows) : column.type === 'int32' ? new Int32Array(rows) : new Uint8Array(rows);
  const accepts = (value: CellValue) =>
    column.type === 'bool' ? typeof value === 'boolean' : typeof value === 'number' && (column.type === 'float64' || Number.isInteger(value));
  let nullCount = 0;
  for (let row = 0; row < rows; row++) {
    const value = column.values[row] ?? null;
    if (value === null) {
      valid[row >> 3] = (valid[row >> 3] ?? 0) & ~(1 << (row & 7));
      nullCount++;
    } else if (accepts(value)) data[row] = Number(value);
    else throw wrongValue(column, row, value);
  }
  const scanType = column.type === 'float64' ? DOUBLE : column.type === 'int32' ? INTEGER : BOOLEAN;
  return scanColumn(scanType, false, data, valid, nullCount);
}

export function parquetScanColumn(column: PublishedColumn): ScanColumn {
  return column.type === 'string' || column.type === 'category' ? stringColumn(column) : fixedColumn(column);
}
