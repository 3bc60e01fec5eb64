/**
 * A theme score against the national picture: the distribution of all gemeenten's scores as a grey histogram
 * on a 0–100 axis, the gemeente as a dot, and its vergelijkbare gemeenten as ticks.
 */
import { scaleLinear } from 'd3-scale';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { histogram } from './summary-model.ts';

interface Props {
  /** Scores of all gemeenten (NaN = no score). */
  all: ArrayLike<number>;
  value: number;
  similar: readonly number[];
  name: string;
  total: number;
  width?: number;
}

const BINS = 20;

export function ScoreStrip({ all, value, similar, name, total, width = 220 }: Props) {
  const height = 44;
  const axisY = 30;
  const x = scaleLinear()
    .domain([0, 100])
    .range([6, width - 6])
    .clamp(true);
  const counts = histogram(all, BINS);
  const max = Math.max(1, ...counts);
  const binW = (x(100) - x(0)) / BINS;
  const barH = scaleLinear().domain([0, max]).range([0, 22]);
  return (
    <svg
      className="score-strip"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={t('summary.strip.aria', { score: fmt.score(value), name, total: fmt.integer(total) })}
    >
      {counts.map((c, i) => (
        <rect key={i} x={x(0) + i * binW + 0.5} y={axisY - barH(c)} width={Math.max(0, binW - 1)} height={barH(c)} className="strip-bin" />
      ))}
      <line x1={x(0)} x2={x(100)} y1={axisY} y2={axisY} className="strip-axis" />
      {[0, 50, 100].map((v) => (
        <text key={v} x={x(v)} y={height - 2} className="strip-tick" textAnchor={v === 0 ? 'start' : v === 100 ? 'end' : 'middle'}>
          {fmt.integer(v)}
        </text>
      ))}
      {similar.map((v, i) => (
        <line key={i} x1={x(v)} x2={x(v)} y1={axisY - 9} y2={axisY + 4} className="strip-similar" />
      ))}
      <circle cx={x(value)} cy={axisY} r={5} className="strip-dot" />
    </svg>
  );
}
