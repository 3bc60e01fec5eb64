/**
 * Columns of the published tables, with their types. The pipeline's writer maps these types one way to
 * Arrow and Parquet; the app's reader checks names and types against them before it reads a value.
 */
import type { IndicatorId, ThemeId } from './ids.ts';

/** The small vocabulary of published column types. `category` is a dictionary-encoded string. */
export type ColumnType = 'string' | 'category' | 'float64' | 'int32' | 'bool';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

/** Column names in the per-level region tables. */
export const col = {
  value: (id: IndicatorId) => id,
  percentile: (id: IndicatorId) => `${id}__pct`,
  z: (id: IndicatorId) => `${id}__z`,
  reason: (id: IndicatorId) => `${id}__reason`,
  numerator: (id: IndicatorId) => `${id}__num`,
  denominator: (id: IndicatorId) => `${id}__den`,
  /** 95 % interval of the value, same unit and scale as the value (Garwood for 'poisson', Wilson for 'wilson' indicators). */
  lo: (id: IndicatorId) => `${id}__lo`,
  hi: (id: IndicatorId) => `${id}__hi`,
  /** Why a value has no interval (one of CI_REASONS); null where the interval exists or the value itself is missing. */
  ciReason: (id: IndicatorId) => `${id}__ci_reason`,
  /** 'poisson' indicators: the empirical-Bayes smoothed value (Marshall, global, towards the level's mean); same unit as the value. */
  eb: (id: IndicatorId) => `${id}__eb`,
  /** 'hoger' | 'lager' | 'niet_significant': the 95 % interval lies above / below / around the national value (manifest `national`). */
  sig: (id: IndicatorId) => `${id}__sig`,
  /** 95 % interval of the percentile (0–100), from seeded simulated draws of every region's count (manifest `uncertainty`). */
  pctLo: (id: IndicatorId) => `${id}__pct_lo`,
  pctHi: (id: IndicatorId) => `${id}__pct_hi`,
  /**
   * 'poisson' indicators: the percentile of the smoothed value among the level (the "gecorrigeerd voor kleine aantallen"
   * view); null for the others, whose smoothed view is their plain `__pct` (theme__<id>__eb is built that way).
   */
  pctEb: (id: IndicatorId) => `${id}__pct_eb`,
  /** Wijk and buurt (levels with geometry): local Getis-Ord Gi* z of the value over contiguity neighbours (neighbours file). */
  gi: (id: IndicatorId) => `${id}__gi`,
  /** Hotspot class of __gi after Benjamini–Hochberg: one of HOTSPOT_CLASS_VALUES; null where __gi is null. */
  hot: (id: IndicatorId) => `${id}__hot`,
  theme: (id: ThemeId) => `theme__${id}`,
  themeCount: (id: ThemeId) => `theme__${id}__n`,
  themeWeight: (id: ThemeId) => `theme__${id}__weight`,
  themeReason: (id: ThemeId) => `theme__${id}__reason`,
  /** 95 % interval of the theme score, from the same draws as the indicators' percentile intervals. */
  themeLo: (id: ThemeId) => `theme__${id}__lo`,
  themeHi: (id: ThemeId) => `theme__${id}__hi`,
  /** Theme score from the smoothed percentiles (__pct_eb) of 'poisson' indicators and the plain percentiles of the others. */
  themeEb: (id: ThemeId) => `theme__${id}__eb`,
  /** Gi* z and hotspot class of the (default, raw) theme score; wijk and buurt only. */
  themeGi: (id: ThemeId) => `theme__${id}__gi`,
  themeHot: (id: ThemeId) => `theme__${id}__hot`,
} as const;

/** Fixed columns of every region table, in this order, before the indicator and theme columns. */
export const REGION_COLUMNS = [
  { name: 'code', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'level', type: 'category' },
  { name: 'gemeente_code', type: 'category' },
  { name: 'gemeente_name', type: 'category' },
  { name: 'wijk_code', type: 'string' },
  { name: 'wijk_name', type: 'string' },
  { name: 'provincie_code', type: 'category' },
  { name: 'provincie_name', type: 'category' },
  { name: 'veiligheidsregio_code', type: 'category' },
  { name: 'veiligheidsregio_name', type: 'category' },
  { name: 'politie_eenheid_code', type: 'category' },
  { name: 'politie_eenheid_name', type: 'category' },
  { name: 'population', type: 'int32' },
  { name: 'has_geometry', type: 'bool' },
  /** Gemeenten only: the five most similar gemeenten (comma-separated codes, nearest first). */
  { name: 'similar_gemeenten', type: 'string' },
] as const satisfies readonly ColumnSpec[];
export type RegionColumn = (typeof REGION_COLUMNS)[number]['name'];

