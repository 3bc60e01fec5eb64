/**
 * The Dutch name ranks (collation.ts) as the side table DuckDB joins on: written with apache-arrow, which only the
 * database path needs, so this module is loaded with the database and not on the way to the first map.
 */
import { Int32, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import { COLLATED_COLUMNS, rankColumn, type CollatedColumn } from './collation.ts';

/** What the side table is made from: a region table's codes and its Dutch ranks per name column. */
export interface RankSource {
  readonly codes: readonly string[];
  ranks(column: CollatedColumn): Float64Array;
}

/**
 * The side table as Arrow IPC: `code` plus one Int32 rank column per name column (null where no name). The
 * vectors are laid out by hand: Arrow's builders compile a validity check with `new Function`, which the
 * app's Content-Security-Policy (no 'unsafe-eval') blocks.
 */
export function rankTableIPC(source: RankSource): Uint8Array {
  const columns: Record<string, Vector> = { code: utf8Vector(source.codes) };
  for (const column of COLLATED_COLUMNS) columns[rankColumn(column)] = int32Vector(source.ranks(column));
  return tableToIPC(new Table(columns), 'stream');
}

function utf8Vector(values: readonly string[]): Vector<Utf8> {
  const encoded = values.map((v) => new TextEncoder().encode(v));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = (valueOffsets[i] ?? 0) + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length] ?? 0);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i] ?? 0));
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data }));
}

/** NaN becomes null (its validity bit stays 0). */
function int32Vector(values: Float64Array): Vector<Int32> {
  const data = new Int32Array(values.length);
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (Number.isNaN(v)) {
      nullCount++;
      return;
    }
    data[i] = v;
    nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return makeVector(makeData({ type: new Int32(), length: values.length, nullCount, nullBitmap, data }));
}
