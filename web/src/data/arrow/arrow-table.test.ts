import { describe, expect, it } from 'vitest';
import {
  Bool,
  Dictionary,
  Float64,
  Int16,
  Int32,
  Int8,
  Table,
  Uint32,
  Utf8,
  makeData,
  makeVector,
  tableFromArrays,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import { LEVELS, TREND_COLUMNS } from '@atlas/contract';
import { expectedTableIpc } from '../../../../tests/support/expected-build.ts';
import { tableIpc } from '../../../../tests/support/region-ipc.ts';
import { readCheckedTable } from '../column-check.ts';
import { ArrowFormatError, ArrowTable, arrowTypeName } from './arrow-table.ts';
import { readIpcStream } from './ipc-stream.ts';
import { expectSameAsApache } from '../../../../tests/support/arrow-arrays.ts';

/** What the reader throws on a broken file: its own reason, or a read past the end of the bytes. */
const brokenFile = /geen Arrow-stream|voorbij het einde|buiten|offset|bounds|vector past the end/i;

describe('reading Arrow IPC without apache-arrow', () => {
  it('reads every fixture region table the pipeline’s writer makes exactly as apache-arrow does', () => {
    for (const level of LEVELS) {
      const { ipc, columns } = expectedTableIpc(level);
      const table = expectSameAsApache(ipc);
      expect(table.fields.length, level).toBe(columns.length);
      expect(table.numRows, level).toBeGreaterThan(0);
    }
  });

  it('reads a trend table with gaps: a missing value stays NaN, a missing reason null', () => {
    const table = expectSameAsApache(
      tableIpc(TREND_COLUMNS, [
        { code: 'GM0855', name: 'Tilburg', series: 'misdrijven_per_1000', year: 2012, value: 70.25, reason: null },
        { code: 'GM0855', name: 'Tilburg', series: 'misdrijven_per_1000', year: 2013, value: null, reason: 'not_published' },
      ]),
    );
    expect(Array.from(table.numbers('value') ?? [])).toEqual([70.25, NaN]);
    expect(table.strings('reason')).toEqual([null, 'not_published']);
  });

  it('reads every width of integer, both floats, booleans, texts with accents and dictionaries, with nulls', () => {
    const table = tableFromArrays({
      f64: Float64Array.from([1.5, -0, 1e300]),
      f32: Float32Array.from([0.25, 3, -7]),
      i8: Int8Array.from([-128, 0, 127]),
      i16: Int16Array.from([-32768, 1, 32767]),
      i32: Int32Array.from([-2147483648, 2, 2147483647]),
      u8: Uint8Array.from([0, 1, 255]),
      u16: Uint16Array.from([0, 1, 65535]),
      u32: Uint32Array.from([0, 1, 4294967295]),
      u64: BigUint64Array.from([0n, 1n, 2n ** 52n]),
      i64: BigInt64Array.from([-(2n ** 53n), 0n, 2n ** 40n]),
      dict: ['’s-Hertogenbosch', null, 'Súdwest-Fryslân'],
    });
    const withNulls = new Table({
      ...Object.fromEntries(table.schema.fields.map((f, i) => [f.name, table.getChildAt(i)])),
      text: vectorFromArray(['Nuenen, Gerwen en Nederwetten', null, 'Ühlingen 😀'], new Utf8()),
      flag: vectorFromArray([true, null, false], new Bool()),
      maybe: vectorFromArray([null, 2.5, null], new Float64()),
      small: vectorFromArray([null, 3, -4], new Int16()),
    });
    expectSameAsApache(tableToIPC(withNulls, 'stream'));
    expect(() => ArrowTable.fromIPC(tableToIPC(withNulls, 'file'))).toThrow(/bestandsformaat/);
  });

  it('joins the rows of several batches, each with its own dictionary', () => {
    const first = tableFromArrays({ code: ['a', 'b'], value: Float64Array.from([1, 2]) });
    const second = tableFromArrays({ code: ['c', 'a', 'd'], value: Float64Array.from([3, 4, 5]) });
    const table = expectSameAsApache(tableToIPC(first.concat(second), 'stream'));
    expect(table.strings('code')).toEqual(['a', 'b', 'c', 'a', 'd']);
  });

  it('reads dictionary indices of every width', () => {
    // apache-arrow cannot read 64-bit indices back itself, so they are left out here
    for (const [index, indices] of [
      [new Int8(), Int8Array.from([1, 0, 1])],
      [new Int16(), Int16Array.from([1, 0, 1])],
      [new Int32(), Int32Array.from([1, 0, 1])],
      [new Uint32(), Uint32Array.from([1, 0, 1])],
    ] as const) {
      const type = new Dictionary(new Utf8(), index);
      const dictionary = vectorFromArray(['x', 'y'], new Utf8());
      const data = makeData({ type, length: 3, nullCount: 0, data: indices as unknown as Int32Array, dictionary });
      expect(expectSameAsApache(tableToIPC(new Table({ d: vectorFromArray(data) }), 'stream')).strings('d')).toEqual(['y', 'x', 'y']);
    }
  });

  it('adds a delta dictionary to the one before it', () => {
    const first = vectorFromArray(['a', 'b'], new Utf8());
    const grown = first.concat(vectorFromArray(['c'], new Utf8()));
    const type = new Dictionary(new Utf8(), new Int32(), 7);
    const batch = (dictionary: typeof first, indices: number[]) =>
      makeData({ type, length: indices.length, nullCount: 0, data: Int32Array.from(indices), dictionary });
    const bytes = tableToIPC(new Table({ d: makeVector([batch(first, [1, 0]), batch(grown, [2, 0])]) }), 'stream');
    const stream = readIpcStream(bytes);
    expect(stream.batches.map((b) => b.dictionaries.get(7)?.length)).toEqual([1, 2]);
    expect(expectSameAsApache(bytes).strings('d')).toEqual(['b', 'a', 'c', 'a']);
  });

  it('reads bytes that do not start on an 8-byte boundary, in a Uint8Array or a Node Buffer (whose slice is no copy)', () => {
    const { ipc } = expectedTableIpc('gemeente');
    const shifted = new Uint8Array(ipc.byteLength + 3).subarray(3);
    shifted.set(ipc);
    expectSameAsApache(shifted);
    expectSameAsApache(Buffer.concat([Buffer.alloc(3, 0xff), Buffer.from(ipc)]).subarray(3));
  });

  it('throws on bytes that are not Arrow, and on a file cut short, before any value is read', () => {
    expect(() => ArrowTable.fromIPC(new Uint8Array([1, 2, 3]))).toThrow(ArrowFormatError);
    expect(() => ArrowTable.fromIPC(new TextEncoder().encode('<!doctype html><html></html>'))).toThrow(brokenFile);
    const { ipc } = expectedTableIpc('gemeente');
    for (const keep of [0.2, 0.6, 0.97]) {
      expect(() => ArrowTable.fromIPC(ipc.subarray(0, Math.floor(ipc.byteLength * keep))).checkBuffers(), String(keep)).toThrow(brokenFile);
    }
  });

  it('reads no value before its buffers are checked', () => {
    const table = ArrowTable.fromIPC(expectedTableIpc('gemeente').ipc);
    expect(() => table.numbers('population')).toThrow(/before checkBuffers/);
    expect(() => table.strings('name')).toThrow(/before checkBuffers/);
    table.checkBuffers();
    expect(table.strings('name')).toHaveLength(table.numRows);
  });

  it('names a type it does not read instead of misreading the columns after it', () => {
    const table = ArrowTable.fromIPC(tableToIPC(tableFromArrays({ when: [new Date(0)], after: Float64Array.from([1]) })));
    expect(arrowTypeName(table.field('when') ?? { type: { kind: 'null' }, dictionary: null })).toBe('Timestamp');
    expect(() => table.checkBuffers()).toThrow(/kolom ‘when’ heeft type Timestamp/);
  });
});

describe('a damaged Arrow file', () => {
  const ipc = tableIpc(TREND_COLUMNS, [
    { code: 'GM0855', name: 'Tilburg', series: 'misdrijven_per_1000', year: 2012, value: 70.25, reason: null },
    { code: 'GM0363', name: 'Amsterdam', series: 'misdrijven_per_1000', year: 2013, value: null, reason: 'not_published' },
  ]);

  it('fails while its layout is checked, or reads without throwing: every byte set to 0xff, 0x80 or 0x00 in turn', () => {
    let refused = 0;
    for (let at = 0; at < ipc.byteLength; at++) {
      for (const value of [0xff, 0x80, 0x00]) {
        const damaged = ipc.slice();
        damaged[at] = value;
        let table: ArrowTable;
        try {
          table = ArrowTable.fromIPC(damaged);
          table.checkBuffers();
        } catch (e) {
          // a refusal, not a reader's own TypeError
          expect(e instanceof ArrowFormatError || e instanceof RangeError, `byte ${at} = ${value}: ${String(e)}`).toBe(true);
          refused++;
          continue;
        }
        for (const { name } of table.fields) {
          expect(() => [table.numbers(name), table.strings(name)], `byte ${at} = ${value}`).not.toThrow();
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('becomes a DataError that names the file, as every reader of a published table reports it', () => {
    const columns = TREND_COLUMNS;
    for (const bytes of [ipc.subarray(0, ipc.byteLength - 40), new TextEncoder().encode('<!doctype html>')]) {
      expect(() => readCheckedTable('trends.arrow', bytes, columns)).toThrow(expect.objectContaining({ kind: 'corrupt', file: 'trends.arrow' }) as Error);
    }
  });
});
