/**
 * The choropleth on MapLibre's own fill layers: a level's polygons are handed to its GeoJSON source once
 * (feature id = region code), and colours are feature-state set from the table's colour buffer. A theme,
 * indicator or year switch therefore only sets feature-state; the worker never re-tiles the geometry.
 *
 * Every write here costs a frame or more: a changed feature-state re-uploads that feature's paint vertices in
 * every tile, and a setData makes MapLibre's worker re-tile the source (for thousands of buurten, hundreds of
 * ms) and 'idle' waits for it. So only what differs from the last paint is written: the features whose colour
 * or hatch changed, the hotspots when their content did. The hatch source of a level gets its polygons once
 * (every region that any column withholds for too few inhabitants); a switch only flips their feature-state.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LEVELS, type Level } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { featureRowsOf, type Choropleth } from './choropleth.ts';
import { setContextData, setVisibility } from './context-sources.ts';
import { hatchCandidateRows } from './hatch-candidates.ts';
import { EMPTY_FC, SOURCE, STATE, hatchLayer, hatchSource, levelLayers, levelSource } from './style.ts';

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
  /** Per level: the polygons in its hatch source and whether each is hatched now. */
  hatch: Partial<Record<Level, HatchSet>>;
  /** The hotspot collection last handed over. */
  hotspots: FeatureCollection | null;
}

interface HatchSet {
  geometry: Choropleth['geometry'];
  featureRows: Int32Array;
  /** 1 per table row whose polygon is in the source. */
  held: Uint8Array;
  codes: string[];
  rows: number[];
  /** Per polygon in the source: 1 when its feature-state says hatched. */
  shown: Uint8Array;
  /** How many are hatched: with none, the level's hatch layer is hidden (see context-sources.ts). */
  hatched: number;
}

export const emptyPainted = (): PaintedLevels => ({
  geometry: {},
  byCode: new Map(),
  byCodeOf: null,
  colorKey: {},
  featureColor: {},
  hatch: {},
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
  setContextData(map, SOURCE.hotspots, hotspots ?? EMPTY_FC);
}

const sameRows = (a: Int32Array, b: Int32Array): boolean => a === b || (a.length === b.length && a.every((row, i) => row === b[i]));

/**
 * The level's hatch source holds the candidates (and any row `extra` flags that they miss, e.g. a chosen year's),
 * handed over only when what it must hold changes, by content: a reweighted or other year's table is a new
 * object with the same regions. All start unhatched.
 */
function handOverHatch(
  map: MapLibreMap,
  painted: PaintedLevels,
  level: Level,
  geometry: Choropleth['geometry'],
  featureRows: Int32Array,
  candidates: Uint8Array,
  extra?: Uint8Array,
): HatchSet {
  const last = painted.hatch[level];
  const holds = (set: HatchSet, flags: Uint8Array | undefined): boolean => !flags || flags.every((flag, row) => flag === 0 || set.held[row] === 1);
  if (last && last.geometry === geometry && sameRows(last.featureRows, featureRows) && holds(last, candidates) && holds(last, extra)) return last;
  // Held by row, with or without a polygon: a flagged region without one must not count as missing next time.
  const held = candidates.map((flag, row) => (flag === 1 || extra?.[row] === 1 ? 1 : 0));
  const set: HatchSet = { geometry, featureRows, held, codes: [], rows: [], shown: new Uint8Array(0), hatched: 0 };
  const features: Feature[] = [];
  geometry.collection.features.forEach((f, i) => {
    const row = featureRows[i] ?? -1;
    if (row < 0 || held[row] !== 1) return;
    features.push(f);
    set.codes.push(f.properties.code);
    set.rows.push(row);
  });
  set.shown = new Uint8Array(set.codes.length);
  const source = hatchSource(level);
  map.removeFeatureState({ source });
  (map.getSource(source) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  painted.hatch[level] = set;
  return set;
}

/**
 * Set the hatch flags that differ from `belowMin`; `offOnly`: only take hatches away (see paintChoropleth).
 * Whether any flag changed.
 */
function paintHatch(map: MapLibreMap, set: HatchSet, level: Level, belowMin: Uint8Array, offOnly: boolean): boolean {
  const source = hatchSource(level);
  let changed = false;
  set.rows.forEach((row, k) => {
    const hatched = belowMin[row] === 1 ? 1 : 0;
    if (set.shown[k] === hatched || (offOnly && hatched === 1)) return;
    set.shown[k] = hatched;
    set.hatched += hatched === 1 ? 1 : -1;
    changed = true;
    map.setFeatureState({ source, id: set.codes[k] }, { [STATE.hatched]: hatched === 1 });
  });
  return changed;
}

/**
 * Hatch what the shown choropleth withholds for too few inhabitants, once its colours are on screen. Showing a
 * level's hatch makes MapLibre cut its tiles and fetch the pattern, and thousands of flags re-upload the hatch
 * tiles' paint: on a level switch that cost 150–250 ms before the colours could appear (measured A/B on this
 * machine's headless Chromium). So the colours come first and the hatch follows a frame or two later. With
 * nothing hatched the layer is hidden (its visibility change makes MapLibre re-cut the hatch tiles, so it
 * happens here, after the colours, not in their frame). Whether anything changed (MapLibre then draws again; otherwise the hatch on screen is already right).
 */
export function revealHatch(map: MapLibreMap, painted: PaintedLevels, level: Level, belowMin: Uint8Array): boolean {
  const set = painted.hatch[level];
  const flagged = set ? paintHatch(map, set, level, belowMin, false) : false;
  return setVisibility(map, hatchLayer(level), set && set.hatched > 0 ? 'visible' : 'none') || flagged;
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
export function prepareLevel(map: MapLibreMap, painted: PaintedLevels, level: Level, geometry: Choropleth['geometry'], table: RegionTable | null): void {
  if (!painted.geometry[level]) handOver(map, painted, level, geometry);
  if (table && !painted.hatch[level]) handOverHatch(map, painted, level, geometry, featureRowsOf(geometry, table), hatchCandidateRows(table));
}

/** Show the choropleth's level (and hide the others); hand over its geometry once; set the colours that changed. */
export function paintChoropleth(map: MapLibreMap, painted: PaintedLevels, choropleth: Choropleth | null): void {
  for (const level of LEVELS) {
    const visibility = choropleth?.level === level ? 'visible' : 'none';
    for (const id of levelLayers(level)) setVisibility(map, id, visibility);
    if (visibility === 'none') setVisibility(map, hatchLayer(level), visibility);
  }
  if (!choropleth) {
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
  // A region that now has a value loses its hatch in the same frame as its colour changes; new hatches follow in
  // revealHatch, after the colours (the region is drawn in the near-white below-minimum colour meanwhile).
  paintHatch(map, handOverHatch(map, painted, level, geometry, featureRows, choropleth.hatchCandidates, belowMin), level, belowMin, true);
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
