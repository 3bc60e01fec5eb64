/**
 * The whole map is ours: a background colour, the choropleth of each level as a MapLibre fill (colours by
 * feature-state, so a theme or indicator switch never rebuilds geometry), our own boundaries as context
 * lines and place names from our places files. No tiles, sprites or glyph server: text is rasterised in the
 * page from a font file of our own build (style `font-faces`, no `glyphs`), so the map works offline
 * and the CSP can stay at 'self'.
 */
import interLatin from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LEVELS, type Level } from '@atlas/contract';

export const EMPTY_FC: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Context layers start hidden: context-sources.ts shows them once their source holds a feature. */
const HIDDEN = { visibility: 'none' } as const;

/** MapLibre layer ids of the context layers. */
export const LAYER = {
  background: 'background',
  water: 'water-fill',
  hover: 'hover-line',
  gemeenteLine: 'gemeente-line',
  provincieLine: 'provincie-line',
  selectionHalo: 'selection-halo',
  selectionLine: 'selection-line',
  hotspotHalo: 'hotspot-halo',
  hotspots: 'hotspot-line',
} as const;

export const SOURCE = {
  water: 'water',
  hover: 'hover',
  gemeente: 'gemeente-context',
  provincie: 'provincie-context',
  selection: 'selection',
  hotspots: 'hotspots',
} as const;

export const HATCH_IMAGE = 'hatch';

/** Outline colours of the Gi* classes: reds for hot, blues for cold, darker = more confident. */
export const HOTSPOT_COLORS = {
  hot_99: '#67000d',
  hot_95: '#cb181d',
  hot_90: '#fb6a4a',
  cold_90: '#6baed6',
  cold_95: '#2171b5',
  cold_99: '#08306b',
} as const;
export type HotspotClass = keyof typeof HOTSPOT_COLORS;

/**
 * Per level: the polygons (feature id = code), their fill and borders, and the names. The hatch (te weinig
 * inwoners) and the hover outline are small sources of their own holding only those polygons that can be
 * hatched or are hovered: as feature-state layers over all 14.5k buurten they would be rasterised in full on
 * every frame. The hatch source of a level holds every region some column withholds for too few inhabitants
 * (handed over once); which of them are hatched for the shown map is feature-state, so no switch re-tiles it.
 */
export const levelSource = (level: Level): string => `region-${level}`;
export const hatchSource = (level: Level): string => `below-min-${level}`;
export const placesSource = (level: Level): string => `places-${level}`;
export const fillLayer = (level: Level): string => `fill-${level}`;
const borderLayer = (level: Level): string => `border-${level}`;
/** The hatch of a level: shown after the level's colours are on screen (see paint-levels.ts revealHatch). */
export const hatchLayer = (level: Level): string => `below-min-hatch-${level}`;
export const labelLayer = (level: Level): string => `label-${level}`;
/** The layers drawn for a level's choropleth colours, to show or hide them together. */
export const levelLayers = (level: Level): string[] => [fillLayer(level), ...(level === OUTLINED ? [] : [borderLayer(level)])];

/** Feature-state keys: the fill colour (CSS) on the level source, hatched or not on the hatch source. */
export const STATE = { color: 'c', hatched: 'h' } as const;
export const NO_DATA_CSS = 'rgba(185,188,194,0.92)';

/** Zoom ranges in which each level's names are shown: gemeenten nationally, wijken zoomed in, buurten close in. */
const LABEL_ZOOM: Record<Level, [number, number]> = { gemeente: [5, 11], wijk: [11, 13], buurt: [13, 24] };
/**
 * At national zoom (tiles below zoom 8: the whole country, on a phone, a laptop or a wide screen) only gemeenten with
 * at least this many inhabitants are named, some thirty cities spread over every provincie, of which collision
 * keeps about twenty; from zoom 8 (a provincie) every gemeente competes for space. Before, collision filled the
 * national view with 60 to 100 names, mostly of the largest rural gemeenten, over the colours the map is about; and
 * every name costs every frame (an indicator switch at national zoom took ~5 ms less with 22 names than with 58:
 * headless Chromium, SwiftShader, this machine).
 */
