/**
 * GeoJSON handed to MapLibre as a blob: URL instead of an object. With an object, setData first walks and
 * structured-clones every coordinate on the main thread to post it to MapLibre's worker (≈ 0.7 s for the
 * 14.5k buurten in a profile, on the level switch's path); with a URL the worker fetches and parses the text
 * itself. The text is made once per collection (warmed in idle time for prefetched levels), and the blob
 * lives as long as the page keeps the collection. Same origin: the CSP allows blob: for connect-src.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

const urls = new WeakMap<FeatureCollection, string>();

export function geojsonUrl(collection: FeatureCollection): string {
  let url = urls.get(collection);
  if (url === undefined) {
    url = URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: 'application/json' }));
    urls.set(collection, url);
  }
  return url;
}

/** Replace a GeoJSON source's data by URL; a source that does not exist (style not loaded) is left alone. */
export function setSourceData(map: MapLibreMap, source: string, collection: FeatureCollection): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(geojsonUrl(collection));
}
