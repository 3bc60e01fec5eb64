/**
 * The base map is ours alone: a background colour and our own boundaries as context lines. No tiles, sprites
 * or glyphs, so the map works offline and the CSP can stay at 'self'. Labels, where shown, are HTML.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const EMPTY_FC: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** MapLibre layer ids the app addresses. The choropleth (deck.gl) is inserted before HATCH_LAYER. */
export const LAYER = {
  background: 'background',
  hatch: 'below-min-hatch',
  gemeenteLine: 'gemeente-line',
  provincieLine: 'provincie-line',
  selectionHalo: 'selection-halo',
  selectionLine: 'selection-line',
} as const;

export const SOURCE = {
  hatch: 'below-min',
  gemeente: 'gemeente-context',
  provincie: 'provincie-context',
  selection: 'selection',
} as const;

export const HATCH_IMAGE = 'hatch';

export const BACKGROUND = '#dfe5ea';

export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'ondermijningsatlas-offline',
    sources: {
      [SOURCE.hatch]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.gemeente]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.provincie]: { type: 'geojson', data: EMPTY_FC },
      [SOURCE.selection]: { type: 'geojson', data: EMPTY_FC },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': BACKGROUND } },
      { id: LAYER.hatch, type: 'fill', source: SOURCE.hatch, paint: { 'fill-pattern': HATCH_IMAGE } },
      {
        id: LAYER.gemeenteLine,
        type: 'line',
        source: SOURCE.gemeente,
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
        paint: { 'line-color': '#2f3742', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.9, 10, 2] },
      },
      {
        id: LAYER.selectionHalo,
        type: 'line',
        source: SOURCE.selection,
        paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.9 },
      },
      {
        id: LAYER.selectionLine,
        type: 'line',
        source: SOURCE.selection,
        paint: { 'line-color': '#0b1f33', 'line-width': 2.5 },
      },
    ],
  };
}

/** A diagonal hatch as raw pixels, so no sprite sheet has to be fetched. */
export function hatchImage(size = 8, ratio = 1): { width: number; height: number; data: Uint8Array } {
  const n = size * ratio;
  const data = new Uint8Array(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const onLine = (x + y) % n < Math.max(1, ratio * 1.2);
      const i = (y * n + x) * 4;
      // Line: dark slate; gap: the near-white below-minimum colour (see classes.ts BELOW_MIN_COLOR).
      data.set(onLine ? [120, 128, 140, 255] : [236, 238, 241, 255], i);
    }
  }
  return { width: n, height: n, data };
}