export const MAJOR_PLACE_POPULATION = 100_000;
const ALL_PLACES_FROM_TILE_ZOOM = 8;
/**
 * Names are drawn with Inter (from npm, served from our origin as a build asset) so they look the same on
 * every machine; MapLibre rasterises it in the page (style `font-faces`, no glyph server). Characters outside
 * its Latin subset fall back to the system's sans-serif.
 */
export const LABEL_FONT = 'Inter';

/**
 * Gemeenten get their white borders from the fill's own outline (1 px, no tessellation); as a line layer they
 * were the largest part of the first map's worker time and of every gemeente frame. Wijken and buurten keep a
 * thinner line, and buurten only from zoom 10: 14.5k borders at national zoom are a white haze (and most of a frame's work).
 */
const OUTLINED: Level = 'gemeente';
const BORDER_CSS = 'rgba(255,255,255,0.75)';

function levelLayerSpecs(level: Level): LayerSpecification[] {
  const source = levelSource(level);
  const color: ExpressionSpecification = ['to-color', ['feature-state', STATE.color], NO_DATA_CSS];
  const fill: LayerSpecification = {
    id: fillLayer(level),
    type: 'fill',
    source,
    layout: { visibility: 'none' },
    // Without an outline, no antialiasing: the borders are drawn on top, and class colours stay exact up to the edge.
    paint: level === OUTLINED ? { 'fill-color': color, 'fill-outline-color': BORDER_CSS } : { 'fill-color': color, 'fill-antialias': false },
  };
  if (level === OUTLINED) return [fill];
  return [
    fill,
    {
      id: borderLayer(level),
      type: 'line',
      source,
      ...(level === 'buurt' ? { minzoom: 10 } : {}),
      layout: { visibility: 'none' },
      paint: { 'line-color': BORDER_CSS, 'line-width': 0.5 },
    },
  ];
}

function hatchLayerSpec(level: Level): LayerSpecification {
  return {
    id: hatchLayer(level),
    type: 'fill',
    source: hatchSource(level),
    layout: { visibility: 'none' },
    paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['boolean', ['feature-state', STATE.hatched], false], 1, 0] },
  };
}

