/**
 * The 95 % interval and the "vs Nederland" flag of one compare cell. Gemeenten and wijken read them from the
 * published columns; aggregates (RIEC-regio, veiligheidsregio, provincie) have only summed counts, so their
 * interval is computed here with the same formulas the pipeline uses (Garwood for rates from counts, Wilson
 * for shares), and their flag with the same rule against the national value.
 */
import { SIGNIFICANCE_VALUES, type IndicatorManifest } from '@atlas/contract';
import { poissonRateInterval, significanceAgainst, wilsonInterval, type Interval, type Significance } from '@atlas/maths';
import { widerThanPoint } from '../view/interval-width.ts';

export type { Significance };

export interface CellInterval {
  lo: number | null;
  hi: number | null;
  sig: Significance | null;
}

export const NO_INTERVAL: CellInterval = { lo: null, hi: null, sig: null };

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function asSignificance(value: string | null): Significance | null {
  return SIGNIFICANCE_VALUES.find((s) => s === value) ?? null;
}

/**
 * A published interval: both bounds, wider than a point, or none. A theme whose indicators are complete counts
 * without sampling error (e.g. vakantieparken: every one 'none_no_sampling') is published with lo = hi = the
 * score; as a whisker that is a zero-width tick on the bar's end, which reads as the bar's edge. There is no
 * margin to show, so it is shown as none, as the one-pager does (summary/theme-significance.ts).
 */
export function publishedInterval(lo: number | null, hi: number | null, sig: string | null): CellInterval {
  return finite(lo) && finite(hi) && widerThanPoint(lo, hi) ? { lo, hi, sig: asSignificance(sig) } : NO_INTERVAL;
}

/**
 * The interval of a value summed from gemeente counts, by the indicator's uncertainty method and its gemeente
 * scale. No interval for measures and survey estimates, or when the counts do not allow one (a share whose
 * rounded numerator exceeds its denominator).
 */
export function summedInterval(
  indicator: Pick<IndicatorManifest, 'uncertainty' | 'levels' | 'national'>,
  numerator: number | null,
  denominator: number | null,
): CellInterval {
  const scale = indicator.levels.find((l) => l.level === 'gemeente')?.scale ?? null;
  if (!finite(numerator) || !finite(denominator) || scale === null || numerator < 0) return NO_INTERVAL;
  let interval: Interval | null = null;
  if (indicator.uncertainty === 'poisson') interval = poissonRateInterval(numerator, denominator, scale);
  else if (indicator.uncertainty === 'wilson' && numerator <= denominator) interval = wilsonInterval(numerator, denominator, scale);
  return interval ? { ...interval, sig: significanceAgainst(interval, indicator.national) } : NO_INTERVAL;
}
