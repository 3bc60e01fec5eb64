/**
 * The map's context sources (water, lines, names, hover, selection, hotspots) and the layers that draw them.
 * A layer is drawn only while its source has something to draw: MapLibre draws the clipping masks of every
 * tile (about the whole canvas) again for each fill or line layer whose source differs from the layer before,
 * also when that source is empty, so six empty line layers cost a gemeente frame ~9 ms of SwiftShader time
 * and the empty hatch ~3 ms (measured per recolour frame, GPU-process CPU, headless Chromium on this machine).
 * Hidden layers also load no tiles, so the worker does not cut empty tiles for them on the first map.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER, SOURCE, labelLayer, placesSource } from './style.ts';
import type { Level } from '@atlas/contract';

/** Whether the layer's visibility changed. */
export function setVisibility(map: MapLibreMap, layer: string, visibility: 'visible' | 'none'): boolean {
  if (map.getLayoutProperty(layer, 'visibility') === visibility) return false;
  map.setLayoutProperty(layer, 'visibility', visibility);
  return true;
}

type ContextSource = (typeof SOURCE)[keyof typeof SOURCE];

const LAYERS_OF: Record<ContextSource, readonly string[]> = {
  [SOURCE.water]: [LAYER.water],
  [SOURCE.hover]: [LAYER.hover],
  [SOURCE.gemeente]: [LAYER.gemeenteLine],
  [SOURCE.provincie]: [LAYER.provincieLine],
  [SOURCE.selection]: [LAYER.selectionHalo, LAYER.selectionLine],
  [SOURCE.hotspots]: [LAYER.hotspotHalo, LAYER.hotspots],
};

function showWhenFilled(map: MapLibreMap, source: string, layers: readonly string[], data: FeatureCollection): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  const visibility = data.features.length > 0 ? 'visible' : 'none';
  for (const layer of layers) setVisibility(map, layer, visibility);
}

/** Hand a context source its data; its layers are drawn only when it holds a feature. */
export const setContextData = (map: MapLibreMap, source: ContextSource, data: FeatureCollection): void => showWhenFilled(map, source, LAYERS_OF[source], data);

/** The same for a level's names. */
export const setPlacesData = (map: MapLibreMap, level: Level, data: FeatureCollection): void =>
  showWhenFilled(map, placesSource(level), [labelLayer(level)], data);
