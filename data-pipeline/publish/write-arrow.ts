import { Bool, Dictionary, Float64, Int32, RecordBatchStreamWriter, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import type { ColumnSpec } from '@atlas/contract';
import { paddedTo64, validityBitmap, type PublishedTable } from './columns.ts';
import { encodeTable, type ColumnEncoding, type DictionaryEncoding, type EncodedTable, type FixedEncoding } from './encoded-columns.ts';

/**
 * A float64 column as its encoded buffers: the same apache-arrow's builder writes (a null slot holds 0, the bitmap
 * only when a value is null), without a builder call per value. Most columns of the region tables are float64.
 */
function float64Vector(encoded: FixedEncoding, length: number): Vector {
  const { data, valid, nullCount } = encoded;
  return makeVector(makeData({ type: new Float64(), length, nullCount, data: data as Float64Array, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

/** UTF-8 of each string once, back to back, with each one's start (n + 1 entries). */
function utf8Of(keys: readonly string[]): { bytes: Uint8Array; starts: Int32Array } {
  // a UTF-16 unit takes at most 3 bytes in UTF-8; each string is encoded alone (a lone surrogate stays U+FFFD)
  const bytes = new Uint8Array(keys.reduce((n, k) => n + k.length * 3, 0));
  const starts = new Int32Array(keys.length + 1);
  const encoder = new TextEncoder();
  let end = 0;
  keys.forEach((key, i) => {
    end += encoder.encodeInto(key, bytes.subarray(end)).written;
    starts[i + 1] = end;
  });
  return { bytes, starts };
}

/**
 * Each row's UTF-8, copied from its dictionary value's, to where its offset says. A function of its own, taking only
 * typed arrays (the dictionary's UTF-8 as utf8Of made it): as a loop inside utf8Vector, V8's optimised code for it
 * kept being thrown away ("dependency change") and the copy of the trend table's names ran ~10× slower than this.
 */
function copyRowBytes(data: Uint8Array, offsets: Int32Array, utf8: { bytes: Uint8Array; starts: Int32Array }, indices: Int32Array, length: number): void {
  const { bytes, starts } = utf8;
  for (let i = 0; i < length; i++) {
    const to = offsets[i + 1] ?? 0;
    let at = offsets[i] ?? 0;
    // most values are a few bytes: a plain copy is cheaper than a subarray and set per row
    for (let from = starts[indices[i] ?? 0] ?? 0; at < to;) data[at++] = bytes[from++] ?? 0;
  }
}

/**
 * A string column as offsets and UTF-8 bytes in the builder's buffer sizes. Rows are copied from the UTF-8 of their
 * dictionary value, so a value repeated over many rows (trend codes and names) is encoded once.
 */
function utf8Vector({ keys, indices, valid, nullCount }: DictionaryEncoding, length: number): Vector {
  const utf8 = utf8Of(keys);
  const { starts } = utf8;
  const offsets = new Int32Array(paddedTo64((length + 1) * 4) / 4);
  const isValid = (i: number) => nullCount === 0 || ((valid[i >> 3] ?? 0) & (1 << (i & 7))) !== 0;
  let end = 0;
  for (let i = 0; i < length; i++) {
    const key = indices[i] ?? 0;
    if (isValid(i)) end += (starts[key + 1] ?? 0) - (starts[key] ?? 0);
    offsets[i + 1] = end;
  }
  const data = new Uint8Array(paddedTo64(end));
  copyRowBytes(data, offsets, utf8, indices, length);
  return makeVector(makeData({ type: new Utf8(), length, nullCount, data, valueOffsets: offsets, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

/**
 * A category column as Int32 indices into its distinct values in order of first appearance, which is what
 * apache-arrow's dictionary builder makes (a null slot holds index 0), without a builder call per value. The type is
 * made here as the builder path made it, so the dictionary ids (a counter in apache-arrow) run as they did.
 */
function dictionaryVector(encoded: DictionaryEncoding, length: number): Vector {
  const { indices, valid, nullCount, keys } = encoded;
  const type = new Dictionary(new Utf8(), new Int32());
  return makeVector(
    makeData({
      type,
      length,
      nullCount,
      data: indices,
      dictionary: utf8Vector({ kind: 'dictionary', keys, indices: Int32Array.from(keys, (_, i) => i), valid, nullCount: 0 }, keys.length),
      ...(nullCount > 0 ? { nullBitmap: valid } : {}),
    }),
  );
}

/** An int32 column as its encoded buffers (the builder's: a null slot holds 0). */
function int32Vector(encoded: FixedEncoding, length: number): Vector {
  const { data, valid, nullCount } = encoded;
  return makeVector(makeData({ type: new Int32(), length, nullCount, data: data as Int32Array, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

/** A bool column: Arrow packs the values into bits like the validity (a null slot holds 0). */
function boolVector(encoded: FixedEncoding, length: number): Vector {
  const { data, valid, nullCount } = encoded;
  const bits = validityBitmap(length);
  for (let i = 0; i < length; i++) if (data[i]) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  return makeVector(makeData({ type: new Bool(), length, nullCount, data: bits, ...(nullCount > 0 ? { nullBitmap: valid } : {}) }));
}

const FIXED_VECTORS: Record<'float64' | 'int32' | 'bool', (encoded: FixedEncoding, length: number) => Vector> = {
  float64: float64Vector,
  int32: int32Vector,
  bool: boolVector,
};

/** Each column type as apache-arrow's builder would write it (category: a dictionary, as reasons and parent names repeat a lot). */
function arrowVector(column: ColumnSpec, encoded: ColumnEncoding | undefined, length: number): Vector {
  if (encoded?.kind === 'dictionary') return column.type === 'string' ? utf8Vector(encoded, length) : dictionaryVector(encoded, length);
  if (encoded?.kind === 'fixed' && column.type !== 'category' && column.type !== 'string') return FIXED_VECTORS[column.type](encoded, length);
  throw new Error(`column ${column.name}: no ${column.type} encoding`);
}

function arrowTable(table: EncodedTable): Table {
  const vectors: Record<string, Vector> = {};
  table.columns.forEach((column, i) => (vectors[column.name] = arrowVector(column, table.encoded[i], table.rows)));
  return new Table(vectors);
}

/** Arrow IPC stream bytes: the format the app's own reader (web/src/data/arrow) and DuckDB-WASM read. */
export function toArrowIpc(table: PublishedTable): Uint8Array {
  return tableToIPC(arrowTable(encodeTable(table)), 'stream');
}

/**
 * The same bytes as toArrowIpc, as the writer's pieces in order (the file is their concatenation): joining them
 * into one array copied every table's bytes once more, and held both copies at once.
 */
export async function toArrowIpcParts(table: EncodedTable): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for await (const part of RecordBatchStreamWriter.writeAll(arrowTable(table))) parts.push(part);
  return parts;
}
