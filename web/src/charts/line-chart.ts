/**
 * Layout of a small line chart over years, apart from how it is drawn: scales, ticks with Dutch labels, and one
 * SVG path per series in which a year without a value is a gap (a new subpath), never a dip to 0.
 */
import { precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { fmt } from '../format/format.ts';

export interface LinePoint {
  x: number;
  y: number | null;
}

export interface LineSeries {
  id: string;
  label: string;
  points: readonly LinePoint[];
  /** The region itself, or a reference line (e.g. Nederland). */
  role: 'primary' | 'reference';
}

export interface LineLayoutOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xDomain: readonly [number, number];
  /** Minimum horizontal room per x label, in chart units. */
  minXTickGap?: number;
  yTicks?: number;
}

export interface PlacedSeries {
  id: string;
  label: string;
  role: LineSeries['role'];
  /** SVG path; '' when the series has no value at all. */
  d: string;
  /** One dot per year with a value, so a year between two gaps still shows. */
  dots: { x: number; y: number; value: number; year: number }[];
}

export interface LineLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  series: PlacedSeries[];
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** Integer x ticks (years) with the smallest step of 1, 2, 5, 10… that leaves `minGap` room per label. */
export function yearTicks(from: number, to: number, plotWidth: number, minGap: number): number[] {
  const span = Math.max(0, to - from);
  const steps = [1, 2, 5, 10, 20, 50];
  const step = steps.find((s) => Math.floor(span / s) * minGap <= plotWidth) ?? 100;
  const out: number[] = [];
  for (let x = from; x <= to; x += step) out.push(x);
  return out;
}

export function lineLayout(series: readonly LineSeries[], o: LineLayoutOptions): LineLayout {
  const plot = { left: o.margin.left, top: o.margin.top, right: o.width - o.margin.right, bottom: o.height - o.margin.bottom };
  const [x0, x1] = o.xDomain;
  const x = scaleLinear()
    .domain([x0, x1 === x0 ? x0 + 1 : x1])
    .range([plot.left, plot.right]);
  let max = 0;
  for (const s of series) for (const p of s.points) if (p.y !== null && Number.isFinite(p.y) && p.y > max) max = p.y;
  // Rates start at 0: a line that starts higher up would exaggerate a change.
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([plot.bottom, plot.top])
    .nice(o.yTicks ?? 4);
  const ticks = y.ticks(o.yTicks ?? 4);
  const [first, second] = ticks;
  const decimals = first !== undefined && second !== undefined ? precisionFixed(second - first) : 0;
  const path = line<LinePoint>()
    .defined((p) => p.y !== null && Number.isFinite(p.y))
    .x((p) => round(x(p.x)))
    .y((p) => round(y(p.y ?? NaN)));
  return {
    plot,
    xTicks: yearTicks(x0, x1, plot.right - plot.left, o.minXTickGap ?? 30).map((v) => ({ x: round(x(v)), label: String(v) })),
    yTicks: ticks.map((v) => ({ y: round(y(v)), label: fmt.number(v, decimals) })),
    series: series.map((s) => ({
      id: s.id,
      label: s.label,
      role: s.role,
      d: path(s.points as LinePoint[]) ?? '',
      dots: s.points.flatMap((p) => (p.y !== null && Number.isFinite(p.y) ? [{ x: round(x(p.x)), y: round(y(p.y)), value: p.y, year: p.x }] : [])),
    })),
  };
}
