/**
 * The worked examples on /methode, computed by the same functions that score the data, so the page can
 * never show maths that differ from the published numbers.
 */
import { percentileRanks, themeScore, zScores } from '@atlas/maths';
import type { ScoringExamples, ThemeManifest } from '@atlas/contract';

const PERCENTILE_VALUES = [3, 5, 5, 8];
const THEME_PARTS = [
  { percentile: 80, weight: 2 },
  { percentile: 40, weight: 1 },
  { percentile: null, weight: 1 },
];
const Z_VALUES = [10, 20, 30];
const Z_REFERENCE = 15;
/** Used only when a build has no theme at all. */
const DEFAULT_MIN_WEIGHT_SHARE = 2 / 3;

/** The theme example uses the first theme's rule; the distinct rules of all themes go with it for the text. */
export function scoringExamples(themes: readonly Pick<ThemeManifest, 'minWeightShare' | 'minIndicators'>[]): ScoringExamples {
  const minWeightShare = themes[0]?.minWeightShare ?? DEFAULT_MIN_WEIGHT_SHARE;
  const withAll = themeScore(THEME_PARTS, minWeightShare);
  const withoutSecond = themeScore(
    THEME_PARTS.map((p, i) => (i === 1 ? { ...p, percentile: null } : p)),
    minWeightShare,
  );
  return {
    percentile: { values: PERCENTILE_VALUES, ranks: percentileRanks(PERCENTILE_VALUES, 'higher_is_risk') },
    theme: {
      minWeightShare,
      parts: THEME_PARTS,
      score: withAll.score,
      weightShare: withAll.weightShare,
      withoutSecond: { score: withoutSecond.score, weightShare: withoutSecond.weightShare },
    },
    z: { values: Z_VALUES, reference: Z_REFERENCE, z: zScores(Z_VALUES, Z_REFERENCE) },
    minWeightShares: [...new Set(themes.map((th) => th.minWeightShare))],
    minIndicators: [...new Set(themes.map((th) => th.minIndicators))],
  };
}
