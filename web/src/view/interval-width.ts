/**
 * Whether a published interval has a width, or is a point published as lo = hi (why that happens, and what is shown
 * instead: compare/cell-interval.ts publishedInterval). The margin only keeps a difference left by arithmetic on
 * equal bounds from counting as a width; on the 0-100 scale no two distinct published bounds are this close.
 */
const POINT = 1e-9;

export function widerThanPoint(lo: number, hi: number): boolean {
  return hi - lo > POINT;
}