function labelLayerSpec(level: Level): LayerSpecification {
  const [minzoom, maxzoom] = LABEL_ZOOM[level];
  return {
    id: labelLayer(level),
    type: 'symbol',
    source: placesSource(level),
    minzoom,
    maxzoom,
    // Filters see the tile's zoom, a whole number: tiles of zoom 7 serve views from 7 up to 8.
    ...(level === 'gemeente' ? { filter: ['any', ['>=', ['zoom'], ALL_PLACES_FROM_TILE_ZOOM], ['get', 'major']] as ExpressionSpecification } : {}),
    layout: {
      ...HIDDEN,
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': level === 'gemeente' ? 12 : 11.5,
      'text-max-width': 8,
      // Collision on: a name that would overlap another is left out, never drawn on top of it.
      'text-allow-overlap': false,
      'text-padding': 3,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': '#1c2430', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
  };
}

/**
 * Context borders come as separate lines between junctions (each border once, geometry.ts); round ends close the
 * corner where three regions meet, which the polygons' rings drew as a join.
 */
const BORDER_LINE_LAYOUT = { ...HIDDEN, 'line-cap': 'round' } as const;

export const BACKGROUND = '#dfe5ea';
/** Water: a blue no class colour and not "geen gegevens" grey. */
export const WATER = '#b9d0e2';

export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'ondermijningsatlas-offline',
    'font-faces': { [LABEL_FONT]: interLatin },
    sources: {
      [SOURCE.water]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.hover]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.gemeente]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.provincie]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.selection]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.hotspots]: { type: 'geojson', data: EMPTY_FC },
      // buffer 32 (of 512 px, default 128): each tile carries less of its neighbours' polygons, so tiles are cut and
      // recoloured faster; the region outlines are under 1 px wide, so 32 px of overlap still hides every tile seam.
      ...Object.fromEntries(LEVELS.map((level) => [levelSource(level), { type: 'geojson', data: EMPTY_FC, promoteId: 'code', buffer: 32 }])),
      ...Object.fromEntries(LEVELS.map((level) => [hatchSource(level), { type: 'geojson', data: EMPTY_FC, promoteId: 'code', buffer: 32 }])),
      ...Object.fromEntries(LEVELS.map((level) => [placesSource(level), { type: 'geojson', data: EMPTY_FC }])),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': BACKGROUND } },
      { id: LAYER.water, type: 'fill', source: SOURCE.water, layout: HIDDEN, paint: { 'fill-color': WATER, 'fill-antialias': false } },
      ...LEVELS.flatMap(levelLayerSpecs),
      ...LEVELS.map(hatchLayerSpec),
      { id: LAYER.hover, type: 'line', source: SOURCE.hover, layout: HIDDEN, paint: { 'line-color': '#0b1f33', 'line-width': 1.5, 'line-opacity': 0.9 } },
      {
        id: LAYER.gemeenteLine,
        type: 'line',
        source: SOURCE.gemeente,
        layout: BORDER_LINE_LAYOUT,
        paint: {
          'line-color': '#5b6573',
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.25, 9, 0.8, 12, 1.6],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 6, 0.35, 9, 0.8],
        },
      },
      {
        id: LAYER.provincieLine,
        type: 'line',
        source: SOURCE.provincie,
        layout: BORDER_LINE_LAYOUT,
        paint: { 'line-color': '#2f3742', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.9, 10, 2] },
      },
      {
        // A white casing, so a red hotspot outline stays visible on the red classes it usually borders.
        id: LAYER.hotspotHalo,
        type: 'line',
        source: SOURCE.hotspots,
        layout: HIDDEN,
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 3, 12, 5.5], 'line-opacity': 0.9 },
      },
      {
        id: LAYER.hotspots,
        type: 'line',
        source: SOURCE.hotspots,
        layout: HIDDEN,
        paint: {
          'line-color': [
            'match',
            ['get', 'hot'],
            'hot_99',
            HOTSPOT_COLORS.hot_99,
            'hot_95',
            HOTSPOT_COLORS.hot_95,
            'hot_90',
            HOTSPOT_COLORS.hot_90,
            'cold_90',
            HOTSPOT_COLORS.cold_90,
            'cold_95',
            HOTSPOT_COLORS.cold_95,
            HOTSPOT_COLORS.cold_99,
          ],
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.5, 12, 3],
        },
      },
      {
        id: LAYER.selectionHalo,
        type: 'line',
        source: SOURCE.selection,
        layout: HIDDEN,
        paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.9 },
      },
      {
        id: LAYER.selectionLine,
        type: 'line',
        source: SOURCE.selection,
        layout: HIDDEN,
        paint: { 'line-color': '#0b1f33', 'line-width': 2.5 },
      },
      ...LEVELS.map(labelLayerSpec),
    ],
  };
}

/** The hatch's line colour (RGB): dark slate, near no class, water or border colour. */
export const HATCH_LINE_RGB = [120, 128, 140] as const;

/** A diagonal hatch as raw pixels, so no sprite sheet has to be fetched. */
export function hatchImage(size = 8, ratio = 1): { width: number; height: number; data: Uint8Array } {
  const n = size * ratio;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const onLine = (x + y) % n < Math.max(1, ratio * 1.2);
      const i = (y * n + x) * 4;
      // Line: dark slate; gap: the near-white below-minimum colour (see classes.ts BELOW_MIN_COLOR).
      data.set(onLine ? [...HATCH_LINE_RGB, 255] : [236, 238, 241, 255], i);
    }
  }
  return { width: n, height: n, data };
}
