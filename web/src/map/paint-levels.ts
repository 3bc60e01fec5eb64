/**
 * The choropleth on MapLibre's own fill layers: a level's polygons are handed to its GeoJSON source once
 * (feature id = region code), and colours are feature-state set from the table's colour buffer. A theme,
 * indicator or year switch therefore only sets feature-state; the worker never re-tiles the geometry.
 */
import type { Feature } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LEVELS, type Level } from '@atlas/contract';
import type { Choropleth } from './choropleth.ts';
import { EMPTY_FC, SOURCE, STATE, levelLayers, levelSource } from './style.ts';

/** Per map: which geometry each source holds and which colours were last set, so nothing is done twice. */
export interface PaintedLevels {
  geometry: Partial<Record<Level, Choropleth['geometry']>>;
  /** Full polygons of the shown level by code (queryRenderedFeatures gives tile-clipped ones). */
  byCode: Map<string, Feature>;
  colorKey: Partial<Record<Level, string>>;
}

const cssCache = new Map<number, string>();
function css(colors: Uint8Array, row: number): string {
  const key = ((colors[row * 4] ?? 0) << 24) | ((colors[row * 4 + 1] ?? 0) << 16) | ((colors[row * 4 + 2] ?? 0) << 8) | (colors[row * 4 + 3] ?? 0);
  let value = cssCache.get(key);
  if (value === undefined) {
    value = `rgba(${colors[row * 4]},${colors[row * 4 + 1]},${colors[row * 4 + 2]},${((colors[row * 4 + 3] ?? 255) / 255).toFixed(4)})`;
    cssCache.set(key, value);
  }
  return value;
}

/** Show the choropleth's level (and hide the others); hand over its geometry once; set its colours when they changed. */
export function paintChoropleth(map: MapLibreMap, painted: PaintedLevels, choropleth: Choropleth | null): void {
  for (const level of LEVELS) {
    const visibility = choropleth?.level === level ? 'visible' : 'none';
    for (const id of levelLayers(level)) if (map.getLayoutProperty(id, 'visibility') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
  }
  const hatch = map.getSource(SOURCE.hatch) as GeoJSONSource | undefined;
  const hotspots = map.getSource(SOURCE.hotspots) as GeoJSONSource | undefined;
  if (!choropleth) {
    hatch?.setData(EMPTY_FC);
    hotspots?.setData(EMPTY_FC);
    return;
  }
  const { level, geometry, featureRows, colors, belowMin, colorKey } = choropleth;
  const source = levelSource(level);
  if (painted.geometry[level] !== geometry) {
    (map.getSource(source) as GeoJSONSource | undefined)?.setData(geometry.collection);
    painted.geometry[level] = geometry;
    painted.byCode = new Map(geometry.collection.features.map((f) => [f.properties.code, f]));
    delete painted.colorKey[level];
  }
  if (painted.colorKey[level] === colorKey) return;
  painted.colorKey[level] = colorKey;
  hotspots?.setData(choropleth.hotspots ?? EMPTY_FC);
  const hatched: Feature[] = [];
  geometry.collection.features.forEach((f, i) => {
    const row = featureRows[i] ?? -1;
    map.setFeatureState({ source, id: f.properties.code }, { [STATE.color]: row < 0 ? null : css(colors, row) });
    if (row >= 0 && belowMin[row] === 1) hatched.push(f);
  });
  hatch?.setData({ type: 'FeatureCollection', features: hatched });
}
