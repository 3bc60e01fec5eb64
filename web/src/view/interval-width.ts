/**
 * Whether a published interval has a width. Bounds are published as float32, so two bounds closer than this are
 * one point: a theme whose indicators are complete counts without sampling error (vakantieparken) is published
 * with lo = hi = the score, and that is no interval to show or to test against.
 */
const POINT = 1e-9;

export function widerThanPoint(lo: number, hi: number): boolean {
  return hi - lo > POINT;
}
