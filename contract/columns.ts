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
  theme: (id: ThemeId) => `theme__${id}`,
  themeCount: (id: ThemeId) => `theme__${id}__n`,
  themeWeight: (id: ThemeId) => `theme__${id}__weight`,
  themeReason: (id: ThemeId) => `theme__${id}__reason`,
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

/** The six columns each indicator adds to a region table, in this order. */
export function indicatorColumns(id: IndicatorId): ColumnSpec[] {
  return [
    { name: col.value(id), type: 'float64' },
    { name: col.percentile(id), type: 'float64' },
    { name: col.z(id), type: 'float64' },
    { name: col.reason(id), type: 'category' },
    { name: col.numerator(id), type: 'float64' },
    { name: col.denominator(id), type: 'float64' },
  ];
}

/** The four columns each theme adds to a region table, in this order. */
export function themeColumns(id: ThemeId): ColumnSpec[] {
  return [
    { name: col.theme(id), type: 'float64' },
    { name: col.themeCount(id), type: 'int32' },
    { name: col.themeWeight(id), type: 'float64' },
    { name: col.themeReason(id), type: 'category' },
  ];
}

/** Every column of a level's region table for the indicators and themes the manifest lists. */
export function regionTableColumns(indicators: readonly IndicatorId[], themes: readonly ThemeId[]): ColumnSpec[] {
  return [...REGION_COLUMNS, ...indicators.flatMap(indicatorColumns), ...themes.flatMap(themeColumns)];
}

/** Columns of the long trends table (one row per region, series and year). */
export const TREND_COLUMNS = [
  { name: 'code', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'series', type: 'category' },
  { name: 'year', type: 'int32' },
  { name: 'value', type: 'float64' },
] as const satisfies readonly ColumnSpec[];
