/**
 * methode.json: what /methode explains beyond the manifest's record of the build. It describes the whole
 * catalogue — also indicators and sources this build could not compute — with formula parts per level,
 * theme membership and rules, the privacy and gap groupings, and worked scoring examples computed by the
 * same scoring code as the data. The pipeline derives it from the manifest and the catalogue; the app only
 * arranges it. Build facts (levels, joins, aggregates, files, notes) stay in the manifest.
 */
import { z } from './zod.ts';
import { INDICATOR_IDS, SOURCE_IDS, UNCERTAINTY_METHODS } from './ids.ts';
import { LEVELS } from './levels.ts';
import { indicatorManifestSchema, sourceSchema, themeManifestSchema } from './manifest.ts';
import { MISSING_REASONS } from './missing.ts';

const level = z.enum(LEVELS);
const indicatorId = z.enum(INDICATOR_IDS);
const count = z.number().int().nonnegative();

export const methodSourceSchema = sourceSchema
  .omit({ files: true })
  .extend({
    /** Paths in the raw folder the pipeline reads for this source. */
    files: z.array(z.string()),
    /** False for a catalogue source whose files this build did not have. */
    published: z.boolean(),
  })
  .strict();

export const methodLevelSchema = z
  .object({
    level,
    /** The manifest's one-line formula; null for an indicator this build did not publish. */
    formula: z.string().nullable(),
    note: z.string().nullable(),
    /** Whether gemeente values may be summed to aggregates; null when not published. */
    aggregatable: z.boolean().nullable(),
    sourceIds: z.array(z.enum(SOURCE_IDS)),
    /** Rate: value = numerator / denominator × scale. */
    numerator: z.string().nullable(),
    denominator: z.string().nullable(),
    scale: z.number().positive().nullable(),
    /** Measure: the value expression itself. */
    value: z.string().nullable(),
    /** Sum of the level below: Σ numerator / Σ denominator over those regions, if they cover minCoverage of the inhabitants. */
    summedFrom: level.nullable(),
    minCoverage: z.number().nullable(),
    /** Regions with a value (null when not published), of `regions` on the level. */
    coverage: count.nullable(),
    regions: count,
  })
  .strict();

export const methodIndicatorSchema = indicatorManifestSchema
  .omit({ levels: true, coverage: true })
  .extend({
    /** False for a catalogue indicator whose data this build did not have. */
    published: z.boolean(),
    levels: z.array(methodLevelSchema),
  })
  .strict();

export const methodThemeSchema = themeManifestSchema
  .omit({ indicators: true, coverage: true })
  .extend({
    /** The published members in the theme's order, each with its share of their total weight. */
    members: z.array(z.object({ id: indicatorId, weight: z.number().positive(), share: z.number() }).strict()),
    coverage: z.array(z.object({ level, scored: count, regions: count }).strict()),
    /** Levels with fewer than minIndicators published members, which therefore get no theme score. */
    levelsWithoutScores: z.array(level),
    /** Catalogue members this build could not compute: the data that would complete the theme. */
    missing: z.array(indicatorId),
  })
  .strict();

const nullableNumbers = z.array(z.number().nullable());

/** Worked examples; every output was computed by @atlas/maths from the inputs next to it. */
export const scoringExamplesSchema = z
  .object({
    percentile: z.object({ values: z.array(z.number()), ranks: nullableNumbers }).strict(),
    theme: z
      .object({
        minWeightShare: z.number(),
        parts: z.array(z.object({ percentile: z.number().nullable(), weight: z.number().positive() }).strict()),
        score: z.number().nullable(),
        weightShare: z.number(),
        /** The same parts with the second percentile missing. */
        withoutSecond: z.object({ score: z.number().nullable(), weightShare: z.number() }).strict(),
      })
      .strict(),
    z: z.object({ values: z.array(z.number()), reference: z.number(), z: nullableNumbers }).strict(),
    /** The distinct theme rules, for the sentence that states them. */
    minWeightShares: z.array(z.number()),
    minIndicators: z.array(z.number().int().positive()),
  })
  .strict();

