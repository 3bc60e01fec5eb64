import { describe, expect, it } from 'vitest';
import type { Manifest } from '@atlas/contract';
import { TrendTable } from '../data/trends.ts';
import { indicatorTrend } from './indicator-trend-model.ts';

const series = 'misdrijven_geregistreerd_per_1000';
const info = {
  id: series,
  label: 'Misdrijven',
  unit: 'per 1.000 inwoners',
  sourceId: 'politie_misdrijven_47022',
  years: [2023, 2021, 2022],
  note: '',
} as const;
const manifest = { trends: [info] } as unknown as Manifest;
const row = (code: string, year: number, value: number) => ({ code, name: code, series, year, value });
const trends = new TrendTable([row('WK000101', 2021, 5), row('WK000101', 2023, 7), row('GM0001', 2021, 6), row('GM0001', 2022, 6.5), row('NL00', 2022, 8)]);

describe('indicatorTrend', () => {
  it('draws the wijk, its gemeente and Nederland over the series years, a year without a value as a gap', () => {
    const trend = indicatorTrend(manifest, trends, series, { code: 'WK000101', name: 'Wijk' }, { code: 'GM0001', name: 'Gemeente' });
    expect(trend?.years).toEqual([2021, 2023]);
    expect(trend?.series.map((s) => [s.id, s.role])).toEqual([
      ['WK000101', 'primary'],
      ['GM0001', 'reference'],
      ['NL00', 'reference'],
    ]);
    expect(trend?.series[0]?.points).toEqual([
      { x: 2021, y: 5 },
      { x: 2022, y: null },
      { x: 2023, y: 7 },
    ]);
    expect(trend?.missing).toEqual([2022]);
  });

  it('draws no gemeente line for a gemeente itself, and nothing for a region without values', () => {
    const own = indicatorTrend(manifest, trends, series, { code: 'GM0001', name: 'Gemeente' }, { code: 'GM0001', name: 'Gemeente' });
    expect(own?.series.map((s) => s.id)).toEqual(['GM0001', 'NL00']);
    const none = indicatorTrend(manifest, trends, series, { code: 'WK000102', name: 'Leeg' }, null);
    expect(none?.series).toEqual([]);
    expect(none?.missing).toEqual([2021, 2022, 2023]);
    expect(indicatorTrend(manifest, trends, 'opkomst_tweede_kamer', { code: 'GM0001', name: 'G' }, null)).toBeNull();
  });
});
