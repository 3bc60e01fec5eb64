/**
 * What /methode shows, derived from the two places the facts live: the manifest (what this build published —
 * levels, coverage, joins, sources, notes) and the indicator catalogue (the definitions, with numerator and
 * denominator as separate expressions). Nothing here is prose; the page only arranges these facts.
 */
import { LEVELS, type IndicatorManifest, type Level, type Manifest, type SourceManifest, type ThemeManifest } from '@atlas/contract';
import type { IndicatorDefinition, LevelFormula, SourceDefinition, ThemeDefinition } from '../../../indicators/catalog/types.ts';

export interface CatalogueInput {
  indicators: readonly IndicatorDefinition[];
  sources: readonly SourceDefinition[];
  themes: readonly ThemeDefinition[];
}

/** A source as a line on the page (the manifest's, or the catalogue's for a source this build lacks). */
export type SourceInfo = Pick<SourceManifest, 'id' | 'title' | 'publisher' | 'tableId' | 'referenceYear' | 'licence' | 'url' | 'attribution' | 'regionLayout' | 'caveats'> & {
  /** Files the pipeline reads (catalogue) — shown for sources that are missing from this build. */
  files: readonly string[];
  published: boolean;
};

export interface FormulaParts {
  /** Rate: value = numerator / denominator × scale. */
  numerator: string | null;
  denominator: string | null;
  scale: number | null;
  /** Measure: the value expression itself. */
  value: string | null;
  /** Sum of the level below: Σ numerator / Σ denominator over these regions, if they cover this share. */
  summedFrom: Level | null;
  minCoverage: number | null;
}

export interface MethodLevel extends FormulaParts {
  level: Level;
  /** The formula line as published in the manifest (null for an indicator this build lacks). */
  formula: string | null;
  note: string | null;
  aggregatable: boolean | null;
  sources: SourceInfo[];
  /** Regions with a value, and regions on the level. */
  coverage: number | null;
  regions: number | null;
}

export interface MethodIndicator {
  id: string;
  label: string;
  short: string;
  explanation: string;
  themes: string[];
  unit: string;
  year: string;
  decimals: number;
  direction: IndicatorManifest['direction'];
  minPopulation: number;
  kind: IndicatorManifest['kind'];
  proxyFor: string | null;
  betterData: string | null;
  national: number | null;
  /** False for a catalogue indicator whose data this build did not have. */
  published: boolean;
  levels: MethodLevel[];
}

const EMPTY_PARTS: FormulaParts = { numerator: null, denominator: null, scale: null, value: null, summedFrom: null, minCoverage: null };

/** Numerator and denominator of an indicator on a level; a sum of children takes them from the child level. */
export function formulaParts(definition: IndicatorDefinition | undefined, level: Level): FormulaParts {
  const formula: LevelFormula | undefined = definition?.levels[level];
  if (!formula) return EMPTY_PARTS;
  switch (formula.kind) {
    case 'rate':
      return { ...EMPTY_PARTS, numerator: formula.numerator, denominator: formula.denominator, scale: formula.scale };
    case 'measure':
      return { ...EMPTY_PARTS, value: formula.value };
    case 'sum_of_children': {
      const child = formulaParts(definition, formula.from);
      return { ...child, summedFrom: formula.from, minCoverage: formula.minCoverage };
    }
  }
}

export function methodSources(manifest: Manifest, catalogue: CatalogueInput): SourceInfo[] {
  const published = manifest.sources.map((s): SourceInfo => ({ ...s, files: s.files.map((f) => f.path), published: true }));
  const missing = catalogue.sources
    .filter((s) => !manifest.sources.some((m) => m.id === s.id))
    .map((s): SourceInfo => ({ ...s, caveats: [...s.caveats], files: [...s.files], published: false }));
  return [...published, ...missing];
}

