/**
 * The interval whisker and the "vs Nederland" mark of one bar on /vergelijk. Pure, so the geometry and the
 * words are unit-tested: a whisker spans the 95 % interval in the chart's scale (clamped like the bars), and a
 * mark appears only for a significant difference.
 */
import type { ScaleLinear } from 'd3-scale';
import { t } from '../i18n/nl.ts';
import type { CellInterval, Significance } from './cell-interval.ts';

/** x of both ends, or null when the value has no interval. */
export function whiskerExtent(x: ScaleLinear<number, number>, cell: Pick<CellInterval, 'lo' | 'hi'>): { x1: number; x2: number } | null {
  if (cell.lo === null || cell.hi === null || !Number.isFinite(cell.lo) || !Number.isFinite(cell.hi)) return null;
  return { x1: x(Math.min(cell.lo, cell.hi)), x2: x(Math.max(cell.lo, cell.hi)) };
}

/** ▲ above Nederland, ▼ below, nothing when the difference may be chance or there is no claim. */
export function significanceMark(sig: Significance | null): string {
  return sig === 'hoger' ? '▲' : sig === 'lager' ? '▼' : '';
}

export function significanceText(sig: Significance): string {
  return t(`compare.sig.${sig}`);
}
