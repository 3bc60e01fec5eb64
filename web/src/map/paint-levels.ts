/**
 * The choropleth on MapLibre's own fill layers: a level's polygons are handed to its GeoJSON source once
 * (feature id = region code), and colours are feature-state set from the table's colour buffer. A theme,
 * indicator or year switch therefore only sets feature-state; the worker never re-tiles the geometry.
 *
 * Every write here costs a frame or more: a changed feature-state re-uploads that feature's paint vertices in
 * every tile, and a setData on the hatch or hotspot source makes MapLibre's worker re-tile it (for thousands
 * of hatched buurten, hundreds of ms) and 'idle' waits for it. So only what differs from the last paint is
 * written: the features whose colour changed, and the overlays when their content did.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LEVELS, type Level } from '@atlas/contract';
import type { Choropleth } from './choropleth.ts';
import { EMPTY_FC, SOURCE, STATE, levelLayers, levelSource } from './style.ts';

/** No colour set yet (a fresh source); NO_COLOR: the feature-state is cleared (region without a table row). */
const UNSET = -2;
const NO_COLOR = -1;

/** Per map: which geometry each source holds and which colours and overlays were last set, so nothing is done twice. */
export interface PaintedLevels {
  geometry: Partial<Record<Level, Choropleth['geometry']>>;
  /** Full polygons of the shown level by code (queryRenderedFeatures gives tile-clipped ones). */
  byCode: Map<string, Feature>;
  byCodeOf: Choropleth['geometry'] | null;
  colorKey: Partial<Record<Level, string>>;
  /** Per level, per geometry feature: the RGBA (packed) last written to its feature-state. */
  featureColor: Partial<Record<Level, Float64Array>>;
  /** Level and feature indices in the hatch source, and the hotspot collection last handed over. */
  hatch: string;
  hotspots: FeatureCollection | null;
}

export const emptyPainted = (): PaintedLevels => ({
  geometry: {},
  byCode: new Map(),
  byCodeOf: null,
  colorKey: {},
  featureColor: {},
  hatch: '',
  hotspots: null,
});

const packed = (colors: Uint8Array, row: number): number =>
  (colors[row * 4] ?? 0) * 0x1000000 + (colors[row * 4 + 1] ?? 0) * 0x10000 + (colors[row * 4 + 2] ?? 0) * 0x100 + (colors[row * 4 + 3] ?? 0);

const cssCache = new Map<number, string>();
function css(colors: Uint8Array, row: number): string {
  const key = packed(colors, row);
  let value = cssCache.get(key);
  if (value === undefined) {
    value = `rgba(${colors[row * 4]},${colors[row * 4 + 1]},${colors[row * 4 + 2]},${((colors[row * 4 + 3] ?? 255) / 255).toFixed(4)})`;
    cssCache.set(key, value);
  }
  return value;
}

function setHotspots(map: MapLibreMap, painted: PaintedLevels, hotspots: FeatureCollection | null): void {
  if (painted.hotspots === hotspots) return;
  painted.hotspots = hotspots;
  (map.getSource(SOURCE.hotspots) as GeoJSONSource | undefined)?.setData(hotspots ?? EMPTY_FC);
}

function setHatch(map: MapLibreMap, painted: PaintedLevels, key: string, features: Feature[]): void {
  if (painted.hatch === key) return;
  painted.hatch = key;
  (map.getSource(SOURCE.hatch) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
}

/** Give a level's source its polygons (once per geometry); its colours are then all unset. */
function handOver(map: MapLibreMap, painted: PaintedLevels, level: Level, geometry: Choropleth['geometry']): void {
  if (painted.geometry[level] === geometry) return;
  (map.getSource(levelSource(level)) as GeoJSONSource | undefined)?.setData(geometry.collection);
  painted.geometry[level] = geometry;
  painted.featureColor[level] = new Float64Array(geometry.collection.features.length).fill(UNSET);
  delete painted.colorKey[level];
}

/**
 * Hand a level's polygons to its hidden source ahead of a switch to it: MapLibre's copy into its worker and the
 * worker's tile index (most of a switch to buurten) then happen while the user looks at another level. Hidden
 * layers load no tiles, so nothing is drawn until the level is shown. A level that already has polygons is left alone.
 */
export function prepareLevel(map: MapLibreMap, painted: PaintedLevels, level: Level, geometry: Choropleth['geometry']): void {
  if (!painted.geometry[level]) handOver(map, painted, level, geometry);
}

/** Show the choropleth's level (and hide the others); hand over its geometry once; set the colours that changed. */
export function paintChoropleth(map: MapLibreMap, painted: PaintedLevels, choropleth: Choropleth | null): void {
  for (const level of LEVELS) {
    const visibility = choropleth?.level === level ? 'visible' : 'none';
    for (const id of levelLayers(level)) if (map.getLayoutProperty(id, 'visibility') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
  }
  if (!choropleth) {
    setHatch(map, painted, '', []);
    setHotspots(map, painted, null);
    return;
  }
  const { level, geometry, featureRows, colors, belowMin, colorKey } = choropleth;
  const source = levelSource(level);
  const features = geometry.collection.features;
  handOver(map, painted, level, geometry);
  if (painted.byCodeOf !== geometry) {
    painted.byCode = new Map(features.map((f) => [f.properties.code, f]));
    painted.byCodeOf = geometry;
  }
  setHotspots(map, painted, choropleth.hotspots);
  // The hatch follows the shown level even when its colours were set before (back from another level).
  const hatched: Feature[] = [];
  const hatchedIndex: number[] = [];
  features.forEach((f, i) => {
    const row = featureRows[i] ?? -1;
    if (row >= 0 && belowMin[row] === 1) {
      hatched.push(f);
      hatchedIndex.push(i);
    }
  });
  setHatch(map, painted, `${level}:${hatchedIndex.join(',')}`, hatched);
  if (painted.colorKey[level] === colorKey) return;
  painted.colorKey[level] = colorKey;
  const last = painted.featureColor[level] ?? new Float64Array(features.length).fill(UNSET);
  painted.featureColor[level] = last;
  features.forEach((f, i) => {
    const row = featureRows[i] ?? -1;
    const color = row < 0 ? NO_COLOR : packed(colors, row);
    if (last[i] === color) return;
    last[i] = color;
    map.setFeatureState({ source, id: f.properties.code }, { [STATE.color]: row < 0 ? null : css(colors, row) });
  });
}
