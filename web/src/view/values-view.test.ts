/**
 * Which value the views show, on the fixture build's expected output (the pipeline's real columns and trends):
 * a chosen year's values come from the trends table with their percentile among the level, and the correction
 * for small numbers swaps in the published __eb, __pct_eb and theme__<id>__eb columns.
 */
import { describe, expect, it } from 'vitest';
import { col, LEVELS, type IndicatorManifest } from '@atlas/contract';
import { percentileRanks } from '@atlas/maths';
import { expectedManifest, expectedTable, expectedTrends } from '../../../tests/support/expected-build.ts';
import { tableColumns } from '../table/table-spec.ts';
import { Catalogue } from '../data/manifest.ts';
import { resolveDisplay } from '../map/display.ts';
import { correctedDisplay } from './corrected-display.ts';
import { weightKey } from '../weights/weights-url.ts';
import { columnBasis, PUBLISHED, shownIndicator, valueNote, valuesTable, type ValuesSpec, type YearSpec } from './values-view.ts';

const manifest = expectedManifest();
const trends = expectedTrends();
const indicatorOf = (id: string): IndicatorManifest => {
  const found = manifest.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`fixture manifest has no indicator ${id}`);
  return found;
};
const crime = indicatorOf('misdrijven_totaal');
const yearSpec = (year: number): YearSpec => {
  if (!crime.series) throw new Error('misdrijven_totaal has no series in the fixture manifest');
  return { indicator: { ...crime, series: crime.series }, year, trends };
};
const spec = (s: Partial<ValuesSpec>): ValuesSpec => ({ ...PUBLISHED, key: JSON.stringify([s.corrected, s.year?.year]), ...s });
const list = (a: Float64Array): (number | null)[] => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

describe('a chosen year', () => {
  for (const level of LEVELS) {
    it(`shows that year's trends value and its percentile among the ${level}en; a missing year stays missing`, () => {
      const table = expectedTable(level);
      const view = valuesTable(table, manifest, spec({ year: yearSpec(2022) }));
      const values = list(view.numbers(col.value(crime.id)));
      const expected = table.codes.map((code, row) => {
        const withheld = ['below_min_population', 'suppressed_privacy'].includes(table.string(col.reason(crime.id), row) ?? '');
        return withheld ? null : (trends.points('misdrijven_geregistreerd_per_1000', code, [2022])[0]?.value ?? null);
      });
      expect(values).toEqual(expected);
      expect(values.some((v) => v !== null)).toBe(true);
      // Never 0 in place of a missing value: every missing row has a reason.
      values.forEach((v, row) => expect(v === null ? view.string(col.reason(crime.id), row) : null).toEqual(v === null ? expect.any(String) : null));
      expect(list(view.numbers(col.percentile(crime.id)))).toEqual(percentileRanks(values, crime.direction));
      // No interval for another year than the published one, and the note says so.
      expect(list(view.numbers(col.lo(crime.id))).every((v) => v === null)).toBe(true);
      const row = values.findIndex((v) => v !== null);
      expect(valueNote(view, crime.id, row)).toBe(`Waarde van 2022; interval, significantie en hotspots alleen voor ${crime.year}.`);
      // The theme score and the other indicators keep their published values.
      expect(view.numbers(col.theme('jonge_aanwas'))).toBe(table.numbers(col.theme('jonge_aanwas')));
    });
  }

  it('in the indicator own year gives back the published value and percentile (the series holds the same numbers)', () => {
    const table = expectedTable('gemeente');
    const view = valuesTable(table, manifest, spec({ year: yearSpec(Number(crime.year)) }));
    const close = (a: (number | null)[]) => a.map((v) => (v === null ? null : Math.round(v * 1e6) / 1e6));
    expect(close(list(view.numbers(col.value(crime.id))))).toEqual(close(list(table.numbers(col.value(crime.id)))));
    expect(close(list(view.numbers(col.percentile(crime.id))))).toEqual(close(list(table.numbers(col.percentile(crime.id)))));
  });
});

describe('the national value beside a chosen year', () => {
  it("is that year's NL00 value from the trends table, and the published one for the other indicators", () => {
    const shown = shownIndicator(spec({ year: yearSpec(2022) }), crime);
    expect(shown.national).toBe(trends.points('misdrijven_geregistreerd_per_1000', 'NL00', [2022])[0]?.value ?? null);
    expect(shown.national).not.toBeNull();
    expect(shown.year).toBe('2022');
    const other = indicatorOf('vernielingen');
    expect(shownIndicator(spec({ year: yearSpec(2022) }), other)).toBe(other);
  });
});

