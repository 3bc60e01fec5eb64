/**
 * Theme scores under custom weights: the published percentiles re-weighted by `themeScoreColumns`, the
 * module the pipeline's rule is tested against, so the app and the build cannot drift apart. Only the
 * indicators that exist on the level count, as in the pipeline (data-pipeline/compute/scores.ts).
 */
import { col, type Level, type Manifest, type ThemeManifest } from '@atlas/contract';
import { themeScoreColumns } from '@atlas/maths';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { registerView, type Note, type NoteKey } from '../view/value-notes.ts';
import { withColumns } from './table-view.ts';
import { weightIn, weightKey, type Weights } from './weights-url.ts';

export interface ThemeColumns {
  score: Float64Array;
  /** Indicators with a positive weight and a value, per region (the pipeline's `theme__<id>__n`). */
  count: Float64Array;
  reason: (string | null)[];
}

const onLevel = (manifest: Manifest, theme: ThemeManifest, level: Level) =>
  theme.indicators.filter((ref) => manifest.indicators.some((ind) => ind.id === ref.id && ind.levels.some((l) => l.level === level)));

/** Whether custom weights change the theme's score on the level: one of its indicators there has a custom weight. */
export const themeAffected = (manifest: Manifest, theme: ThemeManifest, level: Level, weights: Weights): boolean =>
  onLevel(manifest, theme, level).some((ref) => weights.has(weightKey(theme.id, ref.id)));

/** One theme's scores on the table's level under `weights` (NaN = no score), with the reason for a missing one. */
export function rescoreTheme(table: RegionTable, manifest: Manifest, theme: ThemeManifest, weights: Weights, out?: Float64Array): ThemeColumns {
  const refs = onLevel(manifest, theme, table.level);
  const score = themeScoreColumns(
    refs.map((ref) => table.numbers(col.percentile(ref.id))),
    refs.map((ref) => weightIn(weights, theme.id, ref)),
    { minWeightShare: theme.minWeightShare, minIndicators: theme.minIndicators },
    out ?? new Float64Array(table.size),
  );
  const published = table.strings(col.themeReason(theme.id));
  const reason = Array.from(score, (v, i) => (Number.isNaN(v) ? (published[i] ?? 'insufficient_weight') : null));
  const count = new Float64Array(table.size);
  for (const ref of refs) {
    if (!(weightIn(weights, theme.id, ref) > 0)) continue;
    const pct = table.numbers(col.percentile(ref.id));
    for (let i = 0; i < count.length; i++) if (!Number.isNaN(pct[i] ?? Number.NaN)) count[i] = (count[i] ?? 0) + 1;
  }
  return { score, count, reason };
}

const views = new WeakMap<RegionTable, Map<string, RegionTable>>();

/**
 * `table` with every affected theme rescored; the same view for the same weights (so memos hold). The theme's
 * interval and Gi* columns were computed for the standard weights and do not describe the new score: they are
 * left out (missing), and the view says so where the score is shown.
 */
export function rescoreTable(table: RegionTable, manifest: Manifest, weights: Weights, key: string): RegionTable {
  if (weights.size === 0) return table;
  let byKey = views.get(table);
  if (!byKey) views.set(table, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const numbers = new Map<string, Float64Array>();
  const strings = new Map<string, (string | null)[]>();
  const notes = new Map<NoteKey, Note>();
  const withheld = new Map<string, string>();
  const note = t('weights.describing');
  const none = new Float64Array(table.size).fill(Number.NaN);
  const noClass = new Array<string | null>(table.size).fill(null);
  for (const theme of manifest.themes) {
    if (!themeAffected(manifest, theme, table.level, weights)) continue;
    const { score, count, reason } = rescoreTheme(table, manifest, theme, weights);
    numbers.set(col.theme(theme.id), score);
    numbers.set(col.themeCount(theme.id), count);
    strings.set(col.themeReason(theme.id), reason);
    for (const name of [col.themeLo, col.themeHi, col.themeGi]) numbers.set(name(theme.id), none);
    strings.set(col.themeHot(theme.id), noClass);
    for (const name of [col.themeLo, col.themeHi, col.themeGi, col.themeHot]) withheld.set(name(theme.id), note);
    notes.set(col.theme(theme.id), () => note);
  }
  const view = withColumns(table, numbers, strings);
  registerView(view, table, notes, withheld);
  byKey.set(key, view);
  return view;
}
