import type { Interval } from './count-intervals.ts';

/** How a value compares with a reference (Nederland): published as a category, shown in Dutch words. */
export type Significance = 'hoger' | 'lager' | 'niet_significant';

export const SIGNIFICANCES: readonly Significance[] = ['hoger', 'lager', 'niet_significant'];

/**
 * 'hoger' when the whole 95 % interval lies above the reference, 'lager' when it lies below, and
 * 'niet_significant' when the interval includes it (a bound equal to the reference counts as including).
 * null when there is no interval or no reference: no claim either way.
 */
export function significanceAgainst(interval: Interval | null, reference: number | null): Significance | null {
  if (interval === null || reference === null || !Number.isFinite(reference)) return null;
  if (interval.lo > reference) return 'hoger';
  if (interval.hi < reference) return 'lager';
  return 'niet_significant';
}
