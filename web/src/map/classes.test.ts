import { describe, expect, it } from 'vitest';
import { BELOW_MIN_COLOR, CLASS_COLORS, MISSING_COLOR, classOf, colorIndex, fillColors, hexToRgba, legendEntries, quantileBreaks } from './classes.ts';

const range = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => i + 1);

describe('quantile class breaks', () => {
  it('puts about equally many regions in each of five classes', () => {
    const values = range(100);
    const b = quantileBreaks(values);
    expect(b.classes).toBe(5);
    expect(b.thresholds).toEqual([20.8, 40.6, 60.4, 80.2]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(b, v)]! += 1;
    expect(counts).toEqual([20, 20, 20, 20, 20]);
  });

  it('ignores missing values instead of counting them as 0', () => {
    const b = quantileBreaks(Float64Array.from([NaN, 5, 6, 7, 8, 9, NaN]));
    expect(b.min).toBe(5);
    expect(b.count).toBe(5);
    expect(classOf(b, NaN)).toBe(-1);
  });

  it('merges classes when values tie, and spreads the colours', () => {
    const b = quantileBreaks(Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 2]));
    expect(b.classes).toBeLessThan(5);
    expect(colorIndex(b, 0)).toBe(0);
    expect(colorIndex(b, b.classes - 1)).toBe(4);
  });

  it('handles a single distinct value and an empty column', () => {
    expect(quantileBreaks(Float64Array.from([3, 3, 3])).classes).toBe(1);
    expect(quantileBreaks(new Float64Array(0)).classes).toBe(0);
  });

  it('reverses colours when a lower value means more risk', () => {
    const b = quantileBreaks(range(10));
    expect(colorIndex(b, 0, true)).toBe(4);
    expect(colorIndex(b, 4, true)).toBe(0);
  });
});

describe('fill colours and legend', () => {
  it('gives missing and below-minimum rows their own colour', () => {
    const values = Float64Array.from([1, NaN, NaN, 10]);
    const reasons = [null, 'suppressed', 'below_min_population', null];
    const b = quantileBreaks(values);
    const colors = fillColors(values, reasons, b, false);
    expect(Array.from(colors.slice(0, 3))).toEqual(hexToRgba(CLASS_COLORS[0]!).slice(0, 3));
    expect(Array.from(colors.slice(4, 7))).toEqual(hexToRgba(MISSING_COLOR).slice(0, 3));
    expect(Array.from(colors.slice(8, 11))).toEqual(hexToRgba(BELOW_MIN_COLOR).slice(0, 3));
    expect(Array.from(colors.slice(12, 15))).toEqual(hexToRgba(CLASS_COLORS[4]!).slice(0, 3));
  });

  it('lists classes with ranges and counts, then the missing styles', () => {
    const values = Float64Array.from([...range(10), NaN, NaN]);
    const entries = legendEntries(values, [...new Array<null>(10).fill(null), 'below_min_population', null], quantileBreaks(values), false);
    expect(entries.map((e) => e.kind)).toEqual(['class', 'class', 'class', 'class', 'class', 'missing', 'below_min']);
    expect(entries[0]).toMatchObject({ from: 1, count: 2 });
    expect(entries[4]).toMatchObject({ to: 10, count: 2 });
    expect(entries[5]!.count).toBe(1);
    expect(entries[6]!.count).toBe(1);
  });
});
