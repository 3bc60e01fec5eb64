/**
 * The app's rescoring against the pipeline's published scores: with the catalogue weights, rescoreTheme on
 * the expected output of the fixture build (tests/expected/fixture-build) gives every level's published
 * theme score, and no score exactly where the pipeline published none.
 */
import { describe, expect, it } from 'vitest';
import { col, LEVELS } from '@atlas/contract';
import { rescoreTable, rescoreTheme } from './rescore.ts';
import { weightKey } from './weights-url.ts';
import { valueNote } from '../view/value-notes.ts';
import { expectedManifest, expectedTable } from '../../../tests/support/expected-build.ts';

const manifest = expectedManifest();
const table = expectedTable;

describe('rescoring with the catalogue weights reproduces the pipeline', () => {
  for (const level of LEVELS) {
    it(`every theme score on level ${level}`, () => {
      const t = table(level);
      for (const theme of manifest.themes) {
        const { score, count } = rescoreTheme(t, manifest, theme, new Map());
        const published = t.numbers(col.theme(theme.id));
        const publishedCount = t.numbers(col.themeCount(theme.id));
        for (let i = 0; i < t.size; i++) {
          const p = published[i] ?? Number.NaN;
          if (Number.isNaN(p)) expect(score[i], `${theme.id} ${t.codes[i]}`).toBeNaN();
          else expect(score[i], `${theme.id} ${t.codes[i]}`).toBeCloseTo(p, 8);
          if (!Number.isNaN(p)) expect(count[i], `${theme.id} ${t.codes[i]} n`).toBe(publishedCount[i]);
        }
      }
    });
  }

  it('a weight of 0 leaves the indicator out, and the view carries the new scores', () => {
    const t = table('gemeente');
    const theme = manifest.themes.find((th) => th.indicators.length > th.minIndicators)!;
    const dropped = theme.indicators[0]!;
    const weights = new Map([[weightKey(theme.id, dropped.id), 0]]);
    const view = rescoreTable(t, manifest, weights, 'test');
    const rest = theme.indicators.slice(1).filter((ref) => manifest.indicators.find((i) => i.id === ref.id)?.levels.some((l) => l.level === 'gemeente'));
    for (let i = 0; i < t.size; i++) {
      const parts = rest.flatMap((ref) => {
        const pct = t.numbers(col.percentile(ref.id))[i] ?? Number.NaN;
        return Number.isNaN(pct) ? [] : [{ pct, weight: ref.weight }];
      });
      const total = rest.reduce((s, r) => s + r.weight, 0);
      const present = parts.reduce((s, p) => s + p.weight, 0);
      const expected = parts.length && present / total + 1e-9 >= theme.minWeightShare ? parts.reduce((s, p) => s + p.weight * p.pct, 0) / present : null;
      const got = view.number(col.theme(theme.id), i);
      if (expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(expected, 12);
    }
    // Other columns are the base table's.
    expect(view.numbers(col.percentile(dropped.id))).toBe(t.numbers(col.percentile(dropped.id)));
    expect(rescoreTable(t, manifest, weights, 'test')).toBe(view);
  });

  it('leaves a level alone when the changed weight is of an indicator it does not have: scores, intervals and notes stay', () => {
    const wijk = table('wijk');
    const onWijk = (id: string) => manifest.indicators.find((i) => i.id === id)?.levels.some((l) => l.level === 'wijk');
    const theme = manifest.themes.find((th) => th.indicators.some((ref) => !onWijk(ref.id)))!;
    const elsewhere = theme.indicators.find((ref) => !onWijk(ref.id))!;
    const view = rescoreTable(wijk, manifest, new Map([[weightKey(theme.id, elsewhere.id), elsewhere.weight + 1]]), 'elsewhere');
    for (const column of [col.theme, col.themeLo, col.themeHi]) expect(view.numbers(column(theme.id)), column(theme.id)).toBe(wijk.numbers(column(theme.id)));
    expect(view.strings(col.themeHot(theme.id))).toBe(wijk.strings(col.themeHot(theme.id)));
    expect(valueNote(view, null, 0, theme.id)).toBeNull();
  });
});
