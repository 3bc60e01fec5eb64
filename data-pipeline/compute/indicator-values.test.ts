import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import type { RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import { queryDoubleColumns, withDb } from './duckdb.ts';
import { computeIndicators } from './indicator-values.ts';
import { testRegion, testRegister } from './test-register.ts';

/** GM0001 with wijk WK000101 of buurten 01 (1,000 inhabitants), 02 (50) and 03 (2,000). */
function register(): RegionRegister {
  const gemeente = [testRegion('GM0001', 'gemeente', 'GM0001', null, 3050)];
  const wijk = [testRegion('WK000101', 'wijk', 'GM0001', null, 3050)];
  const buurt = [
    testRegion('BU00010101', 'buurt', 'GM0001', 'WK000101', 1000),
    testRegion('BU00010102', 'buurt', 'GM0001', 'WK000101', 50),
    testRegion('BU00010103', 'buurt', 'GM0001', 'WK000101', 2000),
  ];
  return testRegister({ gemeente, wijk, buurt });
}

const crimes: SourceTable = {
  name: 'crimes',
  sourceId: 'politie_misdrijven_2024',
  file: 'crimes.csv',
  columns: ['count', 'unused'],
  rows: [
    { code: 'NL00', line: 2, values: { count: 900, unused: 1 }, reasons: {} },
    { code: 'BU00010101', line: 3, values: { count: 10, unused: 1 }, reasons: {} },
    { code: 'BU00010102', line: 4, values: { count: 5, unused: 1 }, reasons: {} },
    { code: 'BU00010103', line: 5, values: { count: null, unused: 1 }, reasons: { count: 'suppressed' } },
  ],
};
const people: SourceTable = {
  name: 'people',
  sourceId: 'kwb2024',
  file: 'people.csv',
  columns: ['inwoners'],
  rows: ['BU00010101', 'BU00010102', 'BU00010103'].map((code, i) => ({ code, line: i + 2, values: { inwoners: [1000, 50, 2000][i] ?? null }, reasons: {} })),
};

const template = INDICATORS[0] as IndicatorDefinition;
const indicator = (id: string, levels: IndicatorDefinition['levels'], minPopulation = 100) =>
  ({ ...template, id, levels, minPopulation }) as IndicatorDefinition;

const rate = {
  kind: 'rate',
  table: 'crimes',
  numerator: 'crimes.count',
  denominator: 'people.inwoners',
  scale: 1000,
  columns: ['crimes.count', 'people.inwoners'],
} as const;

describe('computeIndicators', () => {
  it('computes rates, sums of buurten, measures with their national row, and the reasons of missing values', async () => {
    const results = await withDb((db) =>
      computeIndicators(
        db,
        [
          indicator('a', { buurt: rate, wijk: { kind: 'sum_of_children', from: 'buurt', minCoverage: 0.3 } }),
          indicator('b', { buurt: { kind: 'measure', table: 'crimes', value: 'crimes.count * 2', columns: ['crimes.count'] } }, 0),
        ],
        register(),
        [crimes, people],
      ),
    );
    const [a, b] = results;
    expect(a?.levels.buurt?.get('BU00010102')).toEqual({ value: null, numerator: null, denominator: null, reason: 'below_min_population' });
    expect(a?.levels.buurt?.get('BU00010103')).toEqual({ value: null, numerator: null, denominator: 2000, reason: 'suppressed' });
    // buurt 02 counts in the wijk's sum and the national value although it is withheld; so buurt 01 (10 / 1,000)
    // is withheld too, or the wijk minus buurt 01 would give buurt 02's count
    expect(a?.levels.wijk?.get('WK000101')).toEqual({ value: (15 / 1050) * 1000, numerator: 15, denominator: 1050, reason: null });
    expect(a?.levels.buurt?.get('BU00010101')).toEqual({ value: null, numerator: null, denominator: null, reason: 'suppressed_privacy' });
    expect(a?.national).toBe((15 / 1050) * 1000);
    expect([...(b?.levels.buurt?.values() ?? [])].map((c) => c.value)).toEqual([20, 10, null]);
    expect(b?.national).toBe(1800);
  });

  it('fails on a formula that reads a column it does not declare (only declared columns are loaded)', async () => {
    const sneaky = indicator('c', { buurt: { kind: 'measure', table: 'crimes', value: 'crimes.unused', columns: ['crimes.count'] } });
    await expect(withDb((db) => computeIndicators(db, [sneaky], register(), [crimes, people]))).rejects.toThrow(/indicator c \(buurt\).*unused/s);
  });

  it('takes an INTEGER formula as its number, and names the indicator whose formula fails among those of its level', async () => {
    const flag = indicator(
      'flag',
      { buurt: { kind: 'measure', table: 'crimes', value: 'CASE WHEN crimes.count > 6 THEN 1 ELSE 0 END', columns: ['crimes.count'] } },
      0,
    );
    const [result] = await withDb((db) => computeIndicators(db, [flag], register(), [crimes, people]));
    expect([...(result?.levels.buurt?.values() ?? [])].map((c) => c.value)).toEqual([1, 0, 0]);
    const broken = indicator('broken', { buurt: { kind: 'measure', table: 'crimes', value: "'x' || crimes.count", columns: ['crimes.count'] } }, 0);
    await expect(withDb((db) => computeIndicators(db, [flag, broken], register(), [crimes, people]))).rejects.toThrow(
      /indicator broken \(buurt\): formula 'x' \|\| crimes\.count fails: .*Could not convert/s,
    );
  });
});

describe('queryDoubleColumns', () => {
  it('reads DOUBLE columns with their nulls across data chunks, and refuses another type', async () => {
    await withDb(async (db) => {
      const [x, y] = await queryDoubleColumns(
        db,
        'SELECT CASE WHEN i % 3 = 0 THEN NULL ELSE i / 4 END, i * 1.5::DOUBLE FROM range(5000) t(i) ORDER BY i',
        5000,
      );
      expect(x?.length).toBe(5000);
      expect([x?.[0], x?.[1], x?.[4097], x?.[4098]]).toEqual([NaN, 0.25, 4097 / 4, NaN]);
      expect(y?.[4999]).toBe(7498.5);
      await expect(queryDoubleColumns(db, 'SELECT 1::INTEGER', 1)).rejects.toThrow(/not DOUBLE/);
      await expect(queryDoubleColumns(db, 'SELECT 1.0::DOUBLE', 2)).rejects.toThrow(/1 rows where 2/);
    });
  });
});
