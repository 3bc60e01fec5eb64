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
  /** The percentile's 95 % interval, drawn as a band behind the dot. */
  band?: readonly [number, number] | null;
}

export function PercentileBar({ value, width = 150, label, band }: Props) {
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
      {present && band && (
        <rect
          className="pbar-band"
          data-testid="percentile-band"
          x={x(band[0])}
          y={3}
          width={Math.max(1, x(band[1]) - x(band[0]))}
          height={10}
          rx={3}
          fill="#0b1f33"
          opacity={0.22}
        />
      )}
      {present ? (
        <circle cx={x(value)} cy={8} r={4.5} fill="#0b1f33" stroke="#fff" strokeWidth={1.5} />
      ) : (
        <rect x={x(0)} y={6} width={x(100) - x(0)} height={4} fill="#eceef1" />
      )}
    </svg>
  );
}
