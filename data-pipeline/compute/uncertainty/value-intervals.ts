/**
 * Per indicator and level: the 95 % interval of each value (Garwood for 'poisson', Wilson for 'wilson', on the
 * published numerator and denominator — for a sum of buurten those are the summed counts), the reason where there
 * is none, significance against Nederland, and for 'poisson' the empirical-Bayes smoothed value. Only published
 * cells are used, so nothing here can reveal a withheld count.
 */
import { marshallEmpiricalBayes, poissonRateInterval, significanceAgainst, wilsonInterval, type Interval, type Significance } from '@atlas/maths';
import type { CiReason } from '@atlas/contract';
import type { UncertaintyMethod } from '../../../indicators/catalog/types.ts';
import type { IndicatorCell } from '../indicator-cell.ts';

export interface ValueIntervals {
  lo: (number | null)[];
  hi: (number | null)[];
  ciReason: (CiReason | null)[];
  sig: (Significance | null)[];
  /** Smoothed value in the value's unit; null except for 'poisson'. */
  eb: (number | null)[];
  /** Shrinkage weight C_i of the smoothing (0 = all level mean, 1 = own rate). */
  ebWeight: (number | null)[];
  /** The level's overall rate m in the value's unit ('poisson'), the smoothing target. */
  ebMean: number | null;
}

const NO_INTERVAL_REASON: Record<UncertaintyMethod, CiReason> = {
  poisson: 'no_sampling_basis',
  wilson: 'no_sampling_basis',
  none_no_sampling: 'no_sampling_basis',
  none_survey: 'survey_margin_unpublished',
};

/** The interval of one published cell, or why it has none. */
export function cellInterval(cell: IndicatorCell, method: UncertaintyMethod, scale: number | null): Interval | CiReason {
  const { value, numerator, denominator } = cell;
  if (value === null || numerator === null || denominator === null || scale === null) return NO_INTERVAL_REASON[method];
  // a difference of counts (a change) can be negative: it is not a Poisson count
  if (method === 'poisson')
    return numerator >= 0 ? (poissonRateInterval(numerator, denominator, scale) ?? NO_INTERVAL_REASON[method]) : NO_INTERVAL_REASON[method];
  if (method === 'wilson') {
    if (!(numerator >= 0 && numerator <= denominator)) return 'share_out_of_range';
    return wilsonInterval(numerator, denominator, scale) ?? NO_INTERVAL_REASON[method];
  }
  return NO_INTERVAL_REASON[method];
}

/** `cells` in the level's region order (undefined = the region has no cell). */
export function valueIntervals(
  cells: readonly (IndicatorCell | undefined)[],
  method: UncertaintyMethod,
  scale: number | null,
  national: number | null,
): ValueIntervals {
  const n = cells.length;
  const out: ValueIntervals = {
    lo: new Array<number | null>(n).fill(null),
    hi: new Array<number | null>(n).fill(null),
    ciReason: new Array<CiReason | null>(n).fill(null),
    sig: new Array<Significance | null>(n).fill(null),
    eb: new Array<number | null>(n).fill(null),
    ebWeight: new Array<number | null>(n).fill(null),
    ebMean: null,
  };
  cells.forEach((cell, i) => {
    if (!cell || cell.value === null) return;
    const interval = cellInterval(cell, method, scale);
    if (typeof interval === 'string') {
      out.ciReason[i] = interval;
      return;
    }
    out.lo[i] = interval.lo;
    out.hi[i] = interval.hi;
    out.sig[i] = significanceAgainst(interval, national);
  });
  if (method === 'poisson' && scale !== null && countsAreCounts(cells)) {
    const published = (cell: IndicatorCell | undefined) => cell !== undefined && cell.value !== null;
    const smoothing = marshallEmpiricalBayes(
      cells.map((c) => (published(c) ? (c?.numerator ?? null) : null)),
      cells.map((c) => (published(c) ? (c?.denominator ?? null) : null)),
    );
    out.eb = smoothing.smoothed.map((rate) => (rate === null ? null : rate * scale));
    out.ebWeight = smoothing.weight;
    out.ebMean = smoothing.mean === null ? null : smoothing.mean * scale;
  }
  return {
    ...out,
    lo: sharedIfEmpty(out.lo),
    hi: sharedIfEmpty(out.hi),
    sig: sharedIfEmpty(out.sig),
    eb: sharedIfEmpty(out.eb),
    ebWeight: sharedIfEmpty(out.ebWeight),
  };
}

/**
 * One frozen all-null column per level size, shared by every indicator field that has no values on the level
 * (every interval field of an indicator without a sampling model, the smoothing of a 'wilson' one …): on the buurt
 * level each is 14,574 slots kept until the tables are written. Frozen, so a reader cannot write into all of them.
 */
const NO_VALUES = new Map<number, null[]>();
export function noValues(n: number): null[] {
  let column = NO_VALUES.get(n);
  if (!column) {
    column = new Array<null>(n).fill(null);
    Object.freeze(column);
    NO_VALUES.set(n, column);
  }
  return column;
}

/** The column itself, or the shared `noValues` when all of it is null. */
export function sharedIfEmpty<T>(column: (T | null)[]): (T | null)[] {
  return column.every((v) => v === null) ? noValues(column.length) : column;
}

/** Every published numerator is a count (≥ 0): only then do smoothing and simulated draws apply. */
export function countsAreCounts(cells: readonly (IndicatorCell | undefined)[]): boolean {
  return cells.every((c) => c === undefined || c.value === null || c.numerator === null || c.numerator >= 0);
}
