import { describe, expect, it } from 'vitest';
import { nanColumn, nullableValues } from './nan-column.ts';

describe('NaN columns and nullable values', () => {
  it('turn null into NaN and back, keeping every number (0, −0, negatives) as it is', () => {
    const values = [null, 0, -0, -2.5, 1e300, null];
    const column = nanColumn(values);
    expect(Array.from(column, (v) => Number.isNaN(v))).toEqual([true, false, false, false, false, true]);
    expect(nullableValues(column)).toEqual(values);
    expect(Object.is(nullableValues(column)[2], -0)).toBe(true);
    expect(nullableValues(new Float32Array([Number.NaN, 1.5]))).toEqual([null, 1.5]);
  });
});
