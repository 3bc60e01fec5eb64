/**
 * Columns that describe a value (intervals, significance, Gi* hotspot classes) belong to the numbers the pipeline
 * computed them for: the published year, the raw values, the standard weights. On the fixture build's expected
 * output: each view that shows other numbers leaves them out, says why in the note under the value, and the map
 * display drops the overlays that would read them, with the same line in the legend. A chosen year's missing
 * value says the reason the trends table publishes for that gap.
 */
import { describe, expect, it } from 'vitest';
import { col, LEVELS, type IndicatorManifest, type ThemeManifest } from '@atlas/contract';
import { expectedManifest, expectedTable, expectedTrendRows } from '../../../tests/support/expected-build.ts';
import { TrendTable } from '../data/trends.ts';
import { resolveDisplay } from '../map/display.ts';
import { uncertainRows } from '../map/overlays.ts';
import { rescoreTable } from '../weights/rescore.ts';
import { weightKey } from '../weights/weights-url.ts';
import { indicatorOnLevels } from '../../../tests/support/weighting.ts';
import { correctedDisplay } from './corrected-display.ts';
import { withoutWithheld } from './describing-display.ts';
import { withheldNote } from './value-notes.ts';
import { PUBLISHED, valueNote, valuesTable, type ValuesSpec } from './values-view.ts';

const manifest = expectedManifest();
const indicatorOf = (id: string): IndicatorManifest => {
  const found = manifest.indicators.find((i) => i.id === id);
  if (!found?.series) throw new Error(`fixture manifest has no indicator ${id} with a series`);
  return found;
};
const crime = indicatorOf('misdrijven_totaal');
const themeOf = (id: string): ThemeManifest => {
  const found = manifest.themes.find((th) => th.id === id);
  if (!found) throw new Error(`fixture manifest has no theme ${id}`);
  return found;
};
const [jong, onrust] = [themeOf('jonge_aanwas'), themeOf('maatschappelijke_onrust')];
const allMissing = (a: Float64Array): boolean => Array.from(a).every((v) => Number.isNaN(v));
const anyPresent = (a: Float64Array): boolean => Array.from(a).some((v) => !Number.isNaN(v));
const WEIGHTS_NOTE = 'Eigen weging: interval en hotspots alleen bij de standaardweging.';
const SMOOTHED_NOTE = 'Interval, significantie en hotspots alleen bij de ongecorrigeerde waarden.';

/** Custom weights on one theme: an indicator of every level counts double (a weight changes scores where its indicator is). */
function weighted(theme: ThemeManifest) {
  const ref = indicatorOnLevels(manifest, theme, LEVELS);
  return new Map([[weightKey(theme.id, ref.id), ref.weight * 2]]);
}

describe('custom weights', () => {
  for (const level of LEVELS) {
    it(`leave out the rescored theme's interval and hotspot class on the ${level}en and say why; other themes keep theirs`, () => {
      const table = expectedTable(level);
      expect(anyPresent(table.numbers(col.themeLo(jong.id)))).toBe(true);
      const view = rescoreTable(table, manifest, weighted(jong), `describing:${jong.id}`);
      for (const name of [col.themeLo, col.themeHi, col.themeGi]) expect(allMissing(view.numbers(name(jong.id))), name(jong.id)).toBe(true);
      expect(view.strings(col.themeHot(jong.id)).every((c) => c === null)).toBe(true);
      expect(view.numbers(col.themeLo(onrust.id))).toBe(table.numbers(col.themeLo(onrust.id)));
      expect(view.strings(col.themeHot(onrust.id))).toBe(table.strings(col.themeHot(onrust.id)));
      expect(valueNote(view, null, 0, jong.id)).toBe(WEIGHTS_NOTE);
      expect(valueNote(view, null, 0, onrust.id)).toBeNull();
      expect(valueNote(view, crime.id, 0)).toBeNull();
      // The map: no fading, no hotspots from the standard weights' columns, and the legend says why.
      const display = resolveDisplay(jong, undefined, 'value');
      const shown = withoutWithheld(display, view);
      expect(shown.hotColumn).toBeUndefined();
      expect(shown.pctInterval).toBeUndefined();
      expect(shown.subtitle).toBe(`${display.subtitle} · ${WEIGHTS_NOTE}`);
      expect(uncertainRows(view, display).every((f) => f === 0)).toBe(true);
      expect(withoutWithheld(resolveDisplay(onrust, undefined, 'value'), view)).toEqual(resolveDisplay(onrust, undefined, 'value'));
    });
  }
});

