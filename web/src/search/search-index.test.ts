import { describe, expect, it } from 'vitest';
import { makeEntry, searchRegions } from './search-index.ts';

const entries = [
  makeEntry('GM0363', 'Amsterdam', 'gemeente', null, 900000),
  makeEntry('WK036300', 'Centrum', 'wijk', 'Amsterdam', 100000),
  makeEntry('WK059900', 'Centrum', 'wijk', 'Rotterdam', 40000),
  makeEntry('BU03630000', 'Kop Zeedijk', 'buurt', 'Amsterdam', 1000),
  makeEntry('GM1900', 'Súdwest-Fryslân', 'gemeente', null, 90000),
  makeEntry('PV27', 'Noord-Holland', 'provincie', null, 0),
];

describe('region search', () => {
  it('ignores case and accents', () => {
    expect(searchRegions(entries, 'sudwest')[0]?.code).toBe('GM1900');
  });

  it('lists equal names with their gemeente, larger first', () => {
    const r = searchRegions(entries, 'centrum');
    expect(r.map((e) => e.gemeente)).toEqual(['Amsterdam', 'Rotterdam']);
  });

  it('ranks prefix matches before matches inside a name', () => {
    expect(searchRegions(entries, 'zee').map((e) => e.code)).toEqual(['BU03630000']);
    expect(searchRegions(entries, 'am')[0]?.code).toBe('GM0363');
  });

  it('finds a region by code and returns nothing for an empty query', () => {
    expect(searchRegions(entries, 'wk059900')[0]?.code).toBe('WK059900');
    expect(searchRegions(entries, '  ')).toEqual([]);
  });
});
