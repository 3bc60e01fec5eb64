import type { Direction } from '@atlas/contract';

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
  const sign = direction === 'higher_is_risk' ? 1 : -1;
  const present: { index: number; risk: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    if (!Number.isFinite(value)) throw new Error(`percentileRanks: value at index ${index} is ${value}, not a finite number`);
    present.push({ index, risk: sign * value });
  });
  const result: (number | null)[] = values.map(() => null);
  const n = present.length;
  if (n === 0) return result;
  if (n === 1) {
    result[present[0]!.index] = 50;
    return result;
  }
  present.sort((a, b) => a.risk - b.risk);
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && present[end + 1]!.risk === present[start]!.risk) end++;
    const equal = end - start + 1;
    const rank = (100 * (start + 0.5 * (equal - 1))) / (n - 1);
    for (let i = start; i <= end; i++) result[present[i]!.index] = rank;
    start = end + 1;
  }
  return result;
}
