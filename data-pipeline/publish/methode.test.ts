import { describe, expect, it } from 'vitest';
import { LEVELS, methodeSchema } from '@atlas/contract';
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import { SOURCES } from '../../indicators/catalog/sources.ts';
import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import { FULL_CATALOGUE, buildCatalogue } from '../compute/build-catalogue.ts';
import { POPULATION_FACTS } from '../regions/register.ts';
import { formulaParts, indicatorFacts, manifestLevels } from './indicator-facts.ts';
import type { BuildDescription } from './manifest.ts';
import { buildMethode } from './methode.ts';
import { hotspotFacts, uncertaintyFacts } from './uncertainty-facts.ts';

const definition = (id: string): IndicatorDefinition => {
  const found = (INDICATORS as readonly IndicatorDefinition[]).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

/** What a build without the optional recreatiewoningen file describes (counts made up, shapes as the pipeline writes them). */
function buildWithoutRecreatie(): BuildDescription {
  const catalogue = buildCatalogue(null);
  return {
    schemaVersion: 1,
    pipelineVersion: 'test',
    builtAt: '2024-01-01T00:00:00.000Z',
    boundaryYear: 2024,
    disclaimer: '',
    similarityMethod: '',
    regionNotes: [],
    population: POPULATION_FACTS,
    levels: LEVELS.map((id) => ({ id, label: id, rows: id === 'gemeente' ? 342 : 1000, withGeometry: 0, geometryNote: null, geometry: null })),
    aggregates: [],
    joins: [],
    trends: [],
    uncertainty: uncertaintyFacts(),
    hotspots: hotspotFacts([]),
    sources: catalogue.sources.map(({ optional: _optional, ...s }) => ({
      ...s,
      caveats: [...s.caveats],
      files: s.files.map((path) => ({ path, bytes: 1, sha256: '0'.repeat(64) })),
    })),
    indicators: catalogue.indicators.map((d) => ({
      ...indicatorFacts(d),
      levels: manifestLevels(d),
      coverage: Object.fromEntries(LEVELS.filter((l) => d.levels[l]).map((l) => [l, 7])),
      national: null,
    })),
    themes: catalogue.themes.map((th) => ({
      id: th.id,
      label: th.label,
      explanation: th.explanation,
      proxy: th.proxy,
      proxyNote: th.proxyNote ?? null,
      minWeightShare: th.minWeightShare,
      minIndicators: th.minIndicators,
      indicators: th.indicators.map((r) => ({ ...r })),
      coverage: { gemeente: 300 },
    })),
  };
}

describe('formula parts', () => {
  it('splits a rate into numerator, denominator and factor', () => {
    expect(formulaParts(definition('vermogensmisdrijven'), 'buurt')).toMatchObject({
      numerator: 'misdrijven_categorie_buurt_2024.vermogensmisdrijven',
      denominator: 'kwb_buurt.inwoners',
      scale: 1000,
      summedFrom: null,
    });
  });

  it('takes a sum of children’s numerator and denominator from the child level, with its coverage rule', () => {
    expect(formulaParts(definition('jongeren_15_24'), 'gemeente')).toMatchObject({
      numerator: 'kwb_buurt.leeftijd_15_25',
      denominator: 'kwb_buurt.inwoners_subset',
      summedFrom: 'buurt',
      minCoverage: 0.99,
    });
  });

  it('gives a measure its value expression and no numerator, and a missing level nothing', () => {
    expect(formulaParts(definition('landelijkheid'), 'wijk')).toMatchObject({ value: 'wbk2022_wijk.stedelijkheid', numerator: null, denominator: null });
    expect(formulaParts(definition('opkomst_tk2023'), 'buurt')).toMatchObject({ numerator: null, value: null, summedFrom: null });
  });
});

describe('methode.json', () => {
  const methode = methodeSchema.parse(buildMethode(buildWithoutRecreatie(), FULL_CATALOGUE));
  const indicator = (id: string) => {
    const found = methode.indicators.find((i) => i.id === id);
    if (!found) throw new Error(`no indicator ${id} in methode.json`);
    return found;
  };

  it('lists every catalogue indicator once: the published ones first, then those the build could not compute', () => {
    expect(methode.indicators.map((i) => i.id).sort()).toEqual(INDICATORS.map((i) => i.id).sort());
    expect(methode.indicators.slice(-4)).toMatchObject([
      { id: 'recreatiewoningen', published: false },
      { id: 'verblijfsrecreatie', published: false },
      { id: 'vakantiepark_inschrijvingen', published: false },
      { id: 'recreatie_objecten_bewoond', published: false },
    ]);
    expect(methode.indicators.filter((i) => !i.published)).toHaveLength(4);
    expect(methode.gaps.unpublished).toEqual(['recreatiewoningen', 'verblijfsrecreatie', 'vakantiepark_inschrijvingen', 'recreatie_objecten_bewoond']);
  });

  it('keeps the manifest’s formula text and coverage, and adds the catalogue’s numerator and denominator', () => {
    const gemeente = indicator('jongeren_15_24').levels.find((l) => l.level === 'gemeente');
    expect(gemeente).toMatchObject({ coverage: 7, regions: 342, aggregatable: true, numerator: 'kwb_buurt.leeftijd_15_25', sourceIds: ['kwb2024'] });
    expect(gemeente?.formula).toContain('Σ teller / Σ noemer over de buurten');
  });

  it('describes an unpublished indicator from the catalogue, with its source marked as missing', () => {
    const recreatie = indicator('recreatiewoningen');
    expect(recreatie.levels.map((l) => l.level)).toEqual(['gemeente']);
    expect(recreatie.levels[0]).toMatchObject({
      formula: null,
      coverage: null,
      scale: 1000,
      denominator: 'recreatiewoningen_gemeente.woningen',
      sourceIds: ['recreatiewoningen'],
    });
    expect(methode.sources.map((s) => s.id)).toEqual(SOURCES.map((s) => s.id));
    expect(methode.sources.filter((s) => !s.published)).toEqual([
      expect.objectContaining({ id: 'recreatiewoningen', files: ['vakantieparken/recreatiewoningen.csv'] }),
      expect.objectContaining({ id: 'cbs_bodemgebruik_70262', files: ['vakantieparken/70262NED_bodemgebruik.csv'] }),
      expect.objectContaining({ id: 'cbs_maatwerk_2021_38', files: ['vakantieparken/maatwerk-2021-38_inschrijvingen_vakantieparken.csv'] }),
      expect.objectContaining({ id: 'cbs_maatwerk_2024_17', files: ['vakantieparken/maatwerk-2024-17_bewoning_recreatie_objecten.csv'] }),
    ]);
  });

  it('gives each theme its members’ weight shares, the data that would complete it and the levels without scores', () => {
    const vakantieparken = methode.themes.find((th) => th.id === 'vakantieparken');
    expect(vakantieparken?.members.map((m) => [m.id, m.share])).toEqual([
      ['landelijkheid', 1 / 4.5],
      ['ruimte_per_inwoner', 1 / 4.5],
      ['water_aandeel', 0.5 / 4.5],
      ['onbewoonde_woningen', 1 / 4.5],
      ['misdrijven_landelijk', 1 / 4.5],
    ]);
    expect(vakantieparken?.missing).toEqual(['recreatiewoningen', 'verblijfsrecreatie', 'vakantiepark_inschrijvingen', 'recreatie_objecten_bewoond']);
    // Landelijkheid and misdrijven in landelijke buurten exist per buurt: the theme's two indicators.
    expect(vakantieparken?.levelsWithoutScores).toEqual([]);
    expect(vakantieparken?.coverage[0]).toEqual({ level: 'gemeente', scored: 300, regions: 342 });
    expect(methode.themes.find((th) => th.id === 'maatschappelijke_onrust')?.levelsWithoutScores).toEqual([]);
  });

  it('groups published indicators by minimum population and by the levels they are missing from', () => {
    const groups = methode.privacy.minimumGroups;
    expect(groups.map((g) => g.minimum)).toEqual([...groups.map((g) => g.minimum)].sort((a, b) => a - b));
    expect(groups.flatMap((g) => g.indicators)).toHaveLength(methode.indicators.filter((i) => i.published).length);
    const onlyWijk = methode.gaps.levels.find((g) => g.levels.join() === 'wijk');
    expect(onlyWijk?.indicators).toContain('jeugdhulp');
    expect(methode.gaps.levels.flatMap((g) => g.indicators)).not.toContain('recreatiewoningen');
  });

  it('works the scoring examples with the scoring code: ties share a rank, a missing weight can sink the score', () => {
    expect(methode.scoring.percentile).toEqual({ values: [3, 5, 5, 8], ranks: [0, 50, 50, 100] });
    expect(methode.scoring.theme).toMatchObject({ weightShare: 0.75, withoutSecond: { score: null, weightShare: 0.5 } });
    expect(methode.scoring.theme.score).toBeCloseTo(66.667, 3);
    expect(methode.scoring.z.z.map((z) => z?.toFixed(2))).toEqual(['-0.61', '0.61', '1.84']);
    expect(methode.scoring.minWeightShares).toEqual([2 / 3]);
  });
});
