import { describe, expect, it } from 'vitest';
import { col } from '@atlas/contract';
import { expectedManifest, expectedTable } from '../../../tests/support/expected-build.ts';
import { Catalogue } from '../data/manifest.ts';
import { rescoreTable } from '../weights/rescore.ts';
import { weightKey } from '../weights/weights-url.ts';
import { histogram, rankAmong, rankSide, scoreContributions, signedPoints, themeParts, topRegions, weighsMost } from './summary-model.ts';

describe('scoreContributions', () => {
  it('adds up to the weighted-mean score’s distance from 50, largest pull first', () => {
    const parts = [
      { id: 'a', weight: 1, percentile: 90 },
      { id: 'b', weight: 2, percentile: 20 },
      { id: 'c', weight: 1, percentile: null },
      { id: 'd', weight: 1, percentile: 55 },
    ];
    const c = scoreContributions(parts);
    // Σ w·p / Σ w over a, b, d = (90 + 40 + 55) / 4 = 46.25
    expect(50 + c.reduce((s, x) => s + x.points, 0)).toBeCloseTo(46.25, 12);
    expect(c.map((x) => x.id)).toEqual(['b', 'a', 'd']);
    expect(c[0]!.points).toBeCloseTo((2 * -30) / 4, 12);
  });

  it('leaves a missing percentile out instead of treating it as 0', () => {
    const withMissing = scoreContributions([
      { id: 'a', weight: 1, percentile: 80 },
      { id: 'b', weight: 1, percentile: null },
    ]);
    expect(withMissing).toHaveLength(1);
    expect(withMissing[0]!.points).toBe(30);
  });

  it('is empty without any percentile, and weighsMost takes the first n', () => {
    expect(scoreContributions([{ id: 'a', weight: 1, percentile: null }])).toEqual([]);
    const parts = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, weight: 1, percentile: 10 + i * 25 }));
    expect(weighsMost(parts, 2).map((c) => c.id)).toEqual(['a', 'd']);
  });
});

describe('topRegions', () => {
  it('sorts by value, drops missing values, breaks ties by Dutch name order', () => {
    const top = topRegions(
      [
        { code: 'WK1', name: 'Oud-Noord', value: 70 },
        { code: 'WK2', name: 'Centrum', value: 70 },
        { code: 'WK3', name: 'Zuid', value: null },
        { code: 'WK4', name: 'West', value: 90 },
      ],
      5,
    );
    expect(top.map((r) => r.code)).toEqual(['WK4', 'WK2', 'WK1']);
  });
});

describe('rankAmong / rankSide', () => {
  it('counts ties at their best position from either end and ignores NaN', () => {
    const values = Float64Array.from([10, 20, 20, 30, NaN]);
    expect(rankAmong(values, 20)).toEqual({ rank: 2, fromBottom: 2, total: 4 });
    expect(rankSide(rankAmong(values, 30))).toEqual({ side: 'high', n: 1 });
    expect(rankSide(rankAmong(values, 10))).toEqual({ side: 'low', n: 1 });
  });
});

describe('histogram', () => {
  it('puts the upper bound in the last bin and skips values outside the range', () => {
    expect(histogram([0, 49.9, 50, 100, 101, NaN], 2)).toEqual([2, 2]);
  });
});

describe('signedPoints', () => {
  it('writes a sign and a real minus, rounded like the scores, in Dutch digits', () => {
    expect(signedPoints(11.6)).toBe('+12');
    expect(signedPoints(-7.5)).toBe('−7');
    expect(signedPoints(-8.4)).toBe('−8');
    expect(signedPoints(0.4)).toBe('0');
    expect(signedPoints(-0.4)).toBe('0');
    expect(signedPoints(1234.2)).toBe('+1.234');
  });
});

describe('themeParts under custom weights', () => {
  it('add up to the rescored theme score, not to the published one', () => {
    const manifest = expectedManifest();
    const catalogue = new Catalogue(manifest);
    const table = expectedTable('gemeente');
    const theme = manifest.themes.find((th) => catalogue.themeIndicators(th).length > 1)!;
    const [first] = catalogue.themeIndicators(theme);
    const weights = new Map([[weightKey(theme.id, first!.indicator.id), first!.weight + 3]]);
    const rescored = rescoreTable(table, manifest, weights, 'test').numbers(col.theme(theme.id));
    let checked = 0;
    for (let row = 0; row < table.size; row++) {
      const score = rescored[row] ?? Number.NaN;
      if (Number.isNaN(score)) continue;
      const points = scoreContributions(themeParts(catalogue, theme, table, row, weights)).reduce((s, c) => s + c.points, 0);
      expect(50 + points, table.codes[row]).toBeCloseTo(score, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // and the published weights give the published score
    const row = table.numbers(col.theme(theme.id)).findIndex((v) => !Number.isNaN(v));
    const published = 50 + scoreContributions(themeParts(catalogue, theme, table, row)).reduce((s, c) => s + c.points, 0);
    expect(published).toBeCloseTo(table.number(col.theme(theme.id), row)!, 9);
  });
});
