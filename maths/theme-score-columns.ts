import { scoreFromSums } from './theme-score.ts';

/** A level's values of one indicator, one entry per region; NaN = no value. */
export type NumericColumn = Float64Array | Float32Array;

export interface ThemeRule {
  /** Share of the (positive) weight that must have a value before a region gets a score. */
  minWeightShare: number;
  /** Fewer indicators with a positive weight than this: no scores on the level at all. */
  minIndicators: number;
}

/**
 * Theme scores for every region of a level at once, from percentile columns and (user) weights: the
 * same rule as `themeScore` per region (its sums, in its order, and `scoreFromSums`), so the app's "eigen weging"
 * and the pipeline cannot drift apart.
 *
 * A weight of 0 removes the indicator: it counts neither towards the weight share nor towards
 * `minIndicators`. With the catalogue's weights (all positive) this is exactly the pipeline's rule.
 * Returns NaN where a region gets no score. `out` may be passed to avoid allocating on every change.
 */
export function themeScoreColumns(
  percentiles: readonly NumericColumn[],
  weights: readonly number[],
  rule: ThemeRule,
  out: Float64Array = new Float64Array(percentiles[0]?.length ?? 0),
): Float64Array {
  if (percentiles.length !== weights.length) {
    throw new Error(`themeScoreColumns: ${percentiles.length} percentile columns but ${weights.length} weights`);
  }
  const columns: NumericColumn[] = [];
  const active: number[] = [];
  percentiles.forEach((column, j) => {
    const weight = weights[j] ?? Number.NaN;
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`themeScoreColumns: weight ${j} is ${weight}; weights must be finite and ≥ 0`);
    if (column.length !== out.length) throw new Error(`themeScoreColumns: column ${j} has ${column.length} regions, expected ${out.length}`);
    if (weight > 0) {
      columns.push(column);
      active.push(weight);
    }
  });
  if (active.length === 0 || active.length < rule.minIndicators) return out.fill(Number.NaN);
  // themeScore's sums in its order, per region, without a part or result object (200 draws × every region × theme)
  let total = 0;
  for (const weight of active) total += weight;
  for (let i = 0; i < out.length; i++) {
    let available = 0;
    let sum = 0;
    let indicators = 0;
    for (let j = 0; j < columns.length; j++) {
      const value = columns[j]?.[i] ?? Number.NaN;
      if (value !== value) continue;
      const weight = active[j] ?? 0;
      available += weight;
      sum += weight * value;
      indicators++;
    }
    out[i] = scoreFromSums(sum, available, total, indicators, rule.minWeightShare) ?? Number.NaN;
  }
  return out;
}
