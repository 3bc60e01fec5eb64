/**
 * The contract between the pipeline and the app: file names, column names and the manifest schema.
 * Both sides import this module, so a renamed column fails to compile on both sides at once.
 */
import { z } from 'zod';

export const LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type Level = (typeof LEVELS)[number];

/** Regions that the app aggregates from gemeente counts (in DuckDB-WASM). */
export const AGGREGATES = ['politie_eenheid', 'veiligheidsregio', 'provincie'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** Code patterns per level. Amsterdam's wijk and buurt codes carry letters (WK0363AA, BU0363AA01) in CBS's own 2024 list. */
export const CODE_PATTERN: Record<Level, RegExp> = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  buurt: /^BU\d{4}[0-9A-Z]{4}$/,
};

/** Why a value is null. Never 0 in place of any of these. */
export const MISSING_REASONS = [
  'missing_in_source', // the source has no row or an empty cell for this region
  'suppressed', // the publisher marked the value secret / unreliable ('.', -99999999, null)
  'below_min_population', // fewer inhabitants than the indicator's minimum
  'not_comparable', // other-year data whose region code and name do not match the 2024 region exactly
  'incomplete_coverage', // aggregated from lower levels, but too few of them have a value
  'not_on_level', // the indicator does not exist on this level
  'insufficient_weight', // theme score: less than the required share of the theme's weight has a value
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export const MISSING_REASON_LABEL_NL: Record<MissingReason, string> = {
  missing_in_source: 'geen gegevens in de bron',
  suppressed: 'geheim of onbetrouwbaar (door de bron afgeschermd)',
  below_min_population: 'te weinig inwoners',
  not_comparable: 'niet vergelijkbaar (andere gebiedsindeling)',
  incomplete_coverage: 'onvolledig: te weinig onderliggende gebieden met gegevens',
  not_on_level: 'niet beschikbaar op dit niveau',
  insufficient_weight: 'te weinig indicatoren met een waarde',
};

/** Column names in the per-level region tables. */
export const col = {
  value: (id: string) => id,
  percentile: (id: string) => `${id}__pct`,
  z: (id: string) => `${id}__z`,
  reason: (id: string) => `${id}__reason`,
  numerator: (id: string) => `${id}__num`,
  denominator: (id: string) => `${id}__den`,
  theme: (id: string) => `theme__${id}`,
  themeCount: (id: string) => `theme__${id}__n`,
  themeWeight: (id: string) => `theme__${id}__weight`,
  themeReason: (id: string) => `theme__${id}__reason`,
} as const;

/** Fixed columns of every region table, in this order, before the indicator and theme columns. */
export const REGION_COLUMNS = [
  'code',
  'name',
  'level',
  'gemeente_code',
  'gemeente_name',
  'wijk_code',
  'wijk_name',
  'provincie_code',
  'provincie_name',
  'veiligheidsregio_code',
  'veiligheidsregio_name',
  'politie_eenheid_code',
  'politie_eenheid_name',
  'population',
  'has_geometry',
  /** Gemeenten only: the five most similar gemeenten (comma-separated codes, nearest first). */
  'similar_gemeenten',
] as const;

export const dataFile = {
  manifest: 'manifest.json',
  arrow: (level: Level) => `${level}.arrow`,
  parquet: (level: Level) => `${level}.parquet`,
  geometry: (level: Level) => `geo/${level}.topojson`,
  context: (aggregate: Aggregate) => `geo/${aggregate}.topojson`,
  trendsArrow: 'trends.arrow',
  trendsParquet: 'trends.parquet',
} as const;

/** Every TopoJSON file we publish holds one object of this name; each geometry's `id` is the region code. */
export const TOPOJSON_OBJECT = 'regions';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const publishedFileSchema = z
  .object({
    path: z.string(),
    kind: z.enum(['table-arrow', 'table-parquet', 'geometry', 'context-geometry', 'trends-arrow', 'trends-parquet']),
    level: z.string().optional(),
    bytes: z.number().int().positive(),
    sha256,
  })
  .strict();

export const sourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    tableId: z.string().nullable(),
    referenceYear: z.string(),
    regionLayout: z.string(),
    licence: z.string(),
    attribution: z.string(),
    url: z.string(),
    caveats: z.array(z.string()),
    files: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256 }).strict()),
  })
  .strict();

const coverageSchema = z.record(z.string(), z.number().int().nonnegative());

export const indicatorManifestSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    short: z.string(),
    explanation: z.string(),
    themes: z.array(z.string()),
    unit: z.string(),
    decimals: z.number().int().nonnegative(),
    year: z.string(),
    direction: z.enum(['higher_is_risk', 'lower_is_risk']),
    minPopulation: z.number().int().nonnegative(),
    kind: z.enum(['direct', 'proxy']),
    proxyFor: z.string().nullable(),
    betterData: z.string().nullable(),
    levels: z.array(
      z
        .object({
          level: z.string(),
          sourceIds: z.array(z.string()),
          formula: z.string(),
          columns: z.array(z.string()),
          aggregatable: z.boolean(),
          note: z.string().nullable(),
        })
        .strict(),
    ),
    /** Regions with a value, per level. */
    coverage: coverageSchema,
    /** National value (from national counts where the indicator is a rate), or null. */
    national: z.number().nullable(),
  })
  .strict();

export const themeManifestSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    explanation: z.string(),
    proxy: z.boolean(),
    proxyNote: z.string().nullable(),
    minWeightShare: z.number(),
    minIndicators: z.number().int().positive(),
    indicators: z.array(z.object({ id: z.string(), weight: z.number().positive() }).strict()),
    /** Regions with a score, per level. */
    coverage: coverageSchema,
  })
  .strict();

export const manifestSchema = z
  .object({
    schemaVersion: z.literal(1),
    pipelineVersion: z.string(),
    builtAt: z.string(),
    boundaryYear: z.number().int(),
    disclaimer: z.string(),
    /** How "vergelijkbare gemeenten" (column similar_gemeenten) are chosen, in Dutch. */
    similarityMethod: z.string(),
    regionNotes: z.array(z.string()),
    sources: z.array(sourceSchema),
    levels: z.array(
      z
        .object({
          id: z.enum(LEVELS),
          label: z.string(),
          rows: z.number().int().nonnegative(),
          withGeometry: z.number().int().nonnegative(),
          geometryNote: z.string().nullable(),
        })
        .strict(),
    ),
    aggregates: z.array(z.object({ id: z.enum(AGGREGATES), label: z.string(), regions: z.number().int(), note: z.string() }).strict()),
    joins: z.array(
      z
        .object({ sourceId: z.string(), level: z.string(), matched: z.number().int(), unmatched: z.number().int(), rule: z.string() })
        .strict(),
    ),
    indicators: z.array(indicatorManifestSchema),
    themes: z.array(themeManifestSchema),
    trends: z.array(
      z
        .object({ id: z.string(), label: z.string(), unit: z.string(), sourceId: z.string(), years: z.array(z.number().int()), note: z.string() })
        .strict(),
    ),
    files: z.array(publishedFileSchema),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type IndicatorManifest = z.infer<typeof indicatorManifestSchema>;
export type ThemeManifest = z.infer<typeof themeManifestSchema>;
export type PublishedFile = z.infer<typeof publishedFileSchema>;
export type SourceManifest = z.infer<typeof sourceSchema>;

/** Columns of the long trends table (one row per region, series and year). */
export const TREND_COLUMNS = ['code', 'name', 'series', 'year', 'value'] as const;