describe('corrected for small numbers', () => {
  for (const level of LEVELS) {
    it(`shows the published smoothed columns on the ${level}en where an indicator has them, and says so where not`, () => {
      const table = expectedTable(level);
      const view = valuesTable(table, manifest, spec({ corrected: true }));
      expect(view.numbers(col.value(crime.id))).toBe(table.numbers(col.eb(crime.id)));
      expect(view.numbers(col.percentile(crime.id))).toBe(table.numbers(col.pctEb(crime.id)));
      for (const theme of manifest.themes) expect(view.numbers(col.theme(theme.id))).toBe(table.numbers(col.themeEb(theme.id)));
      const row = table.numbers(col.value(crime.id)).findIndex((v) => !Number.isNaN(v));
      expect(valueNote(view, crime.id, row)).toMatch(
        /^Gecorrigeerd voor kleine aantallen; ongecorrigeerd \d+,\d per 1\.000 inwoners \(\d+,\d–\d+,\d\)\. Interval, significantie/,
      );
      const income = manifest.indicators.find((i) => i.uncertainty !== 'poisson' && i.levels.some((l) => l.level === level));
      if (income) {
        expect(view.numbers(col.value(income.id))).toBe(table.numbers(col.value(income.id)));
        expect(valueNote(view, income.id, 0)).toMatch(/^Niet gecorrigeerd/);
      }
    });
  }

  it('with custom weights rescores the corrected theme score from the corrected percentiles, by the pipeline rule', () => {
    for (const level of LEVELS) {
      const table = expectedTable(level);
      for (const theme of manifest.themes) {
        const [first] = theme.indicators;
        if (!first) continue;
        // The catalogue weight written out as a custom weight: rescoring must give the published theme__<id>__eb.
        const weights = new Map([[weightKey(theme.id, first.id), first.weight]]);
        const view = valuesTable(table, manifest, { ...spec({ corrected: true }), weights, key: `w:${theme.id}` });
        const round = (a: Float64Array) => list(a).map((v) => (v === null ? null : Math.round(v * 1e6) / 1e6));
        expect(round(view.numbers(col.theme(theme.id))), `${theme.id} on ${level}`).toEqual(round(table.numbers(col.themeEb(theme.id))));
      }
    }
  });

  it('with a chosen year shows that year raw and says the correction exists for the published year only', () => {
    const view = valuesTable(expectedTable('wijk'), manifest, spec({ corrected: true, year: yearSpec(2023) }));
    expect(valueNote(view, crime.id, 0)).toMatch(/Niet gecorrigeerd voor kleine aantallen/);
  });

  it('names the year and the correction in the table headers, which the exports use', () => {
    const catalogue = new Catalogue(manifest);
    const theme = manifest.themes.find((th) => th.indicators.some((i) => i.id === crime.id));
    if (!theme) throw new Error('no theme with misdrijven_totaal');
    const label = (s: ValuesSpec | null) => tableColumns(catalogue, 'wijk', theme, s).find((c) => c.indicator?.id === crime.id)?.label;
    expect(label(null)).not.toMatch(/·/);
    expect(label(spec({ year: yearSpec(2022) }))).toMatch(/ · 2022$/);
    expect(label(spec({ corrected: true }))).toMatch(/ · gecorrigeerd$/);
    expect(columnBasis(spec({ corrected: true }), null, 'wijk')).toEqual({ year: null, corrected: true });
  });

  it('leaves the published table itself when nothing is asked', () => {
    const table = expectedTable('buurt');
    expect(valuesTable(table, manifest, PUBLISHED)).toBe(table);
  });
});

describe('the legend line under the correction', () => {
  it('says "gecorrigeerd" where the drawn values are corrected, and says they are not where no correction exists', () => {
    const table = expectedTable('wijk');
    const theme = manifest.themes.find((th) => th.indicators.some((i) => i.id === crime.id));
    if (!theme) throw new Error('no theme with misdrijven_totaal');
    const shown = correctedDisplay(resolveDisplay(theme, crime, 'value'), table, false);
    expect(shown.title).toBe(`${crime.label} (gecorrigeerd)`);
    expect(shown.subtitle).toMatch(/ · Gecorrigeerd voor kleine aantallen\.$/);
    const plain = manifest.indicators.find((i) => i.uncertainty !== 'poisson' && i.levels.some((l) => l.level === 'wijk'));
    if (!plain) throw new Error('no uncorrectable indicator on wijk level');
    expect(correctedDisplay(resolveDisplay(theme, plain, 'value'), table, false).subtitle).toMatch(/ · Niet gecorrigeerd:/);
    // A chosen year is shown raw: the correction exists for the published year only.
    expect(correctedDisplay(resolveDisplay(theme, crime, 'value'), table, true).title).toBe(crime.label);
    expect(correctedDisplay(resolveDisplay(theme, undefined, 'pct'), table, false).title).toMatch(/\(gecorrigeerd\)$/);
  });
});
