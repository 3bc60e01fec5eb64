/**
 * Place names for the map: the pipeline's places file of a level (one label point inside each polygon)
 * as a GeoJSON point source; larger regions rank first, so collision keeps their names.
 */
import type { FeatureCollection, Point } from 'geojson';
import { placesFile, type Level, type PlacesFile } from '@atlas/contract';
import { fetchJson } from '../data/fetch.ts';

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
