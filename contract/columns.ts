/**
 * Columns of the published tables, with their types. The pipeline's writer maps these types one way to
 * Arrow and Parquet; the app's reader checks names and types against them before it reads a value.
 */
import type { IndicatorId, ThemeId, UncertaintyMethodId } from './ids.ts';
import type { Level } from './levels.ts';

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

/** Levels with geometry whose tables carry Gi* and hotspot columns (`__gi`, `__hot`, `theme__<id>__gi`, `theme__<id>__hot`). */
export const GI_LEVELS: readonly Level[] = ['wijk', 'buurt'];

/**
 * What decides an indicator's columns on a level: a manifest indicator entry (its levels with their formula kind,
 * and its uncertainty method; absent reads as 'none_no_sampling', as the manifest schema says).
 */
export interface IndicatorShape {
  id: IndicatorId;
  levels: readonly { level: Level; kind: 'rate' | 'measure' | 'sum_of_children' }[];
  uncertainty?: UncertaintyMethodId | undefined;
}

interface ColumnContext {
  level: Level;
  kind: IndicatorShape['levels'][number]['kind'];
  method: UncertaintyMethodId;
}

const always = () => true;
/** A measure has no numerator and denominator; a sum of children carries the summed ones. */
const hasParts = (c: ColumnContext) => c.kind !== 'measure';
/** Only counted values ('poisson', 'wilson') have intervals, significance and percentile intervals. */
const counted = (c: ColumnContext) => c.method === 'poisson' || c.method === 'wilson';
const poisson = (c: ColumnContext) => c.method === 'poisson';
const giLevel = (c: { level: Level }) => GI_LEVELS.includes(c.level);

/** The indicator columns in their order, with when each applies (meanings at `col`). */
const INDICATOR_COLUMN_RULES: readonly { name: (id: IndicatorId) => string; type: ColumnType; on: (c: ColumnContext) => boolean }[] = [
  { name: col.value, type: 'float64', on: always },
  { name: col.percentile, type: 'float64', on: always },
  { name: col.z, type: 'float64', on: always },
  { name: col.reason, type: 'category', on: always },
  { name: col.numerator, type: 'float64', on: hasParts },
  { name: col.denominator, type: 'float64', on: hasParts },
  { name: col.lo, type: 'float64', on: counted },
  { name: col.hi, type: 'float64', on: counted },
  { name: col.ciReason, type: 'category', on: always },
  { name: col.eb, type: 'float64', on: poisson },
  { name: col.sig, type: 'category', on: counted },
  { name: col.pctLo, type: 'float64', on: counted },
  { name: col.pctHi, type: 'float64', on: counted },
  { name: col.pctEb, type: 'float64', on: poisson },
  { name: col.gi, type: 'float64', on: giLevel },
  { name: col.hot, type: 'category', on: giLevel },
];

const THEME_COLUMN_RULES: readonly { name: (id: ThemeId) => string; type: ColumnType; on: (c: { level: Level }) => boolean }[] = [
  { name: col.theme, type: 'float64', on: always },
  { name: col.themeCount, type: 'int32', on: always },
  { name: col.themeWeight, type: 'float64', on: always },
  { name: col.themeReason, type: 'category', on: always },
  { name: col.themeLo, type: 'float64', on: always },
  { name: col.themeHi, type: 'float64', on: always },
  { name: col.themeEb, type: 'float64', on: always },
  { name: col.themeGi, type: 'float64', on: giLevel },
  { name: col.themeHot, type: 'category', on: giLevel },
];

/** Every column an indicator can have on some level, in this order (the union of `levelIndicatorColumns`). */
export function indicatorColumns(id: IndicatorId): ColumnSpec[] {
  return INDICATOR_COLUMN_RULES.map((r) => ({ name: r.name(id), type: r.type }));
}

/** Every column a theme can have on some level, in this order. */
export function themeColumns(id: ThemeId): ColumnSpec[] {
  return THEME_COLUMN_RULES.map((r) => ({ name: r.name(id), type: r.type }));
}

/** The columns an indicator has on a level: none where it is not on the level, else those its kind and method fill. */
export function levelIndicatorColumns(indicator: IndicatorShape, level: Level): ColumnSpec[] {
  const entry = indicator.levels.find((l) => l.level === level);
  if (!entry) return [];
  const context: ColumnContext = { level, kind: entry.kind, method: indicator.uncertainty ?? 'none_no_sampling' };
  return INDICATOR_COLUMN_RULES.filter((r) => r.on(context)).map((r) => ({ name: r.name(indicator.id), type: r.type }));
}

export function levelThemeColumns(id: ThemeId, level: Level): ColumnSpec[] {
  return THEME_COLUMN_RULES.filter((r) => r.on({ level })).map((r) => ({ name: r.name(id), type: r.type }));
}

/**
 * Exactly the columns of a level's region table, in order: the fixed region columns, then per indicator on the
 * level the columns that apply to it, then per theme. Writer, validator and reader all take the list from here.
 */
