/**
 * Theme scores for aggregate regions (RIEC-regio's, veiligheidsregio's, provincies), computed the way the
 * pipeline computes them for gemeenten, only among the regions of that kind: each indicator's summed value is
 * ranked among all aggregates of the kind (percentile, risk direction applied), and the theme score is the
 * weighted mean of those percentiles under the theme's minimum-weight rule. Custom weights (?weging=) replace
 * the catalogue's, as they do for gemeenten and wijken (web/src/weights), so a comparison never mixes the two.
 */
import type { Manifest } from '@atlas/contract';
import { percentileRanks, themeScoreColumns } from '@atlas/maths';
import { aggregatable, type AggregateRegion } from '../data/atlas-data.ts';
import { STANDARD_WEIGHTS, weightIn, type Weights } from '../weights/weights-url.ts';

export interface AggregateScores {
  /** Indicator id → percentile among the aggregates of the kind. */
  percentiles: ReadonlyMap<string, number | null>;
  /** Theme id → score, null when too little of the theme's weight has a value. */
  themes: ReadonlyMap<string, number | null>;
}

/**
 * As the pipeline scores a level (themeScoreColumns, which the build and the rescoring share): only the indicators
 * aggregates have count towards a theme's weight, a weight of 0 leaves an indicator out, and a theme with fewer of
 * them than its minimum gets no scores.
 */
export function aggregateScores(
  manifest: Pick<Manifest, 'indicators' | 'themes'>,
  all: readonly AggregateRegion[],
  weights: Weights = STANDARD_WEIGHTS,
): Map<string, AggregateScores> {
  const percentiles = all.map(() => new Map<string, number | null>());
  for (const indicator of manifest.indicators) {
    const values = all.map((a) => a.values[indicator.id]?.value ?? null);
    if (values.every((v) => v === null)) continue;
    percentileRanks(values, indicator.direction).forEach((p, i) => percentiles[i]?.set(indicator.id, p));
  }
  const had = new Set(manifest.indicators.filter(aggregatable).map((i) => i.id));
  const themeScores = manifest.themes.map((theme) => {
    const refs = theme.indicators.filter((ref) => had.has(ref.id));
    const scores = themeScoreColumns(
      refs.map((ref) => Float64Array.from(percentiles, (pct) => pct.get(ref.id) ?? Number.NaN)),
      refs.map((ref) => weightIn(weights, theme.id, ref)),
      { minWeightShare: theme.minWeightShare, minIndicators: theme.minIndicators },
      new Float64Array(all.length),
    );
    return { theme, scores };
  });
  const out = new Map<string, AggregateScores>();
  all.forEach((a, i) => {
    const themes = new Map<string, number | null>();
    for (const { theme, scores } of themeScores) {
      const score = scores[i] ?? Number.NaN;
      themes.set(theme.id, Number.isNaN(score) ? null : score);
    }
    out.set(a.code, { percentiles: percentiles[i] ?? new Map<string, number | null>(), themes });
  });
  return out;
}
