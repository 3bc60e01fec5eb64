/**
 * Whether a published interval has a width, or is a point published as lo = hi (why that happens, and what is shown
 * instead: compare/cell-interval.ts publishedInterval). The margin lies far below the gap between any two distinct
 * float32 bounds on the scales published (percentiles, scores and indicator units alike), so a real interval always
 * has a width; it only keeps bounds that are equal up to arithmetic from counting as one.
 */
const POINT = 1e-9;

export function widerThanPoint(lo: number, hi: number): boolean {
  return hi - lo > POINT;
}
