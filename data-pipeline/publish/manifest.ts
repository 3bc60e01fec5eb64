/** The manifest's description of a build: what was built from which sources, levels, joins, indicators, themes. */
import { NO_ORIGIN_NOTE } from '../../indicators/catalog/principles.ts';
import { SERIES } from '../../indicators/catalog/series.ts';
import type { BuildCatalogue } from '../compute/build-catalogue.ts';
import type { IndicatorResult } from '../compute/indicator-values.ts';
import type { LevelHotspots } from '../compute/hotspots/level-hotspots.ts';
import type { LevelScores } from '../compute/scores.ts';
import { SIMILARITY_METHOD_NL } from '../compute/similar-gemeenten.ts';
import type { GeometryOutcome } from '../geometry/prepare-geometry.ts';
import type { JoinReport } from '../joins/match-other-year.ts';
import { POPULATION_FACTS, type RegionRegister } from '../regions/register.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { AGGREGATES, LEVELS, SERIES_IDS, type Level, type Manifest, type SeriesId } from '@atlas/contract';
import { indicatorFacts, manifestLevels } from './indicator-facts.ts';
import { hotspotFacts, uncertaintyFacts } from './uncertainty-facts.ts';

/**
 * The manifest without its list of files, which is complete only once everything else is written, and
 * without the build's warnings, which build.ts adds (they come from the checks, not from the description).
 */
export type BuildDescription = Omit<Manifest, 'files' | 'warnings'> & Partial<Pick<Manifest, 'warnings'>>;

export const DISCLAIMER =
  'Een score is een relatieve positie tussen gebieden van hetzelfde niveau: een signaal over een mogelijke voedingsbodem voor ondermijning, geen bewijs van criminaliteit en geen oordeel over de mensen die er wonen. De kaart toont een patroon, niet noodzakelijk een ongewenste afwijking.';

const LEVEL_LABEL: Record<Level, string> = { gemeente: 'Gemeenten', wijk: 'Wijken', buurt: 'Buurten' };

export interface ManifestInputs {
  now: Date;
  pipelineVersion: string;
  raw: RawFolder;
  register: RegionRegister;
  catalogue: BuildCatalogue;
  results: readonly IndicatorResult[];
  scored: Readonly<Record<Level, LevelScores>>;
  joins: readonly JoinReport[];
  geometry: GeometryOutcome;
  /** Years present per series in the trends table. */
  trendYears: Partial<Record<SeriesId, number[]>>;
  /** Levels with geometry whose neighbours and Gi* were computed. */
  hotspots: readonly LevelHotspots[];
}

export function describeBuild(m: ManifestInputs): BuildDescription {
  const aggregateCount = (key: 'provincieCode' | 'veiligheidsregioCode' | 'politieEenheidCode') => new Set(m.register.byLevel.gemeente.map((g) => g[key])).size;
  return {
    schemaVersion: 1,
    pipelineVersion: m.pipelineVersion,
    builtAt: m.now.toISOString(),
    boundaryYear: 2024,
    disclaimer: DISCLAIMER,
    similarityMethod: SIMILARITY_METHOD_NL,
    regionNotes: [
      'De gebiedsindeling is die van 2024 (CBS, Kerncijfers wijken en buurten 2024): 342 gemeenten, 3.393 wijken en 14.574 buurten.',
      'Wijken die alleen uit water bestaan en de pseudo-gemeente Buitenland (GM0998) staan niet in de CBS-lijst van 2024; ze hebben geen inwoners en geen cijfers en zijn weggelaten, ook van de kaart.',
      'Amsterdam gebruikt wijk- en buurtcodes met letters (bijv. WK0363AA); die volgen de CBS-lijst.',
      'De RIEC-regio’s vallen samen met de tien regionale eenheden van de politie; de atlas toont ze als “politie-eenheid / RIEC-regio”.',
      NO_ORIGIN_NOTE,
      ...m.geometry.notes,
    ],
    population: POPULATION_FACTS,
    sources: m.catalogue.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      tableId: s.tableId,
      referenceYear: s.referenceYear,
      regionLayout: s.regionLayout,
      licence: s.licence,
      attribution: s.attribution,
      url: s.url,
      caveats: [...s.caveats],
      files: m.raw.filesUnder(s.files),
    })),
    levels: LEVELS.map((level) => ({
      id: level,
      label: LEVEL_LABEL[level],
      rows: m.register.byLevel[level].length,
      withGeometry: m.geometry.codes[level].size,
      geometryNote: m.geometry.missingLevels.includes(level)
        ? 'Er zijn geen buurtgrenzen in de gebruikte gegevens; buurten staan in de tabel en in het profiel van hun wijk. De kaart verschijnt zodra een buurtgrenzenbestand aanwezig is.'
        : m.geometry.layers[level]?.approximate
          ? 'Buurtgrenzen bij benadering: afgeleid van per gemeente gegeneraliseerde kaarten; grenzen kunnen tientallen meters afwijken, tot ongeveer 100 m.'
          : null,
      geometry: m.geometry.layers[level],
    })),
    aggregates: AGGREGATES.map((id) => ({
      id,
      label: { politie_eenheid: 'Politie-eenheid / RIEC-regio', veiligheidsregio: 'Veiligheidsregio', provincie: 'Provincie' }[id],
      regions: aggregateCount(({ politie_eenheid: 'politieEenheidCode', veiligheidsregio: 'veiligheidsregioCode', provincie: 'provincieCode' } as const)[id]),
      note:
        id === 'politie_eenheid'
          ? 'Samengesteld uit gemeenten; de tien regionale eenheden van de politie vallen samen met de RIEC-regio’s. Cijfers worden uit tellers en noemers berekend, nooit als gemiddelde van percentages.'
          : 'Samengesteld uit gemeenten; cijfers worden uit tellers en noemers berekend, nooit als gemiddelde van percentages.',
    })),
    joins: m.joins.map((j) => ({ sourceId: j.sourceId, level: j.level, matched: j.matched, unmatched: j.unmatched, rule: j.rule })),
    indicators: m.catalogue.indicators.map((indicator) => {
      const result = m.results.find((r) => r.id === indicator.id);
      if (!result) throw new Error(`indicator ${indicator.id} is in the build's catalogue but was not computed`);
      return {
        ...indicatorFacts(indicator),
        series: indicator.series ?? null,
        levels: manifestLevels(indicator),
        coverage: Object.fromEntries(
          LEVELS.flatMap((l) => {
            const cells = result.levels[l];
            return cells ? [[l, [...cells.values()].filter((c) => c.value !== null).length]] : [];
          }),
        ),
        national: result.national,
      };
    }),
    themes: m.catalogue.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      explanation: theme.explanation,
      proxy: theme.proxy,
      proxyNote: theme.proxyNote ?? null,
      minWeightShare: theme.minWeightShare,
      minIndicators: theme.minIndicators,
      indicators: theme.indicators.map((i) => ({ id: i.id, weight: i.weight })),
      coverage: Object.fromEntries(LEVELS.map((l) => [l, [...(m.scored[l].themes.get(theme.id)?.values() ?? [])].filter((c) => c.score !== null).length])),
    })),
    trends: SERIES_IDS.map((id) => ({ id, ...SERIES[id], years: m.trendYears[id] ?? [] })),
    uncertainty: uncertaintyFacts(),
    hotspots: hotspotFacts(m.hotspots),
  };
}
