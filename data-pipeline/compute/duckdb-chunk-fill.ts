/**
 * Filling a DuckDB data chunk's column from JS values without node-api's per-value vector objects: its
 * setColumnValues calls setItem for every value, and each call sets a validity bit with BigInt arithmetic that
 * allocates, for every value of the source tables loaded for the indicators. Numbers and booleans are written
 * into a typed array and copied into the vector in one call, the validity mask likewise; strings are assigned one
 * native call each. The vector ends up holding the same values. (The published tables reach DuckDB another way:
 * publish/write-parquet.ts scans their encoded columns directly.)
 */
import duckdb from '@duckdb/node-bindings';
import { DuckDBTypeId, type DuckDBDataChunk, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';

type Fixed = { bytes: number; store: (buffer: ArrayBuffer, rows: number) => (row: number, value: DuckDBValue) => boolean };

const FIXED: Partial<Record<DuckDBTypeId, Fixed>> = {
  [DuckDBTypeId.DOUBLE]: {
    bytes: 8,
    store: (buffer, rows) => {
      const items = new Float64Array(buffer, 0, rows);
      return (row, value) => typeof value === 'number' && ((items[row] = value), true);
    },
  },
  [DuckDBTypeId.INTEGER]: {
    bytes: 4,
    store: (buffer, rows) => {
      const items = new Int32Array(buffer, 0, rows);
      return (row, value) => typeof value === 'number' && Number.isInteger(value) && ((items[row] = value), true);
    },
  },
  [DuckDBTypeId.BOOLEAN]: {
    bytes: 1,
    store: (buffer, rows) => {
      const items = new Uint8Array(buffer, 0, rows);
      return (row, value) => typeof value === 'boolean' && ((items[row] = value ? 1 : 0), true);
    },
  },
};

/** Validity as DuckDB keeps it: one bit per row in 64-bit words, 1 = valid. */
class Validity {
  readonly buffer: ArrayBuffer;
  readonly bits: Uint8Array;
  nulls = 0;
  constructor(rows: number) {
    this.buffer = new ArrayBuffer(Math.ceil(rows / 64) * 8);
    this.bits = new Uint8Array(this.buffer).fill(0xff);
  }
  setNull(row: number): void {
    this.bits[row >> 3] = (this.bits[row >> 3] ?? 0) & ~(1 << (row & 7));
    this.nulls++;
  }
  copyInto(vector: duckdb.Vector): void {
    if (this.nulls === 0) return;
    duckdb.vector_ensure_validity_writable(vector);
    duckdb.copy_data_to_vector_validity(vector, 0, this.buffer, 0, this.buffer.byteLength);
  }
}

/**
 * Sets column `index` of `chunk` (whose row count is end − start) to values[start…end). A value of the wrong kind
 * for the column type is an error, as it is in node-api; types without a fast path go through node-api.
 */
export function fillChunkColumn(chunk: DuckDBDataChunk, index: number, type: DuckDBType, all: readonly DuckDBValue[], start: number, end: number): void {
  const rows = end - start;
  const fixed = FIXED[type.typeId];
  if (!fixed && type.typeId !== DuckDBTypeId.VARCHAR) {
    chunk.setColumnValues(index, all.slice(start, end));
    return;
  }
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, index);
  const validity = new Validity(rows);
  if (fixed) {
    const buffer = new ArrayBuffer(rows * fixed.bytes);
    const store = fixed.store(buffer, rows);
    for (let row = 0; row < rows; row++) {
      const value = all[start + row] ?? null;
      if (value === null) validity.setNull(row);
      else if (!store(row, value)) throw new Error(`${type.toString()} column ${index}: value ${row} is ${String(value)}`);
    }
    duckdb.copy_data_to_vector(vector, 0, buffer, 0, buffer.byteLength);
  } else {
    for (let row = 0; row < rows; row++) {
      const value = all[start + row] ?? null;
      if (value === null) validity.setNull(row);
      else if (typeof value === 'string') duckdb.vector_assign_string_element(vector, row, value);
      else throw new Error(`VARCHAR column ${index}: value ${row} is ${String(value)}`);
    }
  }
  validity.copyInto(vector);
}
