import { describe, expect, it } from 'vitest';
import { col, REGION_COLUMNS, type IndicatorId, type IndicatorManifest, type Level, type Manifest, type ThemeManifest } from '@atlas/contract';
import { indicator as fixtureIndicator } from '../../../tests/support/export-fixture.ts';
import { expectedManifest, expectedTable } from '../../../tests/support/expected-build.ts';
import { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { rescoreTable } from '../weights/rescore.ts';
import { weightKey } from '../weights/weights-url.ts';
import {
  cellText,
  compareGroups,
  indicatorOnKind,
  missingShort,
  missingText,
  regionFromAggregate,
  regionFromTable,
  themeKey,
  valueText,
  withheldLines,
} from './compare-model.ts';
import { arrowTableOf, type ArrowArrays } from '../../../tests/support/arrow-arrays.ts';

const indicator = (id: IndicatorId, levels: { level: Level; aggregatable: boolean }[], extra: Partial<IndicatorManifest> = {}): IndicatorManifest =>
  fixtureIndicator({
    id,
    label: id,
    short: '',
    minPopulation: 100,
    levels: levels.map((l) => ({ ...l, sourceIds: [], formula: '', kind: 'rate', scale: 100, numerator: null, denominator: null, columns: [], note: null })),
    national: 10,
    ...extra,
  });

const theme: ThemeManifest = {
  id: 'jonge_aanwas',
  label: 'Thema',
  explanation: '',
  proxy: false,
  proxyNote: null,
  minWeightShare: 2 / 3,
  minIndicators: 2,
  indicators: [
    { id: 'vernielingen', weight: 2 },
    { id: 'jeugdhulp', weight: 1 },
    { id: 'landelijkheid', weight: 1 },
  ],
  coverage: {},
};

const manifest = {
  indicators: [
    indicator('vernielingen', [
      { level: 'gemeente', aggregatable: true },
      { level: 'wijk', aggregatable: true },
    ]),
    indicator('jeugdhulp', [{ level: 'wijk', aggregatable: false }]),
    indicator('landelijkheid', [{ level: 'gemeente', aggregatable: false }], { unit: 'klasse (1–5)', decimals: 0, national: null }),
  ],
  themes: [theme],
} as unknown as Manifest;

function gemeenteTable(): RegionTable {
  const n = 2;
  const columns: Record<string, unknown[]> = {};
  for (const c of REGION_COLUMNS) columns[c.name] = Array.from({ length: n }, () => null);
  columns['code'] = ['GM0001', 'GM0002'];
  columns['name'] = ['Eendorp', 'Tweestad'];
  columns['population'] = [50, 120000];
  columns['vernielingen'] = [null, 12.5];
  columns['vernielingen__pct'] = [null, 80];
  columns['vernielingen__reason'] = ['below_min_population', null];
  columns['vernielingen__lo'] = [null, 10.1];
  columns['vernielingen__hi'] = [null, 15.2];
  columns['vernielingen__sig'] = [null, 'hoger'];
  columns['landelijkheid'] = [3, 1];
  columns['landelijkheid__pct'] = [40, 100];
  columns['landelijkheid__reason'] = [null, null];
  columns['jeugdhulp'] = [null, null];
  columns['jeugdhulp__reason'] = ['not_on_level', 'not_on_level'];
  columns['theme__jonge_aanwas'] = [null, 73.4];
  columns['theme__jonge_aanwas__reason'] = ['insufficient_weight', null];
  const arrays = Object.fromEntries(
    Object.entries(columns).map(([k, v]) => [k, v.some((x) => typeof x === 'number') ? Float64Array.from(v as number[], (x) => (x === null ? NaN : x)) : v]),
  );
  // Arrow keeps NaN as a number; the table reads NaN as missing, exactly like a null.
  return new RegionTable('gemeente', arrowTableOf(arrays as ArrowArrays));
}

describe('compare rows', () => {
  it('lists per theme its score and the indicators that exist for the kind; the rest are named as unavailable', () => {
    const [g] = compareGroups(manifest, 'gemeente');
    expect(g!.rows.map((r) => r.key)).toEqual([themeKey('jonge_aanwas'), 'vernielingen', 'landelijkheid']);
    expect(g!.unavailable.map((i) => i.id)).toEqual(['jeugdhulp']);
    const rate = g!.rows[1]!;
    // weights 2 and 1 of the indicators the gemeenten have (jeugdhulp, weight 1, is not theirs)
    expect(rate.kind === 'indicator' && rate.weightShare).toBeCloseTo(2 / 3, 12);
    expect(compareGroups(manifest, 'wijk')[0]!.rows.map((r) => r.key)).toEqual([themeKey('jonge_aanwas'), 'vernielingen', 'jeugdhulp']);
    expect(compareGroups(manifest, 'wijk')[0]!.unavailable.map((i) => i.id)).toEqual(['landelijkheid']);
  });

  it('gives each indicator its share of the theme under custom weights, the weights its scores were made with', () => {
    const weighted = compareGroups(manifest, 'gemeente', new Map([[weightKey('jonge_aanwas', 'landelijkheid'), 5]]));
    const shares = Object.fromEntries(weighted[0]!.rows.flatMap((r) => (r.kind === 'indicator' ? [[r.key, r.weightShare]] : [])));
    // weights 2 and 5 of the indicators the gemeenten have (jeugdhulp is not theirs): 2/7 and 5/7
    expect(shares['vernielingen']).toBeCloseTo(2 / 7, 12);
    expect(shares['landelijkheid']).toBeCloseTo(5 / 7, 12);
  });

  it('gives aggregates only indicators summable from gemeente counts, and a theme score', () => {
    expect(indicatorOnKind(manifest.indicators[0]!, 'provincie')).toBe(true);
    expect(indicatorOnKind(manifest.indicators[2]!, 'politie_eenheid')).toBe(false);
    const [g] = compareGroups(manifest, 'politie_eenheid');
    expect(g!.rows.map((r) => r.key)).toEqual([themeKey(g!.theme.id), 'vernielingen']);
    expect(g!.unavailable.map((i) => i.id)).toEqual(['jeugdhulp', 'landelijkheid']);
  });
});

describe('compare cells', () => {
  it('reads published values, percentiles and reasons from the level table; a missing value stays missing', () => {
    const table = gemeenteTable();
    const small = regionFromTable(table, 'GM0001', manifest)!;
    expect(small.name).toBe('Eendorp');
    expect(small.cells.get('vernielingen')).toEqual({ value: null, percentile: null, reason: 'below_min_population', lo: null, hi: null, sig: null });
    expect(small.cells.get(themeKey('jonge_aanwas'))).toMatchObject({ value: null, reason: 'insufficient_weight' });
    const city = regionFromTable(table, 'GM0002', manifest)!;
    expect(city.cells.get('vernielingen')).toEqual({ value: 12.5, percentile: 80, reason: null, lo: 10.1, hi: 15.2, sig: 'hoger' });
    expect(city.population).toBe(120000);
    expect(regionFromTable(table, 'GM9999', manifest)).toBeNull();
  });

  it('formats a value with a sign unit in the cell and a long unit only in the header', () => {
    const [g] = compareGroups(manifest, 'gemeente');
    const [score, rate, klasse] = g!.rows;
    const city = regionFromTable(gemeenteTable(), 'GM0002', manifest)!;
    expect(cellText(rate!, city.cells.get('vernielingen'))).toBe('12,5%');
    expect(cellText(klasse!, city.cells.get('landelijkheid'))).toBe('1');
    expect(cellText(score!, city.cells.get(themeKey('jonge_aanwas')))).toBe('73');
    expect(valueText(1234.56, { unit: 'per 1.000 inwoners', decimals: 1 })).toBe('1.234,6');
    expect(valueText(31, { unit: '€', decimals: 0 })).toBe('€ 31');
  });

  it('words every missing value, short in a chart and in full in the table', () => {
    const small = regionFromTable(gemeenteTable(), 'GM0001', manifest)!;
    const [g] = compareGroups(manifest, 'gemeente');
    expect(cellText(g!.rows[1]!, small.cells.get('vernielingen'))).toBe('te weinig inwoners');
    expect(missingShort('below_min_population')).toBe('te weinig inwoners');
    expect(missingShort('suppressed')).toBe('geen gegevens');
    expect(missingShort('incomplete_coverage')).toBe('onvolledig');
    expect(missingText('suppressed')).toMatch(/afgeschermd/);
    expect(missingText('not_aggregatable')).toBe('niet op te tellen uit gemeenten');
    expect(missingText(null)).toBe('geen gegevens');
  });

  it('turns a summed aggregate into cells, keeping why a value is missing, with a Garwood interval from the summed counts', () => {
    const poisson = { indicators: manifest.indicators.map((i) => (i.id === 'vernielingen' ? { ...i, uncertainty: 'poisson' as const } : i)) };
    const region = regionFromAggregate(
      {
        code: 'RE01',
        name: 'Noord-Nederland',
        regions: 27,
        population: 1_750_000,
        values: {
          vernielingen: { value: 11.2, numerator: 112, denominator: 1000, coverage: 1, reason: null },
          landelijkheid: { value: null, numerator: null, denominator: null, coverage: null, reason: 'not_aggregatable' },
        },
      },
      poisson,
    );
    expect(region.context).toBe('27 gemeenten');
    // qchisq(0.025, 224) / 2 and qchisq(0.975, 226) / 2 per 1,000 × 100, from scipy.stats.chi2.ppf
    const vernielingen = region.cells.get('vernielingen');
    expect(vernielingen).toMatchObject({ value: 11.2, percentile: null, reason: null, sig: 'niet_significant' });
    expect(vernielingen?.lo).toBeCloseTo(9.22204535325584, 9);
    expect(vernielingen?.hi).toBeCloseTo(13.47651032921354, 9);
    expect(region.cells.get('landelijkheid')).toEqual({ value: null, percentile: null, reason: 'not_aggregatable', lo: null, hi: null, sig: null });
  });
});

describe('compare cells under custom weights (fixture build)', () => {
  it('drop a rescored theme’s interval and carry the weights view’s line, said once for the legend; published whiskers stay', () => {
    const manifest = expectedManifest();
    const [rescored, other] = manifest.themes;
    const first = rescored?.indicators[0];
    if (!rescored || !other || !first) throw new Error('fixture manifest needs two themes with indicators');
    const published = expectedTable('gemeente');
    const view = rescoreTable(published, manifest, new Map([[weightKey(rescored.id, first.id), first.weight * 2]]), `compare:${rescored.id}`);
    const codes = published.codes.filter((_, r) => Number.isFinite(published.number(col.themeLo(rescored.id), r) ?? NaN)).slice(0, 3);
    expect(codes.length).toBeGreaterThan(1);
    const before = codes.flatMap((c) => regionFromTable(published, c, manifest) ?? []);
    const after = codes.flatMap((c) => regionFromTable(view, c, manifest) ?? []);
    expect(withheldLines(before)).toEqual([]);
    expect(withheldLines(after)).toEqual([t('weights.describing')]);
    after.forEach((region, i) => {
      const cell = region.cells.get(themeKey(rescored.id));
      expect(cell?.value).not.toBeNull();
      expect([cell?.lo, cell?.hi, cell?.withheld]).toEqual([null, null, t('weights.describing')]);
      // The other theme and the indicators keep their published intervals and carry no line.
      for (const key of [themeKey(other.id), first.id]) {
        expect(region.cells.get(key), key).toEqual(before[i]?.cells.get(key));
        expect(region.cells.get(key)?.withheld, key).toBeUndefined();
      }
    });
  });
});
