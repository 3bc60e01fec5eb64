import { describe, expect, it } from 'vitest';
import { col, REGION_COLUMNS, type IndicatorManifest, type ThemeManifest } from '@atlas/contract';
import { expectedManifest, expectedTable } from '../../../tests/support/expected-build.ts';
import { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { UNCERTAIN_SPAN } from '../map/overlays.ts';
import { rescoreTable } from '../weights/rescore.ts';
import { weightKey } from '../weights/weights-url.ts';
import { indicatorOnLevels } from '../../../tests/support/weighting.ts';
import { intervalWithheld, median, themeVsNederland, themeVsSimilar, unsureRanks } from './theme-significance.ts';
import { arrowTableOf, type ArrowArrays } from '../../../tests/support/arrow-arrays.ts';

const theme = { id: 'jonge_aanwas' } as ThemeManifest;
const indicators = ['vernielingen', 'jeugdhulp', 'landelijkheid', 'bijstand_uitkering'].map((id) => ({ id, label: id.toUpperCase() }) as IndicatorManifest);
const catalogue = { themeIndicators: () => indicators.map((indicator) => ({ indicator, weight: 1 })) };

const table = new RegionTable(
  'wijk',
  arrowTableOf({
    ...Object.fromEntries(REGION_COLUMNS.map((c) => [c.name, [null, null, null]])),
    code: ['WK01', 'WK02', 'WK03'],
    name: ['Een', 'Twee', 'Drie'],
    vernielingen__sig: ['hoger', 'lager', null],
    jeugdhulp__sig: ['niet_significant', null, null],
    bijstand_uitkering__sig: ['lager', null, null],
    theme__jonge_aanwas__lo: Float64Array.from([10, 40, NaN]),
    theme__jonge_aanwas__hi: Float64Array.from([70, 40 + UNCERTAIN_SPAN, 90]),
  } as ArrowArrays),
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

describe('one-pager under custom weights (fixture build)', () => {
  const manifest = expectedManifest();
  const jong = manifest.themes.find((th) => th.id === 'jonge_aanwas');
  if (!jong) throw new Error('fixture manifest has no theme jonge_aanwas');
  // an indicator of the gemeenten and the wijken: a weight changes scores only where its indicator is
  const first = indicatorOnLevels(manifest, jong, ['gemeente', 'wijk']);
  const weights = new Map([[weightKey(jong.id, first.id), first.weight * 2]]);

  it('cannot test or mark a rescored theme, and says why with the weights view’s own line', () => {
    for (const level of ['gemeente', 'wijk'] as const) {
      const published = expectedTable(level);
      const view = rescoreTable(published, manifest, weights, `summary:${jong.id}`);
      expect(intervalWithheld(published, jong), level).toBeNull();
      expect(intervalWithheld(view, jong), level).toBe(t('weights.describing'));
      // Only the rescored theme: the others keep their published interval.
      for (const other of manifest.themes.filter((th) => th.id !== jong.id)) expect(intervalWithheld(view, other), other.id).toBeNull();
      const row = Array.from(published.numbers(col.themeLo(jong.id))).findIndex(
        (v, r) => Number.isFinite(v) && Number.isFinite(published.number(col.themeHi(jong.id), r) ?? NaN),
      );
      expect(row, level).toBeGreaterThanOrEqual(0);
      expect(themeVsSimilar(view.number(col.themeLo(jong.id), row), view.number(col.themeHi(jong.id), row), [50])).toBeNull();
      // No region of the view can be marked unsure (the fixture has no interval that wide; Heeze-Leende in the e2e has).
      expect(unsureRanks(view, jong, view.codes)).toEqual([]);
    }
  });
});
