/**
 * A region's percentile as a dot on a 0–100 bar tinted with the map's classes.
 */
import { scaleLinear } from 'd3-scale';
import { fmt } from '../format/format.ts';
import { CLASS_COLORS } from '../map/classes.ts';

interface Props {
  value: number | null;
  width?: number;
  label?: string;
}

export function PercentileBar({ value, width = 150, label }: Props) {
  const height = 16;
  const x = scaleLinear()
    .domain([0, 100])
    .range([5, width - 5])
    .clamp(true);
  const segment = (x(100) - x(0)) / CLASS_COLORS.length;
  const present = value !== null && Number.isFinite(value);
  return (
    <svg className="pbar" width={width} height={height} role="img" aria-label={label ?? fmt.percentile(value)}>
      {CLASS_COLORS.map((c, i) => (
        <rect key={c} x={x(0) + i * segment} y={6} width={segment} height={4} fill={c} opacity={0.85} />
      ))}
      <line x1={x(50)} x2={x(50)} y1={3} y2={13} stroke="#5b6573" strokeWidth={1} />
      {present ? (
        <circle cx={x(value)} cy={8} r={4.5} fill="#0b1f33" stroke="#fff" strokeWidth={1.5} />
      ) : (
        <rect x={x(0)} y={6} width={x(100) - x(0)} height={4} fill="#eceef1" />
      )}
    </svg>
  );
}
