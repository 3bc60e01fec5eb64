import {
  Bool,
  Dictionary,
  Float64,
  Int32,
  RecordBatchStreamWriter,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { CellValue, ColumnType, PublishedTable } from './columns.ts';

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'string':
      return new Utf8();
    case 'category':
      // Reason codes, levels and parent names repeat a lot: a dictionary keeps the file small.
      return new Dictionary(new Utf8(), new Int32());
    case 'float64':
      return new Float64();
    case 'int32':
      return new Int32();
    case 'bool':
      return new Bool();
  }
}

/** The builder's buffer sizes: whole 64-byte blocks, at least one (so the IPC bytes stay the same). */
const paddedTo64 = (bytes: number): number => bytes - 1 - ((bytes - 1) % 64) + 64 || 64;

/**
 * A float64 column straight into its value buffer and validity bitmap: the same buffers apache-arrow's builder
 * writes (a null slot holds 0, the bitmap only when a value is null), without a builder call per value. Most
 * columns of the region tables are float64.
 */
function float64Vector(values: readonly CellValue[]): Vector {
  const length = values.length;
  const data = new Float64Array(paddedTo64(length * 8) / 8);
  const valid = new Uint8Array(paddedTo64(Math.ceil(length / 8)));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (typeof value === 'number') {
      data[i] = value;
      valid[i >> 3] = (valid[i >> 3] ?? 0) | (1 << (i & 7));
    } else if (value === null) nullCount++;
    else throw new Error(`float64 column: value ${i} is ${JSON.stringify(value)}`);
  }
  return makeVector(makeData({ type: new Float64(), length, nullCount, data, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

/** A string column as offsets and UTF-8 bytes, in the builder's buffer sizes (see float64Vector). */
function utf8Vector(values: readonly CellValue[]): Vector {
  const length = values.length;
  const offsets = new Int32Array(paddedTo64((length + 1) * 4) / 4);
  const valid = new Uint8Array(paddedTo64(Math.ceil(length / 8)));
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(1024);
  let end = 0;
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    if (typeof value === 'string') {
      // a UTF-16 unit takes at most 3 bytes in UTF-8
      if (end + value.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, end + value.length * 3));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(value, bytes.subarray(end)).written;
      valid[i >> 3] = (valid[i >> 3] ?? 0) | (1 << (i & 7));
    } else if (value === null) nullCount++;
    else throw new Error(`string column: value ${i} is ${JSON.stringify(value)}`);
    offsets[i + 1] = end;
  }
  const data = new Uint8Array(paddedTo64(end));
  data.set(bytes.subarray(0, end));
  return makeVector(makeData({ type: new Utf8(), length, nullCount, data, valueOffsets: offsets, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

/**
 * A category column as Int32 indices into its distinct values in order of first appearance, which is what
 * apache-arrow's dictionary builder makes (a null slot holds index 0), without a builder call per value. The type is
 * made here as arrowType makes it, so the dictionary ids (a counter in apache-arrow) run as they did.
 */
function dictionaryVector(values: readonly CellValue[]): Vector {
  const length = values.length;
  const indices = new Int32Array(paddedTo64(length * 4) / 4);
  const valid = new Uint8Array(paddedTo64(Math.ceil(length / 8)));
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
    else throw new Error(`category column: value ${i} is ${JSON.stringify(value)}`);
  }
  const type = new Dictionary(new Utf8(), new Int32());
  const dictionary = utf8Vector([...keys.keys()]);
  return makeVector(makeData({ type, length, nullCount, data: indices, dictionary, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

const FAST_VECTORS: Partial<Record<ColumnType, (values: readonly CellValue[]) => Vector>> = {
  float64: float64Vector,
  string: utf8Vector,
  category: dictionaryVector,
};

function arrowTable(table: PublishedTable): Table {
  const vectors: Record<string, Vector> = {};
  for (const column of table.columns) {
    const fast = FAST_VECTORS[column.type];
    vectors[column.name] = fast ? fast(column.values) : vectorFromArray(column.values as never[], arrowType(column.type));
  }
  return new Table(vectors);
}

/** Arrow IPC stream bytes: the format the browser reads with apache-arrow and DuckDB-WASM. */
export function toArrowIpc(table: PublishedTable): Uint8Array {
  return tableToIPC(arrowTable(table), 'stream');
}

/**
 * The same bytes as toArrowIpc, as the writer's pieces in order (the file is their concatenation): joining them
 * into one array copied every table's bytes once more, and held both copies at once.
 */
export async function toArrowIpcParts(table: PublishedTable): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for await (const part of RecordBatchStreamWriter.writeAll(arrowTable(table))) parts.push(part);
  return parts;
}