/**
 * Intervals, smoothing, significance and hotspots on /methode: Dutch sentences with the build's own numbers, the
 * indicators per uncertainty method, and two worked examples taken from the real build (null in a build that
 * lacks the data for them, e.g. no wijk geometry).
 */
export const methodUncertaintySchema = z
  .object({
    defaultScores: z.enum(['raw', 'smoothed']),
    draws: z.number().int().positive(),
    /** One Dutch paragraph each. */
    sentences: z
      .object({
        intervals: z.string(),
        smoothing: z.string(),
        ranks: z.string(),
        significance: z.string(),
        hotspots: z.string(),
        privacy: z.string(),
      })
      .strict(),
    methods: z.array(z.object({ method: z.enum(UNCERTAINTY_METHODS), indicators: z.array(indicatorId) }).strict()),
    /** A small real buurt: raw value against its smoothed value (both in the indicator's unit). */
    smoothingExample: z
      .object({
        indicator: indicatorId,
        level,
        code: z.string(),
        name: z.string(),
        count: z.number(),
        denominator: z.number(),
        value: z.number(),
        lo: z.number(),
        hi: z.number(),
        smoothed: z.number(),
        /** Weight of the buurt's own rate (C); 1 − C goes to the level mean. */
        weight: z.number(),
        levelMean: z.number(),
        percentile: z.number().nullable(),
        percentileSmoothed: z.number().nullable(),
        percentileLo: z.number().nullable(),
        percentileHi: z.number().nullable(),
      })
      .strict()
      .nullable(),
    /** The strongest hotspot of an indicator at wijk level, with every term of its Gi*. */
    hotspotExample: z
      .object({
        indicator: indicatorId,
        level,
        code: z.string(),
        name: z.string(),
        value: z.number(),
        neighbours: z.array(z.string()),
        /** Regions of the level with a value, their mean and (population) sd. */
        n: count,
        mean: z.number(),
        sd: z.number(),
        /** Σ of the values of the region and its neighbours with a value, and how many those are (W). */
        localSum: z.number(),
        weight: count,
        z: z.number(),
        p: z.number(),
        q: z.number(),
        hotspotClass: z.string(),
      })
      .strict()
      .nullable(),
    neighbourRules: z.array(z.object({ level, toleranceMetres: z.number(), minSharedMetres: z.number(), regions: count, islands: count }).strict()),
  })
  .strict();

export const methodeSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** The published indicators in the manifest's order, then those this build could not compute. */
    indicators: z.array(methodIndicatorSchema),
    /** The published sources in the manifest's order, then those whose files were absent. */
    sources: z.array(methodSourceSchema),
    themes: z.array(methodThemeSchema),
    scoring: scoringExamplesSchema,
    privacy: z
      .object({
        /** Published indicators grouped by minimum population, smallest first (0 = no minimum). */
        minimumGroups: z.array(z.object({ minimum: count, indicators: z.array(indicatorId) }).strict()),
        /** Every reason a published value may be missing for. */
        missingReasons: z.array(z.enum(MISSING_REASONS)),
      })
      .strict(),
    /** Null only in a build made without the uncertainty stage (unit tests of this file's other parts). */
    uncertainty: methodUncertaintySchema.nullable(),
    /** Published indicators absent from some levels, grouped by the levels they do have; and the unpublished ones. */
    gaps: z
      .object({
        levels: z.array(z.object({ levels: z.array(level), indicators: z.array(indicatorId) }).strict()),
        unpublished: z.array(indicatorId),
      })
      .strict(),
  })
  .strict();

export type Methode = z.infer<typeof methodeSchema>;
export type MethodIndicator = z.infer<typeof methodIndicatorSchema>;
export type MethodLevel = z.infer<typeof methodLevelSchema>;
export type MethodSource = z.infer<typeof methodSourceSchema>;
export type MethodTheme = z.infer<typeof methodThemeSchema>;
export type ScoringExamples = z.infer<typeof scoringExamplesSchema>;
export type MethodUncertainty = z.infer<typeof methodUncertaintySchema>;
