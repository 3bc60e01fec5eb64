/**
 * Orientation from our own files. Place names for the map: the pipeline's places file of a level (one label point inside each polygon)
 * as a GeoJSON point source; larger regions rank first, so collision keeps their names.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LEVELS, placesFile, waterFile, type Level, type PlacesFile } from '@atlas/contract';
import { fetchJson } from '../data/fetch.ts';
import { parseTopology } from '../data/geometry.ts';
import { setContextData, setPlacesData } from './context-sources.ts';
import { SOURCE } from './style.ts';

/**
 * Water and every level's names into their map sources, each only when the build published it. A file
 * that fails leaves the map without that context (never an error over the choropleth).
 */
export async function loadOrientation(map: MapLibreMap, published: (path: string) => boolean): Promise<void> {
  const jobs: Promise<void>[] = [];
  if (published(waterFile)) jobs.push(loadWater().then((water) => setContextData(map, SOURCE.water, water)));
  for (const level of LEVELS) if (published(placesFile(level))) jobs.push(loadPlaces(level).then((places) => setPlacesData(map, level, places)));
  await Promise.allSettled(jobs);
}

/** The water layer (water-only wijken), if the build published one. */
export async function loadWater(): Promise<FeatureCollection> {
  return parseTopology(waterFile, await fetchJson(waterFile, (url) => fetch(url))).collection;
}

export async function loadPlaces(level: Level): Promise<FeatureCollection<Point, { name: string; rank: number }>> {
  const file = (await fetchJson(placesFile(level), (url) => fetch(url))) as PlacesFile;
  return {
    type: 'FeatureCollection',
    features: file.rows.map(([code, name, lon, lat, w, s, e, n]) => ({
      type: 'Feature',
      id: code,
      // Bigger areas sort first (lower key): their names win a collision.
      properties: { name, rank: -Math.round((e - w) * (n - s) * 1e6) },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    })),
  };
}