export function levelTableColumns(indicators: readonly IndicatorShape[], themes: readonly ThemeId[], level: Level): ColumnSpec[] {
  return [...REGION_COLUMNS, ...indicators.flatMap((i) => levelIndicatorColumns(i, level)), ...themes.flatMap((t) => levelThemeColumns(t, level))];
}

/** What a map colours by and hatches on, for every theme and indicator without overlays: see TABLE_SLICES. */
const FIRST_VIEW_INDICATOR_COLUMNS: readonly ((id: IndicatorId) => string)[] = [col.value, col.reason];
/** A theme's score with what a page says beside it: why it is missing and its interval ("onzeker"). */
const THEME_SCORE_COLUMNS: readonly ((id: ThemeId) => string)[] = [col.theme, col.themeReason, col.themeLo, col.themeHi];

/**
 * Slices of a level's table, published beside it (Arrow only) for a page that reads nothing else, each a subset of
 * `levelTableColumns` in the same order that always keeps the region columns:
 * - 'first-view' (gemeente): every indicator's value and reason and every theme's score, reason and interval. That
 *   is all a map of any theme or indicator value reads, with its hatching and the theme score's "onzeker" fading;
 *   the map opens on gemeenten, and their full table is mostly columns the first map never reads (intervals,
 *   counts, smoothed values). The other views wait for the full table.
 * - 'themes' (wijk): every theme's score, reason and interval: what a gemeente's one-page summary reads of its
 *   wijken (the top wijken, their "onzeker" marks and the wijk maps), 28 of the wijk table's 257 columns.
 */
export const TABLE_SLICES = {
  'first-view': { levels: ['gemeente'], indicatorColumns: FIRST_VIEW_INDICATOR_COLUMNS, themeColumns: THEME_SCORE_COLUMNS },
  themes: { levels: ['wijk'], indicatorColumns: [], themeColumns: THEME_SCORE_COLUMNS },
} as const satisfies Record<
  string,
  { levels: readonly Level[]; indicatorColumns: readonly ((id: IndicatorId) => string)[]; themeColumns: readonly ((id: ThemeId) => string)[] }
>;
export type TableSlice = keyof typeof TABLE_SLICES;
export const TABLE_SLICE_NAMES = Object.keys(TABLE_SLICES) as TableSlice[];

/** Whether the level publishes this slice of its table. */
export const publishesSlice = (slice: TableSlice, level: Level): boolean => (TABLE_SLICES[slice].levels as readonly Level[]).includes(level);

/** The columns of a level's slice (TABLE_SLICES), in the order of its full table. */
export function sliceColumns(slice: TableSlice, indicators: readonly IndicatorShape[], themes: readonly ThemeId[], level: Level): ColumnSpec[] {
  const { indicatorColumns, themeColumns } = TABLE_SLICES[slice];
  const wanted = new Set<string>([
    ...indicators.flatMap((i) => indicatorColumns.map((name) => name(i.id))),
    ...themes.flatMap((t) => themeColumns.map((name) => name(t))),
  ]);
  return levelTableColumns(indicators, themes, level).filter((c, i) => i < REGION_COLUMNS.length || wanted.has(c.name));
}

/**
 * Every column any level could have for these indicators and themes (all indicators on all levels). Readers use it
 * to answer for a column a level's table leaves out: such a column reads as missing, never as 0.
 */
export function regionTableColumns(indicators: readonly IndicatorId[], themes: readonly ThemeId[]): ColumnSpec[] {
  return [...REGION_COLUMNS, ...indicators.flatMap(indicatorColumns), ...themes.flatMap(themeColumns)];
}

/**
 * The columns of the full list that a level's table leaves out, each with what it reads as: an indicator's
 * `__reason` on a level it is not on reads 'not_on_level' (so the UI says "niet op dit niveau"), every other
 * left-out column null.
 */
export function absentLevelColumns(
  indicators: readonly IndicatorShape[],
  themes: readonly ThemeId[],
  level: Level,
): (ColumnSpec & { fill: 'not_on_level' | null })[] {
  const present = new Set(levelTableColumns(indicators, themes, level).map((c) => c.name));
  const notOnLevel = new Set(indicators.filter((i) => !i.levels.some((l) => l.level === level)).map((i) => col.reason(i.id)));
  return regionTableColumns(
    indicators.map((i) => i.id),
    themes,
  )
    .filter((c) => !present.has(c.name))
    .map((c) => ({ ...c, fill: notOnLevel.has(c.name) ? 'not_on_level' : null }));
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

/**
 * Columns of the long trends table (one row per region, series and year). A row with a null `value` is a gap
 * (gemeenten and Nederland only) and `reason` (a MissingReason) says why; rows with a value have no reason.
 */
export const TREND_COLUMNS = [
  { name: 'code', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'series', type: 'category' },
  { name: 'year', type: 'int32' },
  { name: 'value', type: 'float64' },
  { name: 'reason', type: 'category' },
] as const satisfies readonly ColumnSpec[];
