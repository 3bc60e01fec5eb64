import type { PercentileDraws } from './percentile-rank-intervals.ts';
import { themeDrawScorer, type NumericColumn, type ThemeRule } from './theme-score-columns.ts';

/**
 * Simulated theme scores: in every draw the theme score is computed from that draw's indicator
 * percentiles, so a theme's interval follows from its indicators' (take `quantilesOverDraws` of the
 * result). Indicators without a sampling model enter as a fixed percentile column, the same in every draw.
 * All simulated indicators must have the same number of draws (and the same seed gives the same draws), and a
 * value in the same regions in every draw (as simulatePercentileDraws gives them).
 */
export function themeScoreDraws(indicators: readonly (PercentileDraws | NumericColumn)[], weights: readonly number[], rule: ThemeRule): PercentileDraws {
  const simulated = indicators.filter((entry): entry is PercentileDraws => 'draws' in entry);
  const draws = simulated[0]?.draws ?? 1;
  const first = indicators[0];
  const regions = first === undefined ? 0 : 'draws' in first ? first.regions : first.length;
  indicators.forEach((entry, j) => {
    const size = 'draws' in entry ? entry.regions : entry.length;
    if (size !== regions) throw new Error(`themeScoreDraws: indicator ${j} has ${size} regions, expected ${regions}`);
    if ('draws' in entry && entry.draws !== draws) throw new Error(`themeScoreDraws: indicator ${j} has ${entry.draws} draws, expected ${draws}`);
  });
  const values = new Float32Array(regions * draws);
  const score = themeDrawScorer(weights, rule);
  for (let d = 0; d < draws; d++) {
    const columns = indicators.map((entry) => ('draws' in entry ? entry.values.subarray(d * regions, (d + 1) * regions) : entry));
    score(columns, values.subarray(d * regions, (d + 1) * regions));
  }
  return { regions, draws, values };
}
