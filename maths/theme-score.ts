export interface ThemePart {
  percentile: number | null;
  weight: number;
}

export interface ThemeScore {
  score: number | null;
  /** Indicators with a value. */
  indicators: number;
  /** Share (0–1) of the theme's weight that has a value. */
  weightShare: number;
}

/** Floating-point slack so that exactly two thirds of the weight passes a 2/3 threshold. */
const EPSILON = 1e-9;

/**
 * Weighted mean of the available percentiles. Missing percentiles are left out (never counted as 0);
 * the score is null when the available weight is below `minWeightShare` of the total.
 */
export function themeScore(parts: readonly ThemePart[], minWeightShare: number): ThemeScore {
  let total = 0;
  let available = 0;
  let sum = 0;
  let indicators = 0;
  for (const part of parts) {
    if (!(part.weight > 0)) throw new Error(`themeScore: weight ${part.weight} must be positive`);
    total += part.weight;
    if (part.percentile === null) continue;
    available += part.weight;
    sum += part.weight * part.percentile;
    indicators++;
  }
  const weightShare = total > 0 ? available / total : 0;
  return { score: scoreFromSums(sum, available, total, indicators, minWeightShare), indicators, weightShare };
}

/**
 * The rule's last step, from the sums `themeScore` accumulates (in part order): shared with themeScoreColumns,
 * which accumulates the same sums per region without a part object or result object per region.
 */
export function scoreFromSums(sum: number, available: number, total: number, indicators: number, minWeightShare: number): number | null {
  const weightShare = total > 0 ? available / total : 0;
  return indicators > 0 && weightShare + EPSILON >= minWeightShare ? sum / available : null;
}
