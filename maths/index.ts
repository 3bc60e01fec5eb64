export { percentileRanks } from './percentile-rank.ts';
export { nanColumn, nullableValues } from './nan-column.ts';
export { zScores } from './z-score.ts';
export { themeScore, type ThemePart, type ThemeScore } from './theme-score.ts';
export { similarRegions, type FeatureRow, type Neighbour, type SimilarityFeature } from './similar-regions.ts';
export { logGamma, regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.ts';
export { chiSquareQuantile, gammaQuantile } from './gamma-quantile.ts';
export { erfc, twoSidedNormalP, Z_95 } from './normal-distribution.ts';
export { poissonCountInterval, poissonRateInterval, wilsonInterval, type Interval } from './count-intervals.ts';
export { significanceAgainst, SIGNIFICANCES, type Significance } from './significance.ts';
export { marshallEmpiricalBayes, type EmpiricalBayesRates } from './empirical-bayes.ts';
export { seededRandom, POISSON_NORMAL_ABOVE, type SeededRandom } from './seeded-random.ts';
export { argsortFloats, createArgsortWorkspace, type ArgsortWorkspace } from './float-argsort.ts';
export { percentileRanksColumn } from './percentile-rank-column.ts';
export {
  percentileRankIntervals,
  quantilesOverDraws,
  simulatePercentileDraws,
  type CountModel,
  type PercentileDraws,
  type RankSimulationInput,
} from './percentile-rank-intervals.ts';
export { createRankSimulation, type RankSimulation } from './rank-simulation.ts';
export { createDrawQuantiles, type DrawQuantiles } from './draw-quantiles.ts';
export { themeDrawScorer, themeScoreColumns, type NumericColumn, type ThemeRule } from './theme-score-columns.ts';
export { themeScoreDraws } from './theme-score-draws.ts';
export { benjaminiHochberg } from './false-discovery.ts';
export { classifyHotspots, getisOrdGiStar, HOTSPOT_CLASSES, type HotspotClass, type HotspotTest } from './getis-ord.ts';
export { contiguityNeighbours, type ContiguityOptions, type ContiguityResult, type RegionRings } from './contiguity-neighbours.ts';
