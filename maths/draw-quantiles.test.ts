import { describe, expect, it } from 'vitest';
import { createDrawQuantiles } from './draw-quantiles.ts';
import { seededRandom } from './seeded-random.ts';

/** Type 7 quantile of a region's values by a full sort: the reference. */
function sortedQuantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (position - below) * (high - low);
}

describe('createDrawQuantiles', () => {
  it('gives the quantiles of a full sort, draw by draw, with ties, missing draws and regions without any value', () => {
    const random = seededRandom(17);
    const regions = 40;
    const draws = 200;
    // 2.5 / 97.5 % keep only the extremes; 0.3 and the median keep every draw: both routes against the sort
    for (const probabilities of [
      [0.025, 0.975],
      [0, 0.01, 1],
      [0.3, 0.5, 0.975],
    ]) {
      const quantiles = createDrawQuantiles(regions, draws, probabilities);
      const seen: number[][] = Array.from({ length: regions }, () => []);
      for (let d = 0; d < draws; d++) {
        const column = Float64Array.from({ length: regions }, (_, i) => {
          if (i === 0 || random.uniform() < i / 200) return Number.NaN; // region 0 never has a value; others miss some draws
          return i % 3 === 0 ? Math.round(random.uniform() * 4) : random.normal() * 10; // ties in every third region
        });
        column.forEach((value, i) => {
          if (!Number.isNaN(value)) seen[i]?.push(value);
        });
        quantiles.add(column);
      }
      const result = quantiles.quantiles();
      probabilities.forEach((p, j) => {
        expect(result[j]?.[0]).toBeNaN();
        for (let i = 1; i < regions; i++) expect(result[j]?.[i], `p ${p} region ${i}`).toBe(sortedQuantile(seen[i] ?? [], p));
      });
    }
  });

  it('reads only the listed regions when given them, with the same quantiles for draws that have values there', () => {
    const random = seededRandom(23);
    for (const probabilities of [
      [0.025, 0.975],
      [0.3, 0.5],
    ]) {
      const all = createDrawQuantiles(5, 50, probabilities);
      const listed = createDrawQuantiles(5, 50, probabilities);
      const read = Uint32Array.from([0, 2, 3]);
      for (let d = 0; d < 50; d++) {
        const column = Float64Array.from([random.normal(), Number.NaN, random.normal(), random.normal(), Number.NaN]);
        all.add(column);
        column[4] = 99; // not listed: not read
        listed.add(column, read);
      }
      expect(listed.quantiles().map((q) => Array.from(q))).toEqual(all.quantiles().map((q) => Array.from(q)));
    }
  });

  it('refuses a column of the wrong length and probabilities outside [0, 1]', () => {
    expect(() => createDrawQuantiles(3, 10, [1.5])).toThrow(/probability 1.5/);
    expect(() => createDrawQuantiles(3, 10, [0.5]).add(new Float64Array(2))).toThrow(/column of 2 for 3 regions/);
  });
});
