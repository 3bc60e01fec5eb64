export { percentileRanks } from './percentile-rank.ts';
export { zScores } from './z-score.ts';
export { themeScore, type ThemePart, type ThemeScore } from './theme-score.ts';
export { similarRegions, type FeatureRow, type Neighbour, type SimilarityFeature } from './similar-regions.ts';
