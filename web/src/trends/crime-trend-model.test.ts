import { describe, expect, it } from 'vitest';
import { CRIME_RATE_SERIES, CURRENT_CRIME_RATE_SERIES, TREND_COLUMNS, type Manifest } from '@atlas/contract';
import { tableIpc } from '../../../tests/support/region-ipc.ts';
import { manifest as fixtureManifest } from '../../../tests/support/export-fixture.ts';
import { TrendTable } from '../data/trends.ts';
import { crimeRateSeries, crimeTrend, trendTitle } from './crime-trend-model.ts';

const info = (id: Manifest['trends'][number]['id'], label: string, years: number[]): Manifest['trends'][number] => ({
  id,
  label,
  unit: 'per 1.000 inwoners',
  sourceId: 'kwb2024',
  years,
  note: '',
});
const history = info(CRIME_RATE_SERIES, 'Geregistreerde misdrijven per 1.000 inwoners (2010–2020)', [2010, 2020]);
const current = info(CURRENT_CRIME_RATE_SERIES, 'Geregistreerde misdrijven per 1.000 inwoners', [2022, 2021]);
const withTrends = (trends: Manifest['trends']): Manifest => ({ ...fixtureManifest, trends });

describe('the crime trend of a gemeente', () => {
  it('puts the current series first and leaves out a series without years', () => {
    expect(crimeRateSeries(withTrends([history, current])).map((s) => s.id)).toEqual([CURRENT_CRIME_RATE_SERIES, CRIME_RATE_SERIES]);
    expect(crimeRateSeries(withTrends([history, { ...current, years: [] }])).map((s) => s.id)).toEqual([CRIME_RATE_SERIES]);
  });

  it('titles a series with its years once', () => {
    expect(trendTitle(current)).toBe('Geregistreerde misdrijven per 1.000 inwoners (2021–2022)');
    expect(trendTitle(history)).toBe(history.label);
  });

  it('draws each series from its own rows: Utrecht has the current one though the history left it out', () => {
    const trends = TrendTable.fromIPC(
      tableIpc(TREND_COLUMNS, [
        { code: 'GM0344', name: 'Utrecht', series: CURRENT_CRIME_RATE_SERIES, year: 2021, value: 80 },
        { code: 'GM0344', name: 'Utrecht', series: CURRENT_CRIME_RATE_SERIES, year: 2022, value: 75.5 },
        { code: 'NL00', name: 'Nederland', series: CURRENT_CRIME_RATE_SERIES, year: 2021, value: 45 },
        { code: 'GM0344', name: 'Utrecht', series: CRIME_RATE_SERIES, year: 2010, value: null, reason: 'missing_in_source' },
      ]),
    );
    const manifest = withTrends([history, current]);
    const now = crimeTrend(manifest, trends, 'GM0344', 'Utrecht', CURRENT_CRIME_RATE_SERIES)!;
    expect(now.series.map((s) => [s.id, s.points.map((p) => p.y)])).toEqual([
      ['GM0344', [80, 75.5]],
      ['NL00', [45, null]],
    ]);
    const before = crimeTrend(manifest, trends, 'GM0344', 'Utrecht', CRIME_RATE_SERIES)!;
    expect(before.series).toEqual([]);
    expect(before.reason).toBe('missing_in_source');
  });
});
