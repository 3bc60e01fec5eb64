import { describe, expect, it } from 'vitest';
import { TrendTable } from '../data/trends.ts';
import { classOf } from '../map/classes.ts';
import { parseYear, withYear } from './year-url.ts';
import { breaksOverYears, yearValuesByCode, yearValuesByRow } from './year-values.ts';

const series = 'misdrijven_geregistreerd_per_1000';
const trends = new TrendTable(
  [
    ['GM0001', 2021, 10],
    ['GM0001', 2022, 12],
    ['GM0002', 2021, 30],
    ['GM0002', 2022, 60],
    ['GM0003', 2022, 20],
    ['NL00', 2021, 25],
  ].map(([code, year, value]) => ({ code: String(code), name: String(code), series, year: Number(year), value: Number(value) })),
);
const codes = ['GM0001', 'GM0002', null, 'GM0003'];

describe('year values', () => {
  it('gives the values of one year per region code, leaving a region without that year out (never 0)', () => {
    expect(yearValuesByCode(trends, codes, series, 2021)).toEqual(
      new Map([
        ['GM0001', 10],
        ['GM0002', 30],
      ]),
    );
    expect([...yearValuesByRow(trends, codes, series, 2021)]).toEqual([10, 30, NaN, NaN]);
  });

  it('makes the class breaks once over all years, so one value gets one class whichever year shows it', () => {
    const breaks = breaksOverYears(trends, codes, series, [2021, 2022]);
    expect(breaks.count).toBe(5);
    expect([breaks.min, breaks.max]).toEqual([10, 60]);
    // GM0002's 2021 value is in a lower class than its 2022 value under the same breaks.
    expect(classOf(breaks, 30)).toBeLessThan(classOf(breaks, 60));
  });
});

describe('year in the address', () => {
  it('reads ?jaar= as a four-digit year and writes it beside the other parameters', () => {
    expect(parseYear('?thema=x&jaar=2023')).toBe(2023);
    expect(parseYear('?jaar=23')).toBeNull();
    expect(parseYear('')).toBeNull();
    expect(withYear('?thema=x', 2022)).toBe('?thema=x&jaar=2022');
    expect(withYear('?thema=x&jaar=2022', null)).toBe('?thema=x');
    expect(withYear('?jaar=2022', null)).toBe('');
  });
});
