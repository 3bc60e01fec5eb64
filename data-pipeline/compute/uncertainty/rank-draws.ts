import { quantilesOverDraws, simulatePercentileDraws, type PercentileDraws, type RankSimulationInput } from '@atlas/maths';

/** One indicator on one level: its simulated percentile draws and the 2.5 % and 97.5 % point of each region's draws. */
export interface RankInterval {
  draws: PercentileDraws;
  lo: Float64Array;
  hi: Float64Array;
}

export interface RankDrawRequest {
  id: number;
  input: RankSimulationInput;
}

export function simulateRankInterval(input: RankSimulationInput): RankInterval {
  const draws = simulatePercentileDraws(input);
  const [lo = new Float64Array(draws.regions), hi = new Float64Array(draws.regions)] = quantilesOverDraws(draws, [0.025, 0.975]);
  return { draws, lo, hi };
}
