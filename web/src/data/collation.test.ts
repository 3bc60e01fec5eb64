import { Utf8, tableFromIPC, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { COLLATED_COLUMNS, dutchRanks, rankColumn, type CollatedColumn } from './collation.ts';
import { rankTableIPC } from './rank-table-ipc.ts';

/** How often `work` calls `new Function(…)`, which the browser's CSP (no 'unsafe-eval') blocks. */
function compilations(work: () => unknown): number {
  const original = globalThis.Function;
  let count = 0;
  globalThis.Function = new Proxy(original, { construct: (target, args: unknown[]) => (count++, Reflect.construct(target, args)) });
  try {
    work();
  } finally {
    globalThis.Function = original;
  }
  return count;
}

describe('Dutch ranks', () => {
  it('ranks names densely in Dutch order, equal names alike, a missing name as NaN', () => {
    const ranks = dutchRanks(['Zuid', "'s-Gravenhage", 'aalten', null, 'Édam', 'Zuid', 'Eindhoven']);
    expect([...ranks]).toEqual([4, 0, 1, NaN, 2, 4, 3]);
  });
});

describe('the rank side table', () => {
  const source = {
    codes: ['WK000101', 'WK000102', 'WK000103'],
    ranks: (column: CollatedColumn) => (column === 'wijk_name' ? Float64Array.from([1, NaN, 0]) : Float64Array.from([2, 0, 1])),
  };

  it('carries the codes and every name column’s ranks, null where a name is missing', () => {
    const table = tableFromIPC(rankTableIPC(source));
    expect(table.schema.fields.map((f) => f.name)).toEqual(['code', ...COLLATED_COLUMNS.map(rankColumn)]);
    expect(table.getChild('code')?.toJSON()).toEqual(source.codes);
    expect(table.getChild('wijk_name__rank')?.toJSON()).toEqual([1, null, 0]);
    expect(table.getChild('name__rank')?.toJSON()).toEqual([2, 0, 1]);
  });

  it('is built without compiling code, which the app’s Content-Security-Policy forbids', () => {
    expect(compilations(() => rankTableIPC(source))).toBe(0);
    // Arrow's builders do compile (a validity check): the count can see it.
    expect(compilations(() => vectorFromArray(['a', null], new Utf8()))).toBeGreaterThan(0);
  });
});
