/**
 * A small static map of a gemeente's wijken as SVG, coloured like the map page (quantile classes over all wijken
 * of the country), with the top wijken numbered. No tiles, no WebGL: it prints sharp and costs no request.
 */
import type { RegionFeature, BBox } from '../data/geometry.ts';
import { fitEquirectangular, geometryPath, labelPoint } from './wijk-map.ts';

interface Props {
  features: readonly RegionFeature[];
  bbox: BBox;
  fill(code: string): string;
  /** Numbered markers (1 = strongest signal). */
  markers: readonly string[];
  label: string;
  width: number;
  height: number;
}

export function WijkMap({ features, bbox, fill, markers, label, width, height }: Props) {
  const fit = fitEquirectangular(bbox, width, height, 3);
  const byCode = new Map(features.map((f) => [f.properties.code, f]));
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
          <title>{f.properties.name}</title>
        </path>
      ))}
      {markers.map((code, i) => {
        const p = labelPoint(byCode.get(code)?.geometry ?? null);
        if (!p) return null;
        const [cx, cy] = fit.project(p);
        return (
          <g key={code} className="wijk-marker" aria-hidden="true">
            <circle cx={cx} cy={cy} r={6.5} />
            <text x={cx} y={cy + 3.2} textAnchor="middle">
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
