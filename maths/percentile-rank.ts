import type { Direction } from '@atlas/contract';
import { nullableValues } from './nan-column.ts';
import { percentileRanksColumn } from './percentile-rank-column.ts';

/**
 * Direction-adjusted percentile rank (0–100) of each value among the non-null values of one level,
 * ordered by risk so that 100 = highest risk:
 *
 *   PR = 100 × (L + 0.5 × (E − 1)) / (N − 1)
 *
 * N = number of non-null values, L = values strictly less risky than this one, E = values equal to it
 * (itself included). Ties get the mean of the positions they occupy; the least risky region gets 0,
 * the most risky 100; a single value gets 50. null in → null out: a missing value never acts as 0.
 */
export function percentileRanks(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  const column = new Float64Array(values.length);
  values.forEach((value, index) => {
    if (value !== null && !Number.isFinite(value)) throw new Error(`percentileRanks: value at index ${index} is ${value}, not a finite number`);
    column[index] = value ?? Number.NaN;
  });
  return nullableValues(percentileRanksColumn(column, direction));
}