/**
 * Why a value has no interval (`<id>__ci_reason`). Dutch sentences for each are in the manifest (`uncertainty.ciReasons`).
 * - no_sampling_basis: the value is not a count of events or persons (mean income, WOZ, areas, classes);
 * - survey_margin_unpublished: a survey estimate whose margin the source does not publish;
 * - share_out_of_range: a share whose counted numerator exceeds its denominator (e.g. turnout above 100 % on the Wadden).
 */
export const CI_REASONS = ['no_sampling_basis', 'survey_margin_unpublished', 'share_out_of_range'] as const;
export type CiReason = (typeof CI_REASONS)[number];

/** Values of `<id>__sig`. */
export const SIGNIFICANCE_VALUES = ['hoger', 'lager', 'niet_significant'] as const;

/** Values of `<id>__hot` / `theme__<id>__hot`: hot/cold spot at 99 / 95 / 90 % after the false-discovery correction, or none. */
export const HOTSPOT_CLASS_VALUES = ['hot_99', 'hot_95', 'hot_90', 'none', 'cold_90', 'cold_95', 'cold_99'] as const;

/** The columns each indicator adds to a region table, in this order (meanings at `col`). */
export function indicatorColumns(id: IndicatorId): ColumnSpec[] {
  return [
    { name: col.value(id), type: 'float64' },
    { name: col.percentile(id), type: 'float64' },
    { name: col.z(id), type: 'float64' },
    { name: col.reason(id), type: 'category' },
    { name: col.numerator(id), type: 'float64' },
    { name: col.denominator(id), type: 'float64' },
    { name: col.lo(id), type: 'float64' },
    { name: col.hi(id), type: 'float64' },
    { name: col.ciReason(id), type: 'category' },
    { name: col.eb(id), type: 'float64' },
    { name: col.sig(id), type: 'category' },
    { name: col.pctLo(id), type: 'float64' },
    { name: col.pctHi(id), type: 'float64' },
    { name: col.pctEb(id), type: 'float64' },
    { name: col.gi(id), type: 'float64' },
    { name: col.hot(id), type: 'category' },
  ];
}

/** The columns each theme adds to a region table, in this order (meanings at `col`). */
export function themeColumns(id: ThemeId): ColumnSpec[] {
  return [
    { name: col.theme(id), type: 'float64' },
    { name: col.themeCount(id), type: 'int32' },
    { name: col.themeWeight(id), type: 'float64' },
    { name: col.themeReason(id), type: 'category' },
    { name: col.themeLo(id), type: 'float64' },
    { name: col.themeHi(id), type: 'float64' },
    { name: col.themeEb(id), type: 'float64' },
    { name: col.themeGi(id), type: 'float64' },
    { name: col.themeHot(id), type: 'category' },
  ];
}

/** Every column of a level's region table for the indicators and themes the manifest lists. */
export function regionTableColumns(indicators: readonly IndicatorId[], themes: readonly ThemeId[]): ColumnSpec[] {
  return [...REGION_COLUMNS, ...indicators.flatMap(indicatorColumns), ...themes.flatMap(themeColumns)];
}

/**
 * Columns of the neighbours table (dataFile.neighboursArrow / neighboursParquet): one row per region of a level with
 * geometry. Two regions are neighbours when they share a border (manifest `hotspots` gives the tolerance per level);
 * the lists are symmetric. `neighbours` is the comma-separated codes, ascending; an island has count 0 and ''.
 */
export const NEIGHBOUR_COLUMNS = [
  { name: 'code', type: 'string' },
  { name: 'level', type: 'category' },
  { name: 'neighbour_count', type: 'int32' },
  { name: 'neighbours', type: 'string' },
] as const satisfies readonly ColumnSpec[];

/** Columns of the long trends table (one row per region, series and year). */
export const TREND_COLUMNS = [
  { name: 'code', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'series', type: 'category' },
  { name: 'year', type: 'int32' },
  { name: 'value', type: 'float64' },
] as const satisfies readonly ColumnSpec[];
