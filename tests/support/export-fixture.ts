/**
 * A small manifest and table for the export unit tests: one theme with a %-indicator on every level, a
 * lower-is-risk proxy that only exists on wijk level, and rows with missing values for several reasons.
 */
import type { IndicatorManifest, Manifest, SourceId, ThemeManifest } from '@atlas/contract';
import type { SqlRow } from '../../web/src/data/duckdb/connector.ts';
import { Catalogue } from '../../web/src/data/manifest.ts';

/** An indicator manifest with the fixture's defaults; tests override only what they are about. */
export const indicator = (over: Partial<IndicatorManifest> & Pick<IndicatorManifest, 'id' | 'label'>): IndicatorManifest => ({
  short: `${over.label}.`,
  explanation: '',
  themes: ['jonge_aanwas'],
  unit: '%',
  decimals: 1,
  year: '2024',
  direction: 'higher_is_risk',
  minPopulation: 0,
  kind: 'direct',
  proxyFor: null,
  betterData: null,
  levels: [],
  coverage: {},
  national: null,
  uncertainty: 'none_no_sampling',
  ...over,
});

const source = (id: SourceId, attribution: string): Manifest['sources'][number] => ({
  id,
  title: id,
  publisher: 'x',
  tableId: null,
  referenceYear: '2024',
  regionLayout: '',
  licence: '',
  attribution,
  url: '',
  caveats: [],
  files: [],
});

export const theme: ThemeManifest = {
  id: 'jonge_aanwas',
  label: 'Drugs & "jonge" aanwas',
  explanation: '',
  proxy: false,
  proxyNote: null,
  minWeightShare: 0.5,
  minIndicators: 1,
  indicators: [
    { id: 'inkomen', weight: 1 },
    { id: 'jeugdhulp', weight: 1 },
  ],
  coverage: {},
};

export const manifest: Manifest = {
  schemaVersion: 1,
  pipelineVersion: '9.9.9',
  builtAt: '2026-11-23T12:00:00.000Z',
  boundaryYear: 2024,
  disclaimer: '',
  similarityMethod: '',
  regionNotes: [],
  population: { sourceId: 'kwb2024', variable: 'AantalInwoners', date: '2024-01-01', explanation: 'Aantal inwoners op 1 januari 2024.' },
  sources: [source('kwb2024', 'Bron: CBS, Kerncijfers wijken en buurten 2024'), source('scp_jeugdhulp_2017', 'Bron: SCP, Jeugdhulp in de wijk (2020)')],
  levels: [{ id: 'gemeente', label: 'Gemeenten', rows: 4, withGeometry: 4, geometryNote: null, geometry: null }],
  aggregates: [],
  joins: [],
  indicators: [
    indicator({
      id: 'inkomen',
      label: 'Aandeel A',
      levels: [
        {
          level: 'gemeente',
          sourceIds: ['kwb2024'],
          formula: '',
          kind: 'rate',
          scale: 100,
          numerator: null,
          denominator: null,
          columns: [],
          aggregatable: true,
          note: null,
        },
      ],
    }),
    indicator({
      id: 'jeugdhulp',
      label: 'Inkomen B',
      unit: '€',
      decimals: 0,
      year: '2017',
      direction: 'lower_is_risk',
      kind: 'proxy',
      levels: [
        {
          level: 'wijk',
          sourceIds: ['scp_jeugdhulp_2017'],
          formula: '',
          kind: 'measure',
          scale: null,
          numerator: null,
          denominator: null,
          columns: [],
          aggregatable: false,
          note: null,
        },
      ],
    }),
  ],
  themes: [theme],
  trends: [],
  uncertainty: {
    confidence: 0.95,
    defaultScores: 'raw',
    defaultReason: '',
    draws: 200,
    seed: 1,
    ciReasons: { no_sampling_basis: '', survey_margin_unpublished: '', share_out_of_range: '' },
    secondarySuppression: '',
  },
  hotspots: { levels: [], method: '' },
  warnings: [],
  files: [],
};

export const catalogue = new Catalogue(manifest);

/** Rows as the ranking query returns them (DuckDB or in memory). */
export const rows: SqlRow[] = [
  {
    code: 'GM0001',
    name: 'Aa; en "Hunze"',
    gemeente_code: 'GM0001',
    gemeente_name: 'Aa; en "Hunze"',
    wijk_name: null,
    population: 25_000,
    theme__jonge_aanwas: 81.25,
    theme__jonge_aanwas__reason: null,
    inkomen: 12.345678901234,
    inkomen__reason: null,
    jeugdhulp: null,
    jeugdhulp__reason: 'not_on_level',
  },
  {
    code: 'GM0002',
    name: 'Regel\nbreuk',
    gemeente_code: 'GM0002',
    gemeente_name: 'x',
    wijk_name: null,
    population: 1_234_567,
    theme__jonge_aanwas: 0,
    theme__jonge_aanwas__reason: null,
    inkomen: 0,
    inkomen__reason: null,
    jeugdhulp: null,
    jeugdhulp__reason: 'not_on_level',
  },
  {
    code: 'GM0003',
    name: 'Klein',
    gemeente_code: 'GM0003',
    gemeente_name: 'x',
    wijk_name: null,
    population: 40,
    theme__jonge_aanwas: null,
    theme__jonge_aanwas__reason: 'insufficient_weight',
    inkomen: null,
    inkomen__reason: 'below_min_population',
    jeugdhulp: null,
    jeugdhulp__reason: 'not_on_level',
  },
  {
    code: 'GM0004',
    name: '=SOM(1)',
    gemeente_code: 'GM0004',
    gemeente_name: 'x',
    wijk_name: null,
    population: null,
    theme__jonge_aanwas: -1.5e-7,
    theme__jonge_aanwas__reason: null,
    inkomen: null,
    inkomen__reason: 'suppressed',
    jeugdhulp: null,
    jeugdhulp__reason: null,
  },
];
