import { describe, expect, it } from 'vitest';
import { LEVELS, type Manifest } from '@atlas/contract';
import { INDICATORS } from '../../../indicators/catalog/indicators.ts';
import { SOURCES } from '../../../indicators/catalog/sources.ts';
import { THEMES } from '../../../indicators/catalog/themes.ts';
import type { IndicatorDefinition } from '../../../indicators/catalog/types.ts';
import {
  byMinimumPopulation,
  formulaParts,
  levelGaps,
  levelsWithoutThemeScores,
  methodIndicators,
  methodSources,
  missingThemeIndicators,
  type CatalogueInput,
} from './method-model.ts';

const catalogue: CatalogueInput = { indicators: INDICATORS, sources: SOURCES, themes: THEMES };
const definition = (id: string): IndicatorDefinition => (INDICATORS as readonly IndicatorDefinition[]).find((i) => i.id === id)!;

/** A build without the optional recreatiewoningen file, as the pipeline publishes it (only the fields used here). */
function fakeManifest(): Manifest {
  const indicators = (INDICATORS as readonly IndicatorDefinition[]).filter((d) => d.id !== 'recreatiewoningen');
  return {
    levels: LEVELS.map((id) => ({ id, label: id, rows: id === 'gemeente' ? 342 : 1000, withGeometry: 0, geometryNote: null })),
    sources: SOURCES.filter((s) => s.id !== 'recreatiewoningen').map((s) => ({ ...s, caveats: [...s.caveats], files: s.files.map((path) => ({ path, bytes: 1, sha256: '0'.repeat(64) })) })),
    indicators: indicators.map((d) => ({
      id: d.id,
      label: d.label,
      short: d.short,
      explanation: d.explanation,
      themes: [...d.themes],
      unit: d.unit,
      decimals: d.decimals,
      year: d.year,
      direction: d.direction,
      minPopulation: d.minPopulation,
      kind: d.kind,
      proxyFor: d.proxyFor ?? null,
      betterData: d.betterData ?? null,
      levels: LEVELS.flatMap((level) => (d.levels[level] ? [{ level, sourceIds: [...d.sources], formula: `formule ${level}`, columns: [], aggregatable: level === 'gemeente', note: null }] : [])),
      coverage: Object.fromEntries(LEVELS.filter((l) => d.levels[l]).map((l) => [l, 7])),
      national: null,
    })),
    themes: THEMES.map((th) => ({
      ...th,
      proxyNote: 'proxyNote' in th ? th.proxyNote : null,
      indicators: th.indicators.filter((r) => r.id !== 'recreatiewoningen').map((r) => ({ ...r })),
      coverage: {},
    })),
  } as unknown as Manifest;
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

describe('method page model', () => {
  const manifest = fakeManifest();
  const indicators = methodIndicators(manifest, catalogue);

  it('lists every catalogue indicator once: the published ones first, then those the build could not compute', () => {
    expect(indicators.map((i) => i.id).sort()).toEqual(INDICATORS.map((i) => i.id).sort());
    expect(indicators.at(-1)).toMatchObject({ id: 'recreatiewoningen', published: false });
    expect(indicators.filter((i) => !i.published)).toHaveLength(1);
  });

  it('keeps the manifest’s formula text and coverage, and adds the catalogue’s numerator and denominator', () => {
    const ind = indicators.find((i) => i.id === 'jongeren_15_24')!;
    const gemeente = ind.levels.find((l) => l.level === 'gemeente')!;
    expect(gemeente).toMatchObject({ formula: 'formule gemeente', coverage: 7, regions: 342, aggregatable: true, numerator: 'kwb_buurt.leeftijd_15_25' });
    expect(gemeente.sources.map((s) => s.id)).toEqual(['kwb2024']);
  });

  it('describes an unpublished indicator from the catalogue, with its source marked as missing', () => {
    const ind = indicators.find((i) => i.id === 'recreatiewoningen')!;
    expect(ind.levels.map((l) => l.level)).toEqual(['gemeente']);
    expect(ind.levels[0]).toMatchObject({ formula: null, coverage: null, scale: 1000, denominator: 'recreatiewoningen_gemeente.woningen' });
    expect(ind.levels[0]!.sources[0]).toMatchObject({ id: 'recreatiewoningen', published: false, files: ['vakantieparken/recreatiewoningen.csv'] });
    const sources = methodSources(manifest, catalogue);
    expect(sources.map((s) => s.id)).toEqual(SOURCES.map((s) => s.id));
    expect(sources.filter((s) => !s.published).map((s) => s.id)).toEqual(['recreatiewoningen']);
  });

  it('names the data that would complete a proxy theme, and the levels without theme scores', () => {
    const vakantieparken = manifest.themes.find((th) => th.id === 'vakantieparken')!;
    expect(missingThemeIndicators(vakantieparken, catalogue, indicators).map((i) => i.id)).toEqual(['recreatiewoningen']);
    // Only landelijkheid exists per buurt: fewer than the theme's two indicators.
    expect(levelsWithoutThemeScores(vakantieparken, indicators)).toEqual(['buurt']);
    const onrust = manifest.themes.find((th) => th.id === 'maatschappelijke_onrust')!;
    expect(levelsWithoutThemeScores(onrust, indicators)).toEqual([]);
  });

  it('groups indicators by minimum population and by the levels they are missing from', () => {
    const groups = byMinimumPopulation(indicators);
    expect(groups.map((g) => g.minimum)).toEqual([...groups.map((g) => g.minimum)].sort((a, b) => a - b));
    expect(groups.flatMap((g) => g.indicators)).toHaveLength(indicators.length);
    const gaps = levelGaps(indicators);
    const onlyWijk = gaps.find((g) => g.levels.join() === 'wijk')!;
    expect(onlyWijk.indicators.map((i) => i.id)).toContain('jeugdhulp');
    expect(gaps.flatMap((g) => g.indicators).some((i) => i.id === 'recreatiewoningen')).toBe(false);
  });
});