/** Every indicator: the manifest's in its order, then catalogue indicators this build could not compute. */
export function methodIndicators(manifest: Manifest, catalogue: CatalogueInput): MethodIndicator[] {
  const sources = new Map(methodSources(manifest, catalogue).map((s) => [s.id, s]));
  const sourcesOf = (ids: readonly string[]): SourceInfo[] => [...new Set(ids)].flatMap((id) => sources.get(id as never) ?? []);
  const regions = (level: Level): number | null => manifest.levels.find((l) => l.id === level)?.rows ?? null;
  const definitions = new Map(catalogue.indicators.map((d) => [d.id, d]));

  const published = manifest.indicators.map((ind): MethodIndicator => {
    const definition = definitions.get(ind.id);
    return {
      ...ind,
      themes: [...ind.themes],
      published: true,
      levels: LEVELS.flatMap((level) => {
        const info = ind.levels.find((l) => l.level === level);
        if (!info) return [];
        return [
          {
            ...formulaParts(definition, level),
            level,
            formula: info.formula,
            note: info.note,
            aggregatable: info.aggregatable,
            sources: sourcesOf(info.sourceIds),
            coverage: ind.coverage[level] ?? 0,
            regions: regions(level),
          },
        ];
      }),
    };
  });

  const unpublished = catalogue.indicators
    .filter((d) => !manifest.indicators.some((m) => m.id === d.id))
    .map(
      (d): MethodIndicator => ({
        id: d.id,
        label: d.label,
        short: d.short,
        explanation: d.explanation,
        themes: [...d.themes],
        unit: d.unit,
        year: d.year,
        decimals: d.decimals,
        direction: d.direction,
        minPopulation: d.minPopulation,
        kind: d.kind,
        proxyFor: d.proxyFor ?? null,
        betterData: d.betterData ?? null,
        national: null,
        published: false,
        levels: LEVELS.flatMap((level) => {
          const formula = d.levels[level];
          if (!formula) return [];
          return [
            {
              ...formulaParts(d, level),
              level,
              formula: null,
              note: formula.note ?? null,
              aggregatable: null,
              sources: sourcesOf(d.sources),
              coverage: null,
              regions: regions(level),
            },
          ];
        }),
      }),
    );
  return [...published, ...unpublished];
}

/** Per theme: the levels that get no scores because fewer than `minIndicators` of its indicators exist there. */
export function levelsWithoutThemeScores(theme: ThemeManifest, indicators: readonly MethodIndicator[]): Level[] {
  return LEVELS.filter((level) => {
    const onLevel = theme.indicators.filter((ref) => indicators.some((i) => i.id === ref.id && i.published && i.levels.some((l) => l.level === level)));
    return onLevel.length < theme.minIndicators;
  });
}

/** The catalogue's theme members that this build does not have: the data that would complete the theme. */
export function missingThemeIndicators(theme: ThemeManifest, catalogue: CatalogueInput, indicators: readonly MethodIndicator[]): MethodIndicator[] {
  const definition = catalogue.themes.find((t) => t.id === theme.id);
  if (!definition) return [];
  return definition.indicators.flatMap((ref) => indicators.filter((i) => i.id === ref.id && !i.published));
}

/** Indicators grouped by their minimum population, smallest minimum first (0 = no minimum). */
export function byMinimumPopulation(indicators: readonly MethodIndicator[]): { minimum: number; indicators: MethodIndicator[] }[] {
  const groups = new Map<number, MethodIndicator[]>();
  for (const i of indicators) groups.set(i.minPopulation, [...(groups.get(i.minPopulation) ?? []), i]);
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([minimum, list]) => ({ minimum, indicators: list }));
}

/** Levels an indicator is absent from, for the list of known gaps ("only per wijk: …"). */
export function levelGaps(indicators: readonly MethodIndicator[]): { levels: Level[]; indicators: MethodIndicator[] }[] {
  const groups = new Map<string, { levels: Level[]; indicators: MethodIndicator[] }>();
  for (const i of indicators) {
    if (!i.published) continue;
    const levels = i.levels.map((l) => l.level);
    if (levels.length === LEVELS.length) continue;
    const key = levels.join(',');
    const group = groups.get(key) ?? { levels, indicators: [] };
    group.indicators.push(i);
    groups.set(key, group);
  }
  return [...groups.values()];
}
