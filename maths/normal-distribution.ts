import { regularizedGammaQ } from './incomplete-gamma.ts';

/** z for a two-sided 95 % interval, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/**
 * Complementary error function, through erfc(x) = Q(½, x²) so it keeps full relative precision far
 * into the tail (erfc(10) ≈ 2.1e-45), where 1 − erf(x) would give 0.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('erfc: x is NaN');
  if (x === 0) return 1;
  const tail = regularizedGammaQ(0.5, x * x);
  return x > 0 ? tail : 2 - tail;
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z| / √2). */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}
