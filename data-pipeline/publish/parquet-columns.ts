/**
 * A published column as the Parquet scan hands it to DuckDB: each 2048-row chunk is one copy of the encoded column's
 * data and one of its validity (encoded-columns.ts), no native call per value. Strings go in as ENUM indices over the
 * column's distinct values (one native call for the dictionary instead of one per string; the reason and
 * parent-name columns repeat few values) and are cast back to VARCHAR in the COPY's SELECT, so the Parquet file holds
 * the same VARCHAR values.
 */
import duckdb from '@duckdb/node-bindings';
import { BOOLEAN, DOUBLE, ENUM, INTEGER, type DuckDBDataChunk, type DuckDBType } from '@duckdb/node-api';
import type { ColumnType } from './columns.ts';
import type { ColumnEncoding } from './encoded-columns.ts';

export interface ScanColumn {
  /** The type the scan hands DuckDB (ENUM for strings). */
  scanType: DuckDBType;
  /** Whether the COPY's SELECT casts the column back to VARCHAR. */
  asVarchar: boolean;
  /** Sets column `index` of `chunk` to rows start…end (start a multiple of 64). */
  fill(chunk: DuckDBDataChunk, index: number, start: number, end: number): void;
}

function scanColumn(
  scanType: DuckDBType,
  asVarchar: boolean,
  data: Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array,
  { valid, nullCount }: ColumnEncoding,
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
      // DuckDB reads validity in whole 64-bit words; the encoded bitmap is padded to 64 bytes, so they are there
      duckdb.copy_data_to_vector_validity(vector, 0, valid.buffer as ArrayBuffer, valid.byteOffset + start / 8, Math.ceil((end - start) / 64) * 8);
    },
  };
}

const FIXED_TYPE: Record<Exclude<ColumnType, 'string' | 'category'>, DuckDBType> = { float64: DOUBLE, int32: INTEGER, bool: BOOLEAN };

export function parquetScanColumn(type: ColumnType, encoded: ColumnEncoding, rows: number): ScanColumn {
  if (encoded.kind === 'fixed') {
    if (type === 'string' || type === 'category') throw new Error(`${type} column encoded as numbers`);
    return scanColumn(FIXED_TYPE[type], false, encoded.data, encoded);
  }
  // the index width DuckDB gives an ENUM of this many values (node-api's ENUM picks the same)
  const size = encoded.keys.length;
  const data = size < 256 ? new Uint8Array(rows) : size < 65536 ? new Uint16Array(rows) : new Uint32Array(rows);
  data.set(encoded.indices.subarray(0, rows));
  return scanColumn(ENUM(encoded.keys), true, data, encoded);
}
