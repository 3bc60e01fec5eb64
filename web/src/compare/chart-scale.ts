/**
 * Geometry of one small bar chart on /vergelijk: a horizontal bar per region from zero to its value, and the
 * national value as a reference line. Pure, so the rules are unit-tested:
 *  - the domain always holds 0 (a bar's length must mean something), every value and the reference;
 *  - a missing value gets no bar at all (it is never drawn as 0);
 *  - negative values (a falling trend) grow to the left of the zero line.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface ChartLayout {
  width: number;
  /** Left edge of the bars (after the name column) and right edge (before the value column). */
  barLeft: number;
  barRight: number;
  rowHeight: number;
  /** Space above the first row for the reference label. */
  top: number;
}

export const CHART_LAYOUT: ChartLayout = { width: 300, barLeft: 104, barRight: 244, rowHeight: 20, top: 18 };

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** [min, max] with 0 included, made "nice"; [0, 1] when there is nothing to show. */
export function barDomain(values: readonly (number | null)[], reference: number | null, fixed?: readonly [number, number]): [number, number] {
  if (fixed) return [fixed[0], fixed[1]];
  const all = [...values, reference].filter(present);
  let lo = Math.min(0, ...all);
  let hi = Math.max(0, ...all);
  if (lo === hi) hi = lo + 1;
  [lo, hi] = scaleLinear().domain([lo, hi]).nice(4).domain() as [number, number];
  return [lo, hi];
}

export function barScale(domain: readonly [number, number], layout: ChartLayout = CHART_LAYOUT): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range([layout.barLeft, layout.barRight]).clamp(true);
}

/** The rectangle of one bar, or null for a missing value. A value of exactly 0 is a zero-width bar, not a gap. */
export function barExtent(x: ScaleLinear<number, number>, value: number | null): { x: number; width: number } | null {
  if (!present(value)) return null;
  const zero = x(0);
  const end = x(value);
  return { x: Math.min(zero, end), width: Math.abs(end - zero) };
}

export function chartHeight(rows: number, layout: ChartLayout = CHART_LAYOUT): number {
  return layout.top + rows * layout.rowHeight + 6;
}

/** A name shortened to fit the name column (about 6 px per character at 12 px), with an ellipsis. */
export function fitLabel(name: string, maxChars = 16): string {
  return name.length <= maxChars ? name : `${name.slice(0, maxChars - 1).trimEnd()}…`;
}

/** One colour per chosen region, in selection order, the same in the table header and every chart. */
export const REGION_COLORS = ['#1d5fa8', '#c25e00', '#2a7d4f', '#8e3f8f', '#0f7f86', '#b3261e'] as const;
export const regionColor = (index: number): string => REGION_COLORS[index % REGION_COLORS.length] ?? REGION_COLORS[0];
