/**
 * Whether a gemeente's theme differs clearly from Nederland and from its similar gemeenten, and which named
 * wijken have an unsure rank: the pure rules behind the one-pager's sentences, unit-tested.
 *  - Nederland has no theme score (a score ranks gemeenten), so the theme is compared through its indicators'
 *    published flags (`__sig`: the 95 % interval lies wholly above/below the national value).
 *  - Similar gemeenten: the gemeente's theme-score interval against the median score of its similar gemeenten
 *    (a median is not thrown by one odd neighbour, and those gemeenten's own intervals are as narrow).
 *  - A wijk's rank is unsure when its theme-score interval spans more than UNCERTAIN_SPAN points: the rule of
 *    the map's uncertainty fade.
 *  - Under custom weights the theme's interval belongs to the standard weights and the view leaves it out: then
 *    neither rule can be applied, and the sheet says why with the view's own line (intervalWithheld).
 */
import { col, type ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import type { RegionTable } from '../data/region-table.ts';
import { UNCERTAIN_SPAN } from '../map/overlays.ts';
import { widerThanPoint } from '../view/interval-width.ts';
import { withheldNote } from '../view/value-notes.ts';

export type Difference = 'hoger' | 'lager' | 'niet_significant';

export interface VsNederland {
  /** Labels of the indicators clearly above / below Nederland. */
  higher: string[];
  lower: string[];
  /** Indicators with a flag (an interval and a national value); the rest cannot be compared. */
  compared: number;
}

export function themeVsNederland(catalogue: Pick<Catalogue, 'themeIndicators'>, theme: ThemeManifest, table: RegionTable, row: number): VsNederland {
  const out: VsNederland = { higher: [], lower: [], compared: 0 };
  for (const { indicator } of catalogue.themeIndicators(theme)) {
    const sig = table.has(col.sig(indicator.id)) ? table.string(col.sig(indicator.id), row) : null;
    if (sig === null) continue;
    out.compared++;
    if (sig === 'hoger') out.higher.push(indicator.label);
    else if (sig === 'lager') out.lower.push(indicator.label);
  }
  return out;
}

/** The middle value (mean of the two middle ones for an even count); null without values. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * 'hoger' / 'lager' when the whole theme-score interval lies above / below the similar gemeenten's median;
 * null when there is no real interval (a zero width means none of the theme's numbers has a margin) or no
 * similar gemeente with a score.
 */
export function themeVsSimilar(lo: number | null, hi: number | null, similarScores: readonly number[]): Difference | null {
  const middle = median(similarScores);
  if (lo === null || hi === null || middle === null || !widerThanPoint(lo, hi)) return null;
  if (lo > middle) return 'hoger';
  if (hi < middle) return 'lager';
  return 'niet_significant';
}

/** Codes of the listed wijken whose theme-score interval spans more than half the scale. */
export function unsureRanks(table: RegionTable, theme: ThemeManifest, codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const r = table.row(code);
    if (r === undefined) return false;
    const lo = table.number(col.themeLo(theme.id), r);
    const hi = table.number(col.themeHi(theme.id), r);
    return lo !== null && hi !== null && hi - lo > UNCERTAIN_SPAN;
  });
}

/** Why the theme-score interval of `table` is left out (the view's line, e.g. under custom weights); null when it is published. */
export function intervalWithheld(table: RegionTable, theme: Pick<ThemeManifest, 'id'>): string | null {
  return withheldNote(table, col.themeLo(theme.id)) ?? withheldNote(table, col.themeHi(theme.id));
}
