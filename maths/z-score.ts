/**
 * (x − reference) / sd, with sd the population standard deviation of the non-null values of the level
 * and reference the national value (the mean when there is none). The sign follows the value, not the
 * risk direction: a z-score says "how far from the national value", the percentile says "how risky".
 * Fewer than two values or sd = 0 → null for all.
 */
export function zScores(values: readonly (number | null)[], reference: number | null): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return values.map(() => null);
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  const variance = present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length;
  const sd = Math.sqrt(variance);
  if (!(sd > 0)) return values.map(() => null);
  const center = reference ?? mean;
  return values.map((v) => (v === null ? null : (v - center) / sd));
}
