/**
 * The pure logic of the one-page gemeente summary: which indicators weigh most in a theme score, which wijken
 * show the strongest signals, where a score stands among all gemeenten. No React, no fetching: unit-tested.
 */
import { col, type IndicatorId, type ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { STANDARD_WEIGHTS, weightIn, type Weights } from '../weights/weights-url.ts';

export interface ThemePart<Id extends string = IndicatorId> {
  id: Id;
  weight: number;
  percentile: number | null;
}

export interface Contribution<Id extends string = IndicatorId> {
  id: Id;
  weight: number;
  percentile: number;
  /**
   * Points this indicator moves the theme score away from the middle (50): weight × (percentile − 50) / the
   * total weight of the indicators with a value. The theme score is exactly 50 + the sum of these.
   */
  points: number;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Every indicator with a percentile and its contribution to the score, the largest pull (up or down) first.
 * The theme score is the weighted mean Σ wᵢpᵢ / Σ wᵢ over these indicators, so score − 50 = Σ wᵢ(pᵢ − 50) / Σ wᵢ:
 * the contributions add up to the score's distance from the middle.
 */
export function scoreContributions<Id extends string>(parts: readonly ThemePart<Id>[]): Contribution<Id>[] {
  const present = parts.filter((p): p is ThemePart<Id> & { percentile: number } => finite(p.percentile) && p.weight > 0);
  const total = present.reduce((s, p) => s + p.weight, 0);
  if (total <= 0) return [];
  return present
    .map((p) => ({ id: p.id, weight: p.weight, percentile: p.percentile, points: (p.weight * (p.percentile - 50)) / total }))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.weight - a.weight || a.id.localeCompare(b.id));
}

/** Points as the summary writes them: "+12", "−8" (a real minus sign) or "0", rounded like the scores. */
export function signedPoints(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${fmt.integer(Math.abs(rounded))}`;
}

/** The `n` indicators that weigh most in the score (largest |contribution|). */
export function weighsMost<Id extends string>(parts: readonly ThemePart<Id>[], n = 3): Contribution<Id>[] {
  return scoreContributions(parts).slice(0, n);
}

/**
 * A theme's parts for one row of a region table: each indicator's weight (under custom `weights`, the weights the
 * table's scores were made with) and percentile on that level.
 */
export function themeParts(catalogue: Catalogue, theme: ThemeManifest, table: RegionTable, row: number, weights: Weights = STANDARD_WEIGHTS): ThemePart[] {
  return catalogue.themeIndicators(theme).map(({ indicator, weight }) => ({
    id: indicator.id,
    weight: weightIn(weights, theme.id, { id: indicator.id, weight }),
    percentile: table.number(col.percentile(indicator.id), row),
  }));
}

export interface RankedRegion {
  code: string;
  name: string;
  value: number;
}

/** The `n` regions with the highest value; regions without a value are left out, ties go by name, then code. */
export function topRegions(items: readonly { code: string; name: string; value: number | null }[], n = 5): RankedRegion[] {
  return items
    .filter((i): i is RankedRegion => finite(i.value))
    .map((i) => ({ code: i.code, name: i.name, value: i.value }))
    .sort((a, b) => b.value - a.value || fmt.compare(a.name, b.name) || a.code.localeCompare(b.code))
    .slice(0, n);
}

export interface Rank {
  /** 1 = highest value; ties share the best position. */
  rank: number;
  /** 1 = lowest value; ties share the best position. */
  fromBottom: number;
  /** Regions with a value. */
  total: number;
}

/** Position among all regions with a value, counted from the top and from the bottom. */
export function rankAmong(values: ArrayLike<number>, value: number): Rank {
  let higher = 0;
  let lower = 0;
  let total = 0;
  for (const v of Array.from(values)) {
    if (!Number.isFinite(v)) continue;
    total++;
    if (v > value) higher++;
    else if (v < value) lower++;
  }
  return { rank: higher + 1, fromBottom: lower + 1, total };
}

/** How to say a rank: from the nearer end ("3rd highest" rather than "340th highest"). */
export function rankSide(r: Rank): { side: 'high' | 'low'; n: number } {
  return r.rank <= r.fromBottom ? { side: 'high', n: r.rank } : { side: 'low', n: r.fromBottom };
}

/** Counts of the finite values in `bins` equal bins over [lo, hi]; hi itself falls in the last bin. */
export function histogram(values: ArrayLike<number>, bins = 20, lo = 0, hi = 100): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = (hi - lo) / bins;
  for (const v of Array.from(values)) {
    if (!Number.isFinite(v) || v < lo || v > hi) continue;
    const bin = Math.min(bins - 1, Math.floor((v - lo) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}
