import { describe, expect, it } from 'vitest';
import { Bool, Dictionary, Float64, Int16, Int32, Int8, Table, Uint32, Utf8, makeData, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { LEVELS, TREND_COLUMNS } from '@atlas/contract';
import { expectedTableIpc } from '../../../../tests/support/expected-build.ts';
import { tableIpc } from '../../../../tests/support/region-ipc.ts';
import { ArrowTable, arrowTypeName } from './arrow-table.ts';
import { expectSameAsApache } from '../../../../tests/support/arrow-arrays.ts';

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
      u32: Uint32Array.from([0, 1, 4294967295]),
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
    for (const index of [new Int8(), new Int16(), new Int32(), new Uint32()]) {
      const type = new Dictionary(new Utf8(), index);
      const dictionary = vectorFromArray(['x', 'y'], new Utf8());
      // apache-arrow cannot read 64-bit indices back itself, so they are left out here
      const data = makeData({ type, length: 3, nullCount: 0, data: Int32Array.from([1, 0, 1]), dictionary });
      expectSameAsApache(tableToIPC(new Table({ d: vectorFromArray(data) }), 'stream'));
    }
  });

  it('reads bytes that do not start on an 8-byte boundary (a Node Buffer from a pool)', () => {
    const { ipc } = expectedTableIpc('gemeente');
    const shifted = new Uint8Array(ipc.byteLength + 3).subarray(3);
    shifted.set(ipc);
    expectSameAsApache(shifted);
  });

  it('throws on bytes that are not Arrow, and on a file cut short, before any value is read', () => {
    expect(() => ArrowTable.fromIPC(new Uint8Array([1, 2, 3]))).toThrow();
    expect(() => ArrowTable.fromIPC(new TextEncoder().encode('<!doctype html><html></html>'))).toThrow();
    const { ipc } = expectedTableIpc('gemeente');
    for (const keep of [0.2, 0.6, 0.97]) {
      expect(() => ArrowTable.fromIPC(ipc.subarray(0, Math.floor(ipc.byteLength * keep))).checkBuffers(), String(keep)).toThrow();
    }
  });

  it('names a type it does not read instead of misreading the columns after it', () => {
    const table = ArrowTable.fromIPC(tableToIPC(tableFromArrays({ when: [new Date(0)], after: Float64Array.from([1]) })));
    expect(arrowTypeName(table.field('when') ?? { type: { kind: 'null' }, dictionary: null })).toBe('Timestamp');
    expect(() => table.checkBuffers()).toThrow(/kolom ‘when’ heeft type Timestamp/);
  });
});
