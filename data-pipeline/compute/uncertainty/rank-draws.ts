import { quantilesOverDraws, simulatePercentileDraws, type PercentileDraws, type RankSimulationInput } from '@atlas/maths';

/** One indicator on one level: its simulated percentile draws (when asked for) and the 2.5 % and 97.5 % point of each region's draws. */
export interface RankInterval {
  /** Null unless kept: a buurt indicator's draws are 12 MB, and only theme members' draws are combined further. */
  draws: PercentileDraws | null;
  lo: Float64Array;
  hi: Float64Array;
}

export function simulateRankInterval(input: RankSimulationInput, keepDraws: boolean): RankInterval {
  const draws = simulatePercentileDraws(input);
  const [lo = new Float64Array(draws.regions), hi = new Float64Array(draws.regions)] = quantilesOverDraws(draws, [0.025, 0.975]);
  return { draws: keepDraws ? draws : null, lo, hi };
}
