/**
 * Theme scores for aggregate regions (RIEC-regio's, veiligheidsregio's, provincies), computed the way the
 * pipeline computes them for gemeenten, only among the regions of that kind: each indicator's summed value is
 * ranked among all aggregates of the kind (percentile, risk direction applied), and the theme score is the
 * weighted mean of those percentiles under the theme's minimum-weight rule. Custom weights (?weging=) replace
 * the catalogue's, as they do for gemeenten and wijken (web/src/weights), so a comparison never mixes the two.
 */
import type { Manifest } from '@atlas/contract';
import { percentileRanks, themeScore } from '@atlas/maths';
import type { AggregateRegion } from '../data/atlas-data.ts';
import { STANDARD_WEIGHTS, weightKey, type Weights } from '../weights/weights-url.ts';

export interface AggregateScores {
  /** Indicator id → percentile among the aggregates of the kind. */
  percentiles: ReadonlyMap<string, number | null>;
  /** Theme id → score, null when too little of the theme's weight has a value. */
  themes: ReadonlyMap<string, number | null>;
}

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
  const out = new Map<string, AggregateScores>();
  all.forEach((a, i) => {
    const pct = percentiles[i] ?? new Map<string, number | null>();
    const themes = new Map<string, number | null>();
    for (const theme of manifest.themes) {
      const parts = theme.indicators.map(({ id, weight }) => ({ percentile: pct.get(id) ?? null, weight: weights.get(weightKey(theme.id, id)) ?? weight }));
      themes.set(theme.id, themeScore(parts, theme.minWeightShare).score);
    }
    out.set(a.code, { percentiles: pct, themes });
  });
  return out;
}
