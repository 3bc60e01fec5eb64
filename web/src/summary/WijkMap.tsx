/**
 * A small static map of a gemeente's wijken as SVG, coloured like the map page (quantile classes over all wijken
 * of the country), with the top wijken numbered. No tiles, no WebGL: it prints sharp and costs no request.
 */
import type { RegionFeature, BBox } from '../data/geometry.ts';
import { fitEquirectangular, geometryPath, labelPoint, spreadMarkers } from './wijk-map.ts';

interface Props {
  features: readonly RegionFeature[];
  bbox: BBox;
  fill(code: string): string;
  /** Numbered markers (1 = strongest signal). */
  markers: readonly string[];
  label: string;
  /** Wijk names as tooltips; false for the version without wijk names. */
  named: boolean;
  width: number;
  height: number;
}

const RADIUS = 6.5;

export function WijkMap({ features, bbox, fill, markers, label, named, width, height }: Props) {
  const fit = fitEquirectangular(bbox, width, height, 3);
  const byCode = new Map(features.map((f) => [f.properties.code, f]));
  const placed = markers.flatMap((code, i) => {
    const p = labelPoint(byCode.get(code)?.geometry ?? null);
    return p ? [{ code, n: i + 1, at: fit.project(p) }] : [];
  });
  const spread = spreadMarkers(
    placed.map((m) => m.at),
    // A diameter, the outline and a hair of white between two markers.
    2 * RADIUS + 2,
    fit.width,
    fit.height,
  );
  return (
    <svg className="wijk-map" viewBox={`0 0 ${fit.width.toFixed(1)} ${fit.height.toFixed(1)}`} role="img" aria-label={label} data-testid="wijk-map">
      {features.map((f) => (
        <path
          key={f.properties.code}
          d={geometryPath(f.geometry, fit.project)}
          fill={fill(f.properties.code)}
          fillRule="evenodd"
          className="wijk-shape"
          data-code={f.properties.code}
        >
          {named && <title>{f.properties.name}</title>}
        </path>
      ))}
      {placed.map(({ code, n }, i) => {
        const [cx, cy] = spread[i] ?? [0, 0];
        return (
          <g key={code} className="wijk-marker" aria-hidden="true" data-n={n}>
            <circle cx={cx} cy={cy} r={RADIUS} />
            <text x={cx} y={cy + 3.2} textAnchor="middle">
              {n}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
