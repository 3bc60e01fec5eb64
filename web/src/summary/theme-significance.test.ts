import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { REGION_COLUMNS, type IndicatorManifest, type ThemeManifest } from '@atlas/contract';
import { RegionTable } from '../data/region-table.ts';
import { UNCERTAIN_SPAN } from '../map/overlays.ts';
import { median, themeVsNederland, themeVsSimilar, unsureRanks } from './theme-significance.ts';

const theme = { id: 'jonge_aanwas' } as ThemeManifest;
const indicators = ['vernielingen', 'jeugdhulp', 'landelijkheid', 'bijstand_uitkering'].map((id) => ({ id, label: id.toUpperCase() }) as IndicatorManifest);
const catalogue = { themeIndicators: () => indicators.map((indicator) => ({ indicator, weight: 1 })) };

const table = new RegionTable(
  'wijk',
  tableFromArrays({
    ...Object.fromEntries(REGION_COLUMNS.map((c) => [c.name, [null, null, null]])),
    code: ['WK01', 'WK02', 'WK03'],
    name: ['Een', 'Twee', 'Drie'],
    vernielingen__sig: ['hoger', 'lager', null],
    jeugdhulp__sig: ['niet_significant', null, null],
    bijstand_uitkering__sig: ['lager', null, null],
    theme__jonge_aanwas__lo: Float64Array.from([10, 40, NaN]),
    theme__jonge_aanwas__hi: Float64Array.from([70, 40 + UNCERTAIN_SPAN, 90]),
  } as Parameters<typeof tableFromArrays>[0]),
);

describe('one-pager significance', () => {
  it('counts the theme’s numbers clearly above and below Nederland; numbers without a flag are not compared', () => {
    expect(themeVsNederland(catalogue, theme, table, 0)).toEqual({ higher: ['VERNIELINGEN'], lower: ['BIJSTAND_UITKERING'], compared: 3 });
    expect(themeVsNederland(catalogue, theme, table, 2)).toEqual({ higher: [], lower: [], compared: 0 });
  });

  it('compares the theme-score interval with the median of the similar gemeenten', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(themeVsSimilar(60, 70, [40, 50, 55, 80, 20])).toBe('hoger');
    expect(themeVsSimilar(10, 20, [40, 50, 55])).toBe('lager');
    expect(themeVsSimilar(45, 52, [40, 50, 55])).toBe('niet_significant');
    // A zero-width interval means none of the theme's numbers has a margin: no claim.
    expect(themeVsSimilar(60, 60, [40])).toBeNull();
    expect(themeVsSimilar(60, 70, [])).toBeNull();
  });

  it('flags a named wijk as unsure only when its interval spans more than the map’s fade threshold', () => {
    expect(unsureRanks(table, theme, ['WK01', 'WK02', 'WK03', 'WK99'])).toEqual(['WK01']);
  });
});
