import { gammaQuantile } from './gamma-quantile.ts';
import { Z_95 } from './normal-distribution.ts';

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * Exact (Garwood) 95 % interval for the mean of a Poisson count k:
 *   lo = qchisq(0.025, 2k) / 2 (0 when k = 0),  hi = qchisq(0.975, 2k + 2) / 2,
 * written as gamma quantiles with shape k and k + 1 (qchisq(p, 2k) / 2 = qgamma(p, k)).
 *
 * Non-integer counts (a sum of estimated or rounded counts) use the same formula with shape k: the
 * gamma form is the continuous extension of the chi-square one, monotone in k and equal to it at every
 * integer, so a count of 2.5 gets an interval between those of 2 and 3. Counts below 0 or not finite
 * are refused.
 */
export function poissonCountInterval(count: number): Interval {
  if (!(count >= 0) || !Number.isFinite(count)) throw new RangeError(`poissonCountInterval: count ${count} must be a finite number ≥ 0`);
  const cached = Number.isInteger(count) && count < CACHE_LIMIT ? cache.get(count) : undefined;
  if (cached) return { ...cached };
  const interval = { lo: count === 0 ? 0 : gammaQuantile(0.025, count), hi: gammaQuantile(0.975, count + 1) };
  if (Number.isInteger(count) && count < CACHE_LIMIT) cache.set(count, { ...interval });
  return interval;
}

/** Small integer counts repeat across thousands of buurten; the quantiles are exact, so caching changes nothing. */
const CACHE_LIMIT = 100_000;
const cache = new Map<number, Interval>();

/**
 * Interval for a rate count / denominator × scale (e.g. crimes per 1,000 inhabitants): the Garwood
 * interval of the count, divided by the denominator and scaled. The denominator is treated as known.
 * null when the denominator is not positive (no rate exists).
 */
export function poissonRateInterval(count: number, denominator: number, scale: number): Interval | null {
  if (!(denominator > 0) || !Number.isFinite(denominator)) return null;
  const { lo, hi } = poissonCountInterval(count);
  return { lo: (lo / denominator) * scale, hi: (hi / denominator) * scale };
}

/**
 * Wilson score interval for a share numerator / denominator, with z = 1.959963984540054 (95 %):
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
 * returned × scale (100 for a percentage). Unlike p̂ ± z·se it stays inside [0, 1] and is not zero-width
 * at 0 % or 100 %. null when the denominator is not positive; a numerator outside [0, denominator] is
 * refused (rounded source counts can cause that: the caller decides how to report it).
 */
export function wilsonInterval(numerator: number, denominator: number, scale = 1, z = Z_95): Interval | null {
  if (!(denominator > 0) || !Number.isFinite(denominator)) return null;
  if (!(numerator >= 0 && numerator <= denominator)) {
    throw new RangeError(`wilsonInterval: numerator ${numerator} must lie in [0, denominator ${denominator}]`);
  }
  const share = numerator / denominator;
  const z2n = (z * z) / denominator;
  const centre = (share + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((share * (1 - share)) / denominator + z2n / (4 * denominator));
  // at 0 and 1 the formula gives the bound exactly in theory; rounding must not put it a hair outside
  return { lo: Math.max(0, centre - half) * scale, hi: Math.min(1, centre + half) * scale };
}
