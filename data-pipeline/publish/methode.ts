/**
 * methode.json from the two places the facts live: the build's description (what was published, with coverage
 * and formula lines) and the whole catalogue (definitions with numerator and denominator as separate
 * expressions, and what this build could not compute). Nothing here is prose; /methode only arranges it.
 */
import {
  LEVELS,
  MISSING_REASONS,
  dataFile,
  methodeSchema,
  type IndicatorId,
  type Level,
  type Methode,
  type MethodIndicator,
  type MethodSource,
  type MethodTheme,
} from '@atlas/contract';
import type { BuildCatalogue } from '../compute/build-catalogue.ts';
import { formulaParts, indicatorFacts } from './indicator-facts.ts';
import type { BuildDescription } from './manifest.ts';
import { scoringExamples } from './scoring-examples.ts';
import { methodUncertainty, type UncertaintyEvidence } from './uncertainty-examples.ts';
import { publishedJson, type OutputFolder } from './output-folder.ts';

/** The published sources in the manifest's order, then the catalogue's sources this build lacked. */
export function methodSources(build: BuildDescription, catalogue: BuildCatalogue): MethodSource[] {
  const published = build.sources.map((s): MethodSource => ({ ...s, files: s.files.map((f) => f.path), published: true }));
  const missing = catalogue.sources
    .filter((s) => !build.sources.some((m) => m.id === s.id))
    .map(({ optional: _optional, ...s }): MethodSource => ({ ...s, caveats: [...s.caveats], files: [...s.files], published: false }));
  return [...published, ...missing];
}

/** Every indicator: the manifest's in its order, then catalogue indicators this build could not compute. */
export function methodIndicators(build: BuildDescription, catalogue: BuildCatalogue): MethodIndicator[] {
  const regions = (level: Level): number => build.levels.find((l) => l.id === level)?.rows ?? 0;
  const definitions = new Map(catalogue.indicators.map((d) => [d.id, d]));

  const published = build.indicators.map(({ coverage, levels, ...ind }): MethodIndicator => {
    const definition = definitions.get(ind.id);
    if (!definition) throw new Error(`indicator ${ind.id} is published but not in the catalogue`);
    return {
      ...ind,
      published: true,
      levels: levels.map((info) => ({
        level: info.level,
        formula: info.formula,
        note: info.note,
        aggregatable: info.aggregatable,
        sourceIds: [...new Set(info.sourceIds)],
        ...formulaParts(definition, info.level),
        coverage: coverage[info.level] ?? 0,
        regions: regions(info.level),
      })),
    };
  });

  const unpublished = catalogue.indicators
    .filter((d) => !build.indicators.some((m) => m.id === d.id))
    .map((d): MethodIndicator => ({
      ...indicatorFacts(d),
      national: null,
      published: false,
      levels: LEVELS.flatMap((level) => {
        const formula = d.levels[level];
        if (!formula) return [];
        return [
          {
            level,
            formula: null,
            note: formula.note ?? null,
            aggregatable: null,
            sourceIds: [...new Set(d.sources)],
            ...formulaParts(d, level),
            coverage: null,
            regions: regions(level),
          },
        ];
      }),
    }));
  return [...published, ...unpublished];
}

/** Per theme: its published members with their weight shares, coverage, the levels without scores and the members this build lacks. */
export function methodThemes(build: BuildDescription, catalogue: BuildCatalogue, indicators: readonly MethodIndicator[]): MethodTheme[] {
  const publishedOn = (id: IndicatorId, level: Level) => indicators.some((i) => i.id === id && i.published && i.levels.some((l) => l.level === level));
  return build.themes.map(({ indicators: refs, coverage, ...theme }): MethodTheme => {
    const members = refs.filter((ref) => indicators.some((i) => i.id === ref.id && i.published));
    const total = members.reduce((sum, m) => sum + m.weight, 0);
    const definition = catalogue.themes.find((t) => t.id === theme.id);
    return {
      ...theme,
      members: members.map((m) => ({ id: m.id, weight: m.weight, share: total > 0 ? m.weight / total : 0 })),
      coverage: build.levels.map((l) => ({ level: l.id, scored: coverage[l.id] ?? 0, regions: l.rows })),
      levelsWithoutScores: LEVELS.filter((level) => refs.filter((ref) => publishedOn(ref.id, level)).length < theme.minIndicators),
      missing: (definition?.indicators ?? []).flatMap((ref) => indicators.filter((i) => i.id === ref.id && !i.published).map((i) => i.id)),
    };
  });
}

/** Published indicators grouped by their minimum population, smallest minimum first (0 = no minimum). */
export function byMinimumPopulation(indicators: readonly MethodIndicator[]): Methode['privacy']['minimumGroups'] {
  const groups = new Map<number, IndicatorId[]>();
  for (const i of indicators) if (i.published) groups.set(i.minPopulation, [...(groups.get(i.minPopulation) ?? []), i.id]);
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([minimum, ids]) => ({ minimum, indicators: ids }));
}

/** Published indicators absent from some level, grouped by the levels they do have ("only per wijk: …"). */
export function levelGaps(indicators: readonly MethodIndicator[]): Methode['gaps']['levels'] {
  const groups = new Map<string, { levels: Level[]; indicators: IndicatorId[] }>();
  for (const i of indicators) {
    if (!i.published) continue;
    const levels = i.levels.map((l) => l.level);
    if (levels.length === LEVELS.length) continue;
    const key = levels.join(',');
    const group = groups.get(key) ?? { levels, indicators: [] };
    group.indicators.push(i.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function buildMethode(build: BuildDescription, catalogue: BuildCatalogue, evidence: UncertaintyEvidence | null = null): Methode {
  const indicators = methodIndicators(build, catalogue);
  return {
    schemaVersion: 1,
    indicators,
    sources: methodSources(build, catalogue),
    themes: methodThemes(build, catalogue, indicators),
    scoring: scoringExamples(build.themes),
    privacy: { minimumGroups: byMinimumPopulation(indicators), missingReasons: [...MISSING_REASONS] },
    uncertainty: evidence ? methodUncertainty(build, evidence) : null,
    gaps: { levels: levelGaps(indicators), unpublished: indicators.filter((i) => !i.published).map((i) => i.id) },
  };
}

/** methode.json, checked against the contract's schema and listed like every other published file. */
export async function writeMethode(out: OutputFolder, build: BuildDescription, catalogue: BuildCatalogue, evidence: UncertaintyEvidence): Promise<Methode> {
  const methode = methodeSchema.parse(buildMethode(build, catalogue, evidence));
  await out.write(dataFile.methode, publishedJson(methode), 'methode');
  return methode;
}
