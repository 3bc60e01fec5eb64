import { orderStatistics } from './order-statistics.ts';
import { createRankSimulation, type RankSimulationInput } from './rank-simulation.ts';

/**
 * Intervals for percentile ranks by simulation: draw a plausible rate for every region, rank the level
 * again with the same rule as the published percentile, repeat, and take each region's 2.5 % and 97.5 %
 * points over the draws (the count models are in rank-simulation.ts).
 */
export type { CountModel, RankSimulationInput } from './rank-simulation.ts';

/** Simulated percentiles, draw-major: draw d of region i is values[d × regions + i]; NaN = no value. */
export interface PercentileDraws {
  regions: number;
  draws: number;
  /** Float32 keeps 200 draws of 14,574 buurten at 12 MB; ~1e-5 on a 0–100 scale is far below the spread. */
  values: Float32Array;
}

export function simulatePercentileDraws(input: RankSimulationInput): PercentileDraws {
  const { draws = 200 } = input;
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`simulatePercentileDraws: draws ${draws} must be a positive integer`);
  const simulation = createRankSimulation(input);
  const { regions } = simulation;
  const values = new Float32Array(regions * draws);
  for (let d = 0; d < draws; d++) simulation.next(values.subarray(d * regions, (d + 1) * regions));
  return { regions, draws, values };
}

/**
 * Per region, the given quantiles (0–1) of its draws, linear between order statistics (type 7, the
 * default of R and numpy). One Float64Array per probability; NaN where the region has no value.
 */
export function quantilesOverDraws(simulated: PercentileDraws, probabilities: readonly number[]): Float64Array[] {
  const { regions, draws, values } = simulated;
  for (const p of probabilities) if (!(p >= 0 && p <= 1)) throw new RangeError(`quantilesOverDraws: probability ${p} must be in [0, 1]`);
  const result = probabilities.map(() => new Float64Array(regions).fill(Number.NaN));
  const own = new Float64Array(draws);
  let plan = quantilePlan(probabilities, draws);
  const picked = new Float64Array(2 * probabilities.length); // at most two positions per probability, whatever n is
  for (let i = 0; i < regions; i++) {
    let n = 0;
    for (let d = 0; d < draws; d++) {
      const value = values[d * regions + i] ?? Number.NaN;
      if (value === value) own[n++] = value;
    }
    if (n === 0) continue;
    if (plan.n !== n) plan = quantilePlan(probabilities, n);
    // only the order statistics the probabilities fall between, not a sort of all draws (same values)
    orderStatistics(own, n, plan.positions, picked);
    for (let j = 0; j < probabilities.length; j++) {
      const low = picked[plan.low[j] ?? 0] ?? Number.NaN;
      const high = picked[plan.high[j] ?? 0] ?? low;
      const column = result[j];
      if (column) column[i] = low + (plan.fraction[j] ?? 0) * (high - low);
    }
  }
  return result;
}

/** For n draws: the sorted positions each probability needs (below and the next, type 7) and where they land in `positions`. */
function quantilePlan(probabilities: readonly number[], n: number) {
  const needed = new Set<number>();
  const bounds = probabilities.map((p) => {
    const position = p * (n - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, n - 1);
    needed.add(below).add(above);
    return { below, above, fraction: position - below };
  });
  const positions = [...needed].sort((a, b) => a - b);
  return {
    n,
    positions,
    low: bounds.map((b) => positions.indexOf(b.below)),
    high: bounds.map((b) => positions.indexOf(b.above)),
    fraction: bounds.map((b) => b.fraction),
  };
}

/** 95 % interval of each region's percentile rank: the 2.5 % and 97.5 % points over the simulated draws. */
export function percentileRankIntervals(input: RankSimulationInput): { lo: (number | null)[]; hi: (number | null)[] } {
  const [lo = new Float64Array(), hi = new Float64Array()] = quantilesOverDraws(simulatePercentileDraws(input), [0.025, 0.975]);
  const toNullable = (column: Float64Array) => Array.from(column, (value) => (Number.isNaN(value) ? null : value));
  return { lo: toNullable(lo), hi: toNullable(hi) };
}
