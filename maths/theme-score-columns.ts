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
  const { columns, active } = activeColumns(percentiles, weights, out.length);
  if (active.length === 0 || active.length < rule.minIndicators) return out.fill(Number.NaN);
  // themeScore's sums in its order, per region, without a part or result object (every region × theme, and the app
  // on every change of weights); one pass per column adds each region's next term, in the same order as themeScore
  let total = 0;
  for (const weight of active) total += weight;
  const { sum, available, indicators } = scratch(out.length);
  for (let j = 0; j < columns.length; j++) {
    const column = columns[j] ?? out;
    const weight = active[j] ?? 0;
    for (let i = 0; i < out.length; i++) {
      const value = column[i] ?? Number.NaN;
      if (value !== value) continue;
      available[i] = (available[i] ?? 0) + weight;
      sum[i] = (sum[i] ?? 0) + weight * value;
      indicators[i] = (indicators[i] ?? 0) + 1;
    }
  }
  for (let i = 0; i < out.length; i++) {
    out[i] = scoreFromSums(sum[i] ?? 0, available[i] ?? 0, total, indicators[i] ?? 0, rule.minWeightShare) ?? Number.NaN;
  }
  return out;
}

/**
 * Theme scores of one draw after another (simulated percentiles), where every column has a value in the same
 * regions in every draw: a simulated indicator has one wherever it has a count, a fixed column is the same each
 * draw. Which regions get a score, their available weight, and where each column has a value are then the same
 * each draw, so they are worked out once (from the first draw); a draw only adds up the weighted percentiles of
 * the scored regions, in themeScoreColumns' order, giving the same scores without a test per value. A value
 * missing where the first draw had one is refused; values where the first draw had none are not read.
 */
export function themeDrawScorer(
  weights: readonly number[],
  rule: ThemeRule,
): (percentiles: readonly NumericColumn[], out: Float64Array | Float32Array) => void {
  let divisor: Float64Array = new Float64Array(0); // the available weight where a region gets a score, NaN where it gets none
  let read: Uint32Array[] = []; // per active column: the scored regions where it has a value, ascending
  let sum = new Float64Array(0);
  return (percentiles, out) => {
    const { columns, active } = activeColumns(percentiles, weights, out.length);
    if (divisor.length !== out.length) {
      divisor = themeScoreColumns(percentiles, weights, rule, new Float64Array(out.length));
      const { available } = scratch(out.length);
      read = columns.map((column, j) => {
        const regions: number[] = [];
        for (let i = 0; i < out.length; i++) {
          if (column[i] !== column[i]) continue;
          available[i] = (available[i] ?? 0) + (active[j] ?? 0);
          if (divisor[i] === divisor[i]) regions.push(i);
        }
        return Uint32Array.from(regions);
      });
      for (let i = 0; i < out.length; i++) if (divisor[i] === divisor[i]) divisor[i] = available[i] ?? 0;
      sum = new Float64Array(out.length);
    }
    sum.fill(0);
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j] ?? out;
      const weight = active[j] ?? 0;
      const regions = read[j] ?? new Uint32Array(0);
      for (let k = 0; k < regions.length; k++) {
        const i = regions[k] ?? 0;
        sum[i] = (sum[i] ?? 0) + weight * (column[i] ?? Number.NaN);
      }
    }
    for (let i = 0; i < out.length; i++) {
      const score = (sum[i] ?? 0) / (divisor[i] ?? Number.NaN);
      if (score !== score && divisor[i] === divisor[i]) throw new Error(`themeDrawScorer: region ${i} lost a value it had in the first draw`);
      out[i] = score;
    }
  };
}

/** The columns and weights of the indicators with a positive weight, after checking every weight and column length. */
function activeColumns(percentiles: readonly NumericColumn[], weights: readonly number[], regions: number) {
  if (percentiles.length !== weights.length) {
    throw new Error(`themeScoreColumns: ${percentiles.length} percentile columns but ${weights.length} weights`);
  }
  const columns: NumericColumn[] = [];
  const active: number[] = [];
  percentiles.forEach((column, j) => {
    const weight = weights[j] ?? Number.NaN;
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`themeScoreColumns: weight ${j} is ${weight}; weights must be finite and ≥ 0`);
    if (column.length !== regions) throw new Error(`themeScoreColumns: column ${j} has ${column.length} regions, expected ${regions}`);
    if (weight > 0) {
      columns.push(column);
      active.push(weight);
    }
  });
  return { columns, active };
}

/** Sums per region, zeroed for each call and kept between calls: the theme draws call this 200 times per level. */
let sums = { sum: new Float64Array(0), available: new Float64Array(0), indicators: new Uint32Array(0) };
function scratch(regions: number): typeof sums {
  if (sums.sum.length < regions) sums = { sum: new Float64Array(regions), available: new Float64Array(regions), indicators: new Uint32Array(regions) };
  sums.sum.fill(0, 0, regions);
  sums.available.fill(0, 0, regions);
  sums.indicators.fill(0, 0, regions);
  return sums;
}
