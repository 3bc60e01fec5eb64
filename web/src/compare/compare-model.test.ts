import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { REGION_COLUMNS, type IndicatorManifest, type Manifest, type ThemeManifest } from '../../../data-pipeline/publish/contract.ts';
import { RegionTable } from '../data/region-table.ts';
import { cellText, compareGroups, indicatorOnKind, missingShort, missingText, regionFromAggregate, regionFromTable, themeKey, valueText } from './compare-model.ts';

const indicator = (id: string, levels: { level: string; aggregatable: boolean }[], extra: Partial<IndicatorManifest> = {}): IndicatorManifest => ({
  id,
  label: id,
  short: '',
  explanation: '',
  themes: ['t'],
  unit: '%',
  decimals: 1,
  year: '2024',
  direction: 'higher_is_risk',
  minPopulation: 100,
  kind: 'direct',
  proxyFor: null,
  betterData: null,
  levels: levels.map((l) => ({ ...l, sourceIds: [], formula: '', columns: [], note: null })),
  coverage: {},
  national: 10,
  ...extra,
});

const theme: ThemeManifest = {
  id: 't',
  label: 'Thema',
  explanation: '',
  proxy: false,
  proxyNote: null,
  minWeightShare: 2 / 3,
  minIndicators: 2,
  indicators: [
    { id: 'rate', weight: 2 },
    { id: 'wijkonly', weight: 1 },
    { id: 'klasse', weight: 1 },
  ],
  coverage: {},
};

const manifest = {
  indicators: [
    indicator('rate', [
      { level: 'gemeente', aggregatable: true },
      { level: 'wijk', aggregatable: true },
    ]),
    indicator('wijkonly', [{ level: 'wijk', aggregatable: false }]),
    indicator('klasse', [{ level: 'gemeente', aggregatable: false }], { unit: 'klasse (1–5)', decimals: 0, national: null }),
  ],
  themes: [theme],
} as unknown as Manifest;

function gemeenteTable(): RegionTable {
  const n = 2;
  const columns: Record<string, unknown[]> = {};
  for (const c of REGION_COLUMNS) columns[c] = Array.from({ length: n }, () => null);
  columns['code'] = ['GM0001', 'GM0002'];
  columns['name'] = ['Eendorp', 'Tweestad'];
  columns['population'] = [50, 120000];
  columns['rate'] = [null, 12.5];
  columns['rate__pct'] = [null, 80];
  columns['rate__reason'] = ['below_min_population', null];
  columns['klasse'] = [3, 1];
  columns['klasse__pct'] = [40, 100];
  columns['klasse__reason'] = [null, null];
  columns['wijkonly'] = [null, null];
  columns['wijkonly__reason'] = ['not_on_level', 'not_on_level'];
  columns['theme__t'] = [null, 73.4];
  columns['theme__t__reason'] = ['insufficient_weight', null];
  const arrays = Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [k, v.some((x) => typeof x === 'number') ? Float64Array.from(v as number[], (x) => (x === null ? NaN : x)) : v]),
  );
  // Arrow keeps NaN as a number; the table reads NaN as missing, exactly like a null.
  return new RegionTable('gemeente', tableFromArrays(arrays as Parameters<typeof tableFromArrays>[0]));
}

describe('compare rows', () => {
  it('lists per theme its score and the indicators that exist for the kind; the rest are named as unavailable', () => {
    const [g] = compareGroups(manifest, 'gemeente');
    expect(g!.rows.map((r) => r.key)).toEqual([themeKey('t'), 'rate', 'klasse']);
    expect(g!.unavailable.map((i) => i.id)).toEqual(['wijkonly']);
    const rate = g!.rows[1]!;
    expect(rate.kind === 'indicator' && rate.weightShare).toBe(0.5);
    expect(compareGroups(manifest, 'wijk')[0]!.rows.map((r) => r.key)).toEqual([themeKey('t'), 'rate', 'wijkonly']);
    expect(compareGroups(manifest, 'wijk')[0]!.unavailable.map((i) => i.id)).toEqual(['klasse']);
  });

  it('gives aggregates only indicators summable from gemeente counts, and no theme score', () => {
    expect(indicatorOnKind(manifest.indicators[0]!, 'provincie')).toBe(true);
    expect(indicatorOnKind(manifest.indicators[2]!, 'politie_eenheid')).toBe(false);
    const [g] = compareGroups(manifest, 'politie_eenheid');
    expect(g!.rows.map((r) => r.key)).toEqual(['rate']);
    expect(g!.unavailable.map((i) => i.id)).toEqual(['wijkonly', 'klasse']);
  });
});

describe('compare cells', () => {
  it('reads published values, percentiles and reasons from the level table; a missing value stays missing', () => {
    const table = gemeenteTable();
    const small = regionFromTable(table, 'GM0001', manifest)!;
    expect(small.name).toBe('Eendorp');
    expect(small.cells.get('rate')).toEqual({ value: null, percentile: null, reason: 'below_min_population' });
    expect(small.cells.get(themeKey('t'))).toMatchObject({ value: null, reason: 'insufficient_weight' });
    const city = regionFromTable(table, 'GM0002', manifest)!;
    expect(city.cells.get('rate')).toEqual({ value: 12.5, percentile: 80, reason: null });
    expect(city.population).toBe(120000);
    expect(regionFromTable(table, 'GM9999', manifest)).toBeNull();
  });

  it('formats a value with a sign unit in the cell and a long unit only in the header', () => {
    const [g] = compareGroups(manifest, 'gemeente');
    const [score, rate, klasse] = g!.rows;
    const city = regionFromTable(gemeenteTable(), 'GM0002', manifest)!;
    expect(cellText(rate!, city.cells.get('rate'))).toBe('12,5%');
    expect(cellText(klasse!, city.cells.get('klasse'))).toBe('1');
    expect(cellText(score!, city.cells.get(themeKey('t')))).toBe('73');
    expect(valueText(1234.56, { unit: 'per 1.000 inwoners', decimals: 1 })).toBe('1.234,6');
    expect(valueText(31, { unit: '€', decimals: 0 })).toBe('€ 31');
  });

  it('words every missing value, short in a chart and in full in the table', () => {
    const small = regionFromTable(gemeenteTable(), 'GM0001', manifest)!;
    const [g] = compareGroups(manifest, 'gemeente');
    expect(cellText(g!.rows[1]!, small.cells.get('rate'))).toBe('te weinig inwoners');
    expect(missingShort('below_min_population')).toBe('te weinig inwoners');
    expect(missingShort('suppressed')).toBe('geen gegevens');
    expect(missingShort('incomplete_coverage')).toBe('onvolledig');
    expect(missingText('suppressed')).toMatch(/afgeschermd/);
    expect(missingText('not_aggregatable')).toBe('niet op te tellen uit gemeenten');
    expect(missingText(null)).toBe('geen gegevens');
  });

  it('turns an aggregate from DuckDB into cells, keeping why a value is missing', () => {
    const region = regionFromAggregate({
      code: 'RE01',
      name: 'Noord-Nederland',
      regions: 27,
      population: 1_750_000,
      values: {
        rate: { value: 11.2, numerator: 112, denominator: 1000, coverage: 1, reason: null },
        klasse: { value: null, numerator: null, denominator: null, coverage: null, reason: 'not_aggregatable' },
      },
    });
    expect(region.context).toBe('27 gemeenten');
    expect(region.cells.get('rate')).toEqual({ value: 11.2, percentile: null, reason: null });
    expect(region.cells.get('klasse')).toEqual({ value: null, percentile: null, reason: 'not_aggregatable' });
  });
});
