/**
 * A small line chart over years (SVG + d3-shape): one emphasised line for the region, reference lines (e.g.
 * Nederland) dashed, Dutch tick labels, gaps where a year has no value, a legend, a caption and the same numbers
 * as a table for screen readers. The SVG scales with its container (viewBox), so it fits a side panel and a page.
 */
import type { ReactNode } from 'react';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { lineLayout, type LineSeries } from './line-chart.ts';
import './charts.css';

export interface LineChartProps {
  series: readonly LineSeries[];
  xDomain: readonly [number, number];
  /** Unit of the y axis, written above it ("per 1.000 inwoners"). */
  unit: string;
  /** Accessible name of the chart (what it shows, for whom). */
  title: string;
  decimals: number;
  width?: number;
  height?: number;
  caption?: ReactNode;
  testId?: string;
}

export function LineChart({ series, xDomain, unit, title, decimals, width = 320, height = 170, caption, testId = 'line-chart' }: LineChartProps) {
  const layout = lineLayout(series, { width, height, margin: { top: 18, right: 10, bottom: 22, left: 34 }, xDomain, minXTickGap: 32 });
  const { plot } = layout;
  const years: number[] = [];
  for (let y = xDomain[0]; y <= xDomain[1]; y++) years.push(y);
  return (
    <figure className="line-chart" data-testid={testId}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="line-chart-svg">
        <text x={2} y={10} className="lc-unit">
          {unit}
        </text>
        {layout.yTicks.map((tk) => (
          <g key={tk.label}>
            <line x1={plot.left} x2={plot.right} y1={tk.y} y2={tk.y} className="lc-grid" />
            <text x={plot.left - 5} y={tk.y + 3.5} className="lc-tick" textAnchor="end">
              {tk.label}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tk) => (
          <text key={tk.label} x={tk.x} y={plot.bottom + 14} className="lc-tick" textAnchor="middle">
            {tk.label}
          </text>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="lc-axis" />
        {/* Reference lines first, so the region's own line is drawn on top. */}
        {[...layout.series]
          .sort((a, b) => (a.role === b.role ? 0 : a.role === 'reference' ? -1 : 1))
          .map((s) => (
            <g key={s.id} className={`lc-series lc-${s.role}`} data-testid={`${testId}-${s.role}`} data-series={s.id} data-points={s.dots.length}>
              {s.d && <path d={s.d} className="lc-line" />}
              {s.dots.map((d) => (
                <circle key={d.year} cx={d.x} cy={d.y} r={s.role === 'primary' ? 2.4 : 1.8} className="lc-dot" />
              ))}
            </g>
          ))}
      </svg>
      <ul className="line-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.id} className={`lc-${s.role}`}>
            <svg width="22" height="8" viewBox="0 0 22 8">
              <line x1="1" x2="21" y1="4" y2="4" className="lc-line" />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      {caption && <figcaption className="line-caption">{caption}</figcaption>}
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.year')}</th>
            {series.map((s) => (
              <th key={s.id} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {series.map((s) => (
                <td key={s.id}>{fmt.number(s.points.find((p) => p.x === year)?.y, decimals)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