describe('corrected for small numbers', () => {
  for (const level of LEVELS) {
    it(`leaves out the raw values' percentile interval, significance and hotspots on the ${level}en and says why`, () => {
      const table = expectedTable(level);
      expect(anyPresent(table.numbers(col.pctLo(crime.id)))).toBe(true);
      const view = valuesTable(table, manifest, { ...PUBLISHED, corrected: true, key: 'describing:eb' });
      for (const name of [col.lo, col.hi, col.pctLo, col.pctHi, col.gi]) expect(allMissing(view.numbers(name(crime.id))), name(crime.id)).toBe(true);
      for (const name of [col.sig, col.hot])
        expect(
          view.strings(name(crime.id)).every((c) => c === null),
          name(crime.id),
        ).toBe(true);
      for (const theme of manifest.themes) {
        expect(allMissing(view.numbers(col.themeGi(theme.id)))).toBe(true);
        expect(view.strings(col.themeHot(theme.id)).every((c) => c === null)).toBe(true);
      }
      const row = table.numbers(col.value(crime.id)).findIndex((v) => !Number.isNaN(v));
      expect(valueNote(view, crime.id, row)).toMatch(new RegExp(`^Gecorrigeerd voor kleine aantallen; ongecorrigeerd .+\\)\\. ${SMOOTHED_NOTE}$`));
      expect(valueNote(view, null, row, jong.id)).toBe(`Gecorrigeerd voor kleine aantallen: berekend uit de gecorrigeerde percentielen. ${SMOOTHED_NOTE}`);
      // An indicator that is not a count is shown raw, so its describing columns still belong to it.
      const plain = manifest.indicators.find((i) => i.uncertainty !== 'poisson' && i.levels.some((l) => l.level === level));
      if (plain) expect(withheldNote(view, col.hot(plain.id))).toBeNull();
      const display = correctedDisplay(resolveDisplay(jong, crime, 'value'), view, false);
      const shown = withoutWithheld(display, view);
      expect([shown.hotColumn, shown.pctInterval]).toEqual([undefined, undefined]);
      expect(shown.subtitle).toBe(`${display.subtitle} · ${SMOOTHED_NOTE}`);
      expect(uncertainRows(view, display).every((f) => f === 0)).toBe(true);
    });
  }

  it('with custom weights says both why lines once each under the rescored theme score', () => {
    const base = rescoreTable(expectedTable('wijk'), manifest, weighted(jong), 'describing:w');
    const spec: ValuesSpec = { corrected: true, year: null, weights: weighted(jong), key: 'describing:eb+w' };
    const view = valuesTable(base, manifest, spec);
    expect(valueNote(view, null, 0, jong.id)).toBe(
      `${WEIGHTS_NOTE} Gecorrigeerd voor kleine aantallen: berekend uit de gecorrigeerde percentielen. ${SMOOTHED_NOTE}`,
    );
    expect(allMissing(view.numbers(col.themeLo(jong.id)))).toBe(true);
  });
});

describe('a chosen year', () => {
  it("gives a gemeente's missing year the reason its trends gap row publishes", () => {
    const table = expectedTable('gemeente');
    const series = crime.series;
    if (!series) throw new Error('no series');
    // The fixture's own rows, with one gemeente's 2022 value turned into a gap row as the pipeline writes one.
    const code = table.codes[1] ?? '';
    const rows = expectedTrendRows().map((r) =>
      r.series === series && r.code === code && r.year === 2022 ? { ...r, value: Number.NaN, reason: 'not_comparable' } : r,
    );
    const trends = new TrendTable(rows);
    expect(trends.gapReasonIn(series, code, 2022)).toBe('not_comparable');
    expect(trends.gapReasonIn(series, code, 2023)).toBeNull();
    const view = valuesTable(table, manifest, { ...PUBLISHED, year: { indicator: { ...crime, series }, year: 2022, trends }, key: 'describing:gap' });
    expect(view.number(col.value(crime.id), 1)).toBeNull();
    expect(view.string(col.reason(crime.id), 1)).toBe('not_comparable');
  });
});
