/**
 * One plain sentence per indicator in a profile that explains both numbers: where the value stands among the
 * regions of the level (the percentile's counts) and the comparison with Nederland (one figure for the
 * whole country, in which large areas weigh more), and why they can point different ways.
 */
import type { Direction, Level } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { compareWithNational } from '../vs-nederland/vs-nederland.ts';

/** Of the other regions of the level with a value: how many are less risky, and how many have the same value. */
export interface Standing {
  lessRisky: number;
  equal: number;
  others: number;
}

/** A column's values with a value, ascending, once per column (tables cache their columns): the profile renders often. */
const sortedColumns = new WeakMap<Float64Array, Float64Array>();
function sortedPresent(values: Float64Array): Float64Array {
  let sorted = sortedColumns.get(values);
  if (!sorted) {
    sorted = values.filter((v) => v === v).sort();
    sortedColumns.set(values, sorted);
  }
  return sorted;
}

/** The first position in `sorted` whose value is not below `value` (`orEqual`: not at or below it). */
function bound(sorted: Float64Array, value: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? Number.NaN;
    if (v < value || (orEqual && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The counts behind the published percentile (PR = 100 × (less risky + ½ equal) / others). Values tie often (classes,
 * zero counts, rounded shares: at buurt level most values are shared), and then the percentile alone would make
 * "hoger dan 3 %" of a value that is the lowest there is.
 */
export function standingOf(values: Float64Array, value: number, direction: Direction): Standing {
  const sorted = sortedPresent(values);
  const below = bound(sorted, value, false);
  const upTo = bound(sorted, value, true);
  const lessRisky = direction === 'higher_is_risk' ? below : sorted.length - upTo;
  // the region itself is one of the equal values
  return { lessRisky, equal: Math.max(0, upTo - below - 1), others: Math.max(0, sorted.length - 1) };
}

/**
 * A count of the other regions in words: a share, or (where a share would round to 0 % or 100 % when it is not)
 * the count itself. `ofLevel` false leaves "van de …" off a share that follows one that said it.
 */
function others(count: number, total: number, level: Level, ofLevel: boolean): string {
  const plural = t(`level.plural.${level}`);
  const pct = (100 * count) / total;
  if (count > 0 && pct < 0.5) return t('standing.few', { count: fmt.integer(count), total: fmt.integer(total), level: plural });
  if (count < total && pct > 99.5) return t('standing.allBut', { count: fmt.integer(total - count), level: plural });
  return ofLevel ? t('standing.share', { pct: fmt.number(Math.round(pct), 0), level: plural }) : `${fmt.number(Math.round(pct), 0)} %`;
}

function standingText(level: Level, standing: Standing, direction: Direction): string | null {
  const { lessRisky, equal, others: total } = standing;
  if (total === 0) return null;
  const higher = direction === 'higher_is_risk';
  if (equal === total) return t('standing.allEqual', { level: t(`level.plural.${level}`) });
  // at either end of the level: the lowest or highest value there is, alone or shared
  const atBottom = lessRisky === 0;
  if (atBottom || lessRisky + equal === total) {
    const lowest = atBottom === higher;
    if (equal === 0) return t(lowest ? 'standing.lowest' : 'standing.highest', { level: t(`level.plural.${level}`) });
    return `${t(lowest ? 'standing.sharedLowest' : 'standing.sharedHighest', { equal: others(equal, total, level, true) })} ${t('standing.tiesHalf')}`;
  }
  const main = t(higher ? 'standing.higher' : 'standing.lower', { lower: others(lessRisky, total, level, true) });
  if (equal === 0) return main;
  return `${main}${t('standing.shared', { equal: others(equal, total, level, false) })} ${t('standing.tiesHalf')}`;
}

export interface SentenceInput {
  level: Level;
  direction: Direction;
  value: number | null;
  pct: number | null;
  /** The counts of the column the percentile was taken over (standingOf); null leaves the rank out. */
  standing: Standing | null;
  national: number | null;
  nationalText: string;
  /**
   * The published test against Nederland (`<id>__sig`: the whole 95 % interval above or below it, or not); null
   * without one, or for an interval of a single point. It decides the words where it exists: 79,8 % (79,6–79,9)
   * beside 77,9 % was "ongeveer gelijk".
   */
  sig?: string | null;
}

function againstNational(side: 'higher' | 'lower' | 'same', sig: string | null | undefined, national: string): string {
  if (sig === 'hoger' || sig === 'lager') return t(sig === 'hoger' ? 'vsNl.clearlyHigher' : 'vsNl.clearlyLower', { national });
  const words = t(side === 'higher' ? 'vsNl.higher' : side === 'lower' ? 'vsNl.lower' : 'vsNl.same', { national });
  return sig === 'niet_significant' && side !== 'same' ? `${words}${t('vsNl.withinMargin')}` : words;
}

export function indicatorSentence({ level, direction, value, pct, standing, national, nationalText, sig }: SentenceInput): string | null {
  if (value === null || pct === null) return null;
  const { side, seemsToContradict } = compareWithNational(value, pct, national, direction, sig);
  const rank = standing ? standingText(level, standing, direction) : null;
  if (side === null) return rank === null ? null : `${rank}.`;
  const against = againstNational(side, sig, nationalText);
  const why = seemsToContradict ? ` ${t('vsNl.why', { level: t(`level.${level}`).toLowerCase() })}` : '';
  return rank === null ? `${against.charAt(0).toUpperCase()}${against.slice(1)}.${why}` : `${rank}; ${against}.${why}`;
}
