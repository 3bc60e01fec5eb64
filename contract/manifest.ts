/** The manifest: what was built from which sources, and every file published with its sha256. */
import { z } from './zod.ts';
import { DIRECTIONS, INDICATOR_IDS, SERIES_IDS, SOURCE_IDS, THEME_IDS, UNCERTAINTY_METHODS } from './ids.ts';
import { AGGREGATES, LEVELS } from './levels.ts';
import { CI_REASONS } from './columns.ts';
import { levelGeometrySchema } from './geometry.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const publishedFileSchema = z
  .object({
    path: z.string(),
    kind: z.enum([
      'table-arrow',
      'table-parquet',
      'slice-arrow',
      // what builds before TABLE_SLICES called gemeente.first-view.arrow (the same path): their data folders still load
      'first-view-arrow',
      'geometry',
      'context-geometry',
      'trends-arrow',
      'trends-parquet',
      'trends-gemeente-arrow',
      'neighbours-arrow',
      'neighbours-parquet',
      'places',
      'search-index',
      'methode',
    ]),
    /** The level of a table or geometry file, or the aggregate of a context layer. */
    level: z.enum([...LEVELS, ...AGGREGATES]).optional(),
    bytes: z.number().int().positive(),
    sha256,
  })
  .strict();

export const sourceSchema = z
  .object({
    id: z.enum(SOURCE_IDS),
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

/** What the build did about uncertainty: the defaults the app shows and the settings that make the numbers reproducible. */
export const uncertaintySchema = z
  .object({
    confidence: z.number(),
    /** Which values the plain `__pct` and `theme__<id>` columns are made from; the other is in `__pct_eb` / `theme__<id>__eb`. */
    defaultScores: z.enum(['raw', 'smoothed']),
    /** Dutch: why that default. */
    defaultReason: z.string(),
    /** Simulated draws per indicator and level for the percentile intervals, and the base seed. */
    draws: z.number().int().positive(),
    seed: z.number().int(),
    /** Dutch sentence per CI_REASONS code, for the app to show in place of an interval. */
    ciReasons: z.record(z.enum(CI_REASONS), z.string()),
    /** Dutch sentence for cells withheld so that a suppressed cell cannot be recovered by subtraction. */
    secondarySuppression: z.string(),
  })
  .strict();

export const hotspotLevelSchema = z
  .object({
    level: z.enum(LEVELS),
    /** Gaps up to this many metres between two boundaries still count as a shared border. */
    toleranceMetres: z.number(),
    /** At least this much shared border makes two regions neighbours. */
    minSharedMetres: z.number(),
    regions: z.number().int().nonnegative(),
    /** Regions with geometry but no neighbour; they get no Gi*. */
    islands: z.array(z.string()),
  })
  .strict();

export const hotspotsSchema = z
  .object({
    /** Levels with geometry, whose Gi* columns are filled; other levels have them null. */
    levels: z.array(hotspotLevelSchema),
    /** Dutch: the neighbour rule and the correction, one sentence each. */
    method: z.string(),
  })
  .strict();

const coverageSchema = z.partialRecord(z.enum(LEVELS), z.number().int().nonnegative());

export const indicatorManifestSchema = z
  .object({
    id: z.enum(INDICATOR_IDS),
    label: z.string(),
    short: z.string(),
    explanation: z.string(),
    themes: z.array(z.enum(THEME_IDS)),
    unit: z.string(),
    decimals: z.number().int().nonnegative(),
    year: z.string(),
    direction: z.enum(DIRECTIONS),
    minPopulation: z.number().int().nonnegative(),
    kind: z.enum(['direct', 'proxy']),
    proxyFor: z.string().nullable(),
    betterData: z.string().nullable(),
    levels: z.array(
      z
        .object({
          level: z.enum(LEVELS),
          sourceIds: z.array(z.enum(SOURCE_IDS)),
          formula: z.string(),
          /** How the value is made: a rate (numerator / denominator × scale), a plain measure, or a sum of the level below. */
          kind: z.enum(['rate', 'measure', 'sum_of_children']),
          /** value = numerator / denominator × scale; null for a measure. */
          scale: z.number().positive().nullable(),
          numerator: z.string().nullable(),
          denominator: z.string().nullable(),
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
    /** How the value's interval is computed (columns `__lo`, `__hi`, `__ci_reason`); the pipeline always writes it, absent reads as 'none_no_sampling'. */
    uncertainty: z.enum(UNCERTAINTY_METHODS).optional(),
    /** The trends series with this indicator's value in other years (equal in the indicator's own year), for the map's year slider. */
    series: z.enum(SERIES_IDS).nullable().optional(),
  })
  .strict();

export const themeManifestSchema = z
  .object({
    id: z.enum(THEME_IDS),
    label: z.string(),
    explanation: z.string(),
    proxy: z.boolean(),
    proxyNote: z.string().nullable(),
    minWeightShare: z.number(),
    minIndicators: z.number().int().positive(),
    indicators: z.array(z.object({ id: z.enum(INDICATOR_IDS), weight: z.number().positive() }).strict()),
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
    /**
     * Where the inhabitants (column population) come from: every count of inhabitants the app shows traces here.
     * Optional: a data folder built before it still loads (its inhabitants then have no date).
     */
    population: z
      .object({
        sourceId: z.enum(SOURCE_IDS),
        /** The source's variable, as the source names it. */
        variable: z.string(),
        /** The day the count refers to (ISO date). */
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        /** Dutch: what is counted, how it is rounded, what a missing count means, and how aggregates are summed. */
        explanation: z.string(),
      })
      .strict()
      .optional(),
    sources: z.array(sourceSchema),
    levels: z.array(
      z
        .object({
          id: z.enum(LEVELS),
          label: z.string(),
          rows: z.number().int().nonnegative(),
          withGeometry: z.number().int().nonnegative(),
          geometryNote: z.string().nullable(),
          /** Where the level's map layer came from; null when the level has no map. */
          geometry: levelGeometrySchema.nullable().default(null),
        })
        .strict(),
    ),
    aggregates: z.array(z.object({ id: z.enum(AGGREGATES), label: z.string(), regions: z.number().int(), note: z.string() }).strict()),
    joins: z.array(
      z.object({ sourceId: z.enum(SOURCE_IDS), level: z.enum(LEVELS), matched: z.number().int(), unmatched: z.number().int(), rule: z.string() }).strict(),
    ),
    indicators: z.array(indicatorManifestSchema),
    themes: z.array(themeManifestSchema),
    trends: z.array(
      z
        .object({
          id: z.enum(SERIES_IDS),
          label: z.string(),
          unit: z.string(),
          sourceId: z.enum(SOURCE_IDS),
          years: z.array(z.number().int()),
          note: z.string(),
        })
        .strict(),
    ),
    uncertainty: uncertaintySchema,
    hotspots: hotspotsSchema,
    /** Inputs accepted with a caveat (English, one line each: file, what, how many); /methode lists them. */
    warnings: z.array(z.string()).default([]),
    files: z.array(publishedFileSchema),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type IndicatorManifest = z.infer<typeof indicatorManifestSchema>;
export type ThemeManifest = z.infer<typeof themeManifestSchema>;
export type PublishedFile = z.infer<typeof publishedFileSchema>;
export type SourceManifest = z.infer<typeof sourceSchema>;
