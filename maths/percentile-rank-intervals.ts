import { createDrawQuantiles } from './draw-quantiles.ts';
import { nullableValues } from './nan-column.ts';
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
  const quantiles = createDrawQuantiles(regions, draws, probabilities);
  for (let d = 0; d < draws; d++) quantiles.add(values.subarray(d * regions, (d + 1) * regions));
  return quantiles.quantiles();
}

/** 95 % interval of each region's percentile rank: the 2.5 % and 97.5 % points over the simulated draws. */
export function percentileRankIntervals(input: RankSimulationInput): { lo: (number | null)[]; hi: (number | null)[] } {
  const [lo = new Float64Array(), hi = new Float64Array()] = quantilesOverDraws(simulatePercentileDraws(input), [0.025, 0.975]);
  return { lo: nullableValues(lo), hi: nullableValues(hi) };
}
