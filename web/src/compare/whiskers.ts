/**
 * The interval whisker and the "vs Nederland" mark of one bar on /vergelijk. Pure, so the geometry and the
 * words are unit-tested: a whisker spans the 95 % interval in the chart's scale (clamped like the bars), and a
 * mark appears only for a significant difference.
 */
import type { ScaleLinear } from 'd3-scale';
import { t } from '../i18n/nl.ts';
import type { CellInterval, Significance } from './cell-interval.ts';

/**
 * Narrower than this (px), the two ticks print as one dark line on the bar's end, which reads as its edge: theme
 * scores of gemeenten have intervals of a few tenths of a point, under a pixel on a 0–100 axis. Such a whisker is
 * drawn this wide around its interval; the label and the table give the bounds.
 */
export const MIN_WHISKER_PX = 5;

/** x of both ends, or null when the value has no interval. */
export function whiskerExtent(x: ScaleLinear<number, number>, cell: Pick<CellInterval, 'lo' | 'hi'>): { x1: number; x2: number } | null {
  if (cell.lo === null || cell.hi === null || !Number.isFinite(cell.lo) || !Number.isFinite(cell.hi)) return null;
  const [x1, x2] = [x(Math.min(cell.lo, cell.hi)), x(Math.max(cell.lo, cell.hi))];
  if (x2 - x1 >= MIN_WHISKER_PX) return { x1, x2 };
  const middle = (x1 + x2) / 2;
  return { x1: middle - MIN_WHISKER_PX / 2, x2: middle + MIN_WHISKER_PX / 2 };
}

/** ▲ above Nederland, ▼ below, nothing when the difference may be chance or there is no claim. */
export function significanceMark(sig: Significance | null): string {
  return sig === 'hoger' ? '▲' : sig === 'lager' ? '▼' : '';
}

export function significanceText(sig: Significance): string {
  return t(`compare.sig.${sig}`);
}
