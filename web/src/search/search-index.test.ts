import { describe, expect, it } from 'vitest';
import type { SearchIndexFile } from '@atlas/contract';
import { DataError } from '../data/errors.ts';
import { checkSearchIndex } from './load-search-index.ts';
import { indexEntries } from './region-entries.ts';
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
    expect(searchRegions(entries, 'SÚDWEST fryslan')[0]?.code).toBe('GM1900');
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

  it('lists the regions whose code starts with a typed code, but plain letters are a name', () => {
    expect(searchRegions(entries, 'BU0363').map((e) => e.code)).toEqual(['BU03630000']);
    expect(searchRegions(entries, 'wk').map((e) => e.code)).toEqual([]);
  });

  it('puts an exact name before a longer one at a larger level, and equal ranks in Dutch order', () => {
    const list = [
      makeEntry('GM0001', 'Zuid', 'gemeente', null, 10),
      makeEntry('BU00010001', 'Zuid', 'buurt', 'Zuid', 10),
      makeEntry('GM0002', 'Zuidhorn', 'gemeente', null, 10),
      makeEntry('WK000101', 'Abd zuid', 'wijk', 'Zuid', 5),
      makeEntry('WK000102', 'Ábc zuid', 'wijk', 'Zuid', 5),
      makeEntry('WK000103', 'Abb zuid', 'wijk', 'Zuid', 5),
    ];
    // code-point order would put 'Ábc' after 'Abd'
    expect(searchRegions(list, 'zuid').map((e) => e.code)).toEqual(['GM0001', 'BU00010001', 'GM0002', 'WK000103', 'WK000102', 'WK000101']);
  });
});

const index: SearchIndexFile = {
  gemeente: [['GM0855', 'Tilburg', 224000, [4.9, 51.5, 5.2, 51.65]]],
  wijk: [['WK085501', 'Centrum', 0, 20000, [5.05, 51.55, 5.1, 51.57]]],
  buurt: [
    ['BU08550101', 'Binnenstad', 0, 3000, [5.07, 51.55, 5.09, 51.56]],
    ['BU08550102', 'Zonder kaart', 0, null, null],
  ],
  aggregate: [['PV30', 'Noord-Brabant', 'provincie', [4.2, 51.2, 6.1, 51.8]]],
};

describe('search index file', () => {
  it('gives buurten their wijk and gemeente, and a buurt without a polygon the bounds of its wijk', () => {
    const byCode = new Map(indexEntries(checkSearchIndex(index)).map((e) => [e.code, e]));
    expect(byCode.get('BU08550101')).toMatchObject({ kind: 'buurt', wijk: 'Centrum', gemeente: 'Tilburg', bounds: [5.07, 51.55, 5.09, 51.56] });
    expect(byCode.get('BU08550102')?.bounds).toEqual([5.05, 51.55, 5.1, 51.57]);
    expect(byCode.get('WK085501')).toMatchObject({ gemeente: 'Tilburg', wijk: null });
    expect(byCode.get('PV30')).toMatchObject({ kind: 'provincie', gemeente: null });
    expect(searchRegions([...byCode.values()], 'binnenstad')[0]?.code).toBe('BU08550101');
  });

  it('names the list, row and field of a wrong value', () => {
    const bad = { ...index, buurt: [index.buurt[0], ['BU08550102', 'X', 0, null, [5, 51, 5.1]]] };
    expect(() => checkSearchIndex(bad)).toThrow(DataError);
    expect(() => checkSearchIndex(bad)).toThrow('buurt[1].bounds: [5,51,5.1]');
    expect(() => checkSearchIndex({ ...index, wijk: undefined })).toThrow('wijk: geen lijst');
  });
});
