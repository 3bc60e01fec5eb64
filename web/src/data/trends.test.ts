import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { TREND_COLUMNS } from '@atlas/contract';
import { tableIpc } from '../../../tests/support/region-ipc.ts';
import { DataError } from './errors.ts';
import { TrendTable, seriesPoints, yearRanges } from './trends.ts';

describe('TrendTable', () => {
  it('reads trends.arrow rows and leaves a year without a row as a gap', () => {
    const series = 'misdrijven_per_1000';
    const ipc = tableIpc(TREND_COLUMNS, [
      { code: 'GM0855', name: 'Tilburg', series, year: 2010, value: 80.5 },
      { code: 'GM0855', name: 'Tilburg', series, year: 2012, value: 70.25 },
      { code: 'GM0855', name: 'Tilburg', series, year: 2013, value: null },
      { code: 'NL00', name: 'Nederland', series, year: 2010, value: 60 },
    ]);
    const trends = TrendTable.fromIPC(ipc);
    expect(trends.points('misdrijven_per_1000', 'GM0855', [2010, 2011, 2012, 2013])).toEqual([
      { year: 2010, value: 80.5 },
      { year: 2011, value: null },
      { year: 2012, value: 70.25 },
      { year: 2013, value: null },
    ]);
    expect(trends.has('misdrijven_per_1000', 'NL00')).toBe(true);
    expect(trends.has('misdrijven_per_1000', 'GM0001')).toBe(false);
  });

  it('keeps the published reason of a region’s gap rows, the most frequent one first', () => {
    const series = 'misdrijven_per_1000';
    const ipc = tableIpc(TREND_COLUMNS, [
      { code: 'GM0758', name: 'Breda', series, year: 2010, value: null, reason: 'missing_in_source' },
      { code: 'GM0758', name: 'Breda', series, year: 2011, value: null, reason: 'missing_in_source' },
      { code: 'GM1982', name: 'Land van Cuijk', series, year: 2010, value: null, reason: 'not_comparable' },
      { code: 'GM0855', name: 'Tilburg', series, year: 2010, value: 80.5, reason: null },
    ]);
    const trends = TrendTable.fromIPC(ipc);
    expect(trends.gapReason(series, 'GM0758')).toBe('missing_in_source');
    expect(trends.gapReason(series, 'GM1982')).toBe('not_comparable');
    expect(trends.gapReason(series, 'GM0855')).toBeNull();
    expect(trends.has(series, 'GM0758')).toBe(false);
  });

  it('still reads a data build from before gap reasons (no reason column), with no reasons', () => {
    const ipc = tableIpc(
      TREND_COLUMNS.filter((c) => c.name !== 'reason'),
      [{ code: 'GM0855', name: 'Tilburg', series: 'misdrijven_per_1000', year: 2010, value: 80.5 }],
    );
    const trends = TrendTable.fromIPC(ipc);
    expect(trends.points('misdrijven_per_1000', 'GM0855', [2010])).toEqual([{ year: 2010, value: 80.5 }]);
    expect(trends.gapReason('misdrijven_per_1000', 'GM0855')).toBeNull();
  });

  it('rejects a file without the trend columns with a DataError', () => {
    const ipc = tableToIPC(tableFromArrays({ code: ['GM0855'] }));
    expect(() => TrendTable.fromIPC(ipc)).toThrow(DataError);
    expect(() => TrendTable.fromIPC(new Uint8Array([1, 2, 3]))).toThrow(DataError);
  });
});

describe('yearRanges / seriesPoints', () => {
  it('writes consecutive years as a range', () => {
    expect(yearRanges([2015, 2010, 2011, 2012])).toBe('2010–2012, 2015');
  });
  it('never turns a missing year into 0', () => {
    expect(seriesPoints(new Map([[2010, 0]]), [2010, 2011])).toEqual([
      { year: 2010, value: 0 },
      { year: 2011, value: null },
    ]);
  });
});
