/**
 * Orientation from our own files. Place names for the map: the pipeline's places file of a level (one label point inside each polygon)
 * as a GeoJSON point source. Where the level's table gives inhabitants, more inhabitants rank first (a country map names its
 * cities, not its largest rural gemeenten); otherwise larger regions do. Collision keeps the names that rank first.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LEVELS, placesFile, waterFile, type PlacesFile } from '@atlas/contract';
import { fetchJson } from '../data/fetch.ts';
import { parseTopology } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { signal } from '../instrumentation/signals.ts';
import { setContextData, setPlacesData } from './context-sources.ts';
import { MAJOR_PLACE_POPULATION, SOURCE } from './style.ts';

export interface PlaceProperties {
  name: string;
  /** Symbol sort key: lower wins a collision. */
  rank: number;
  /** Named at national zoom too (see style.ts MAJOR_PLACE_POPULATION). */
  major: boolean;
}

/**
 * Water and every level's names into their map sources, each only when the build published it. A file
 * that fails leaves the map without that context (never an error over the choropleth); a gemeente table that
 * fails leaves the gemeente names ranked by area (`gemeenteTable` then gives undefined).
 */
export async function loadOrientation(map: MapLibreMap, published: (path: string) => boolean, gemeenteTable: Promise<RegionTable | undefined>): Promise<void> {
  const jobs: Promise<void>[] = [];
  if (published(waterFile)) jobs.push(loadWater().then((water) => setContextData(map, SOURCE.water, water)));
  for (const level of LEVELS) {
    if (!published(placesFile(level))) continue;
    // Gemeenten rank by inhabitants; wijken and buurten, named only close in, by area (their tables load later or not at all).
    const table = level === 'gemeente' ? gemeenteTable : Promise.resolve(undefined);
    jobs.push(
      Promise.all([fetchJson(placesFile(level), (url) => fetch(url)), table]).then(([file, ranking]) => {
        setPlacesData(map, level, placeFeatures(file as PlacesFile, ranking));
        signal.named(level, ranking ? 'inhabitants' : 'area');
      }),
    );
  }
  await Promise.allSettled(jobs);
}

/** The water layer (water-only wijken), if the build published one. */
export async function loadWater(): Promise<FeatureCollection> {
  return parseTopology(waterFile, await fetchJson(waterFile, (url) => fetch(url))).collection;
}

/**
 * A name as the map writes it: MapLibre may wrap a label after any hyphen, which split "'s-Hertogenbosch" into
 * "'s-" and "Hertogenbosch". The hyphen after the article ('s, 't) becomes a non-breaking one (U+2011, in Inter's
 * Latin subset); other hyphens may still wrap a long name.
 */
export const labelName = (name: string): string => name.replace(/^(['’][st])-/i, '$1\u2011');

/** The label points of a places file; `table` (the level's, when loaded) gives the inhabitants that rank them. */
export function placeFeatures(file: PlacesFile, table: RegionTable | undefined): FeatureCollection<Point, PlaceProperties> {
  // A region without a count (suppressed or absent) ranks last and is not named at national zoom.
  const inhabitants = (code: string): number => {
    const row = table?.row(code);
    return (row === undefined ? null : table?.number('population', row)) ?? 0;
  };
  return {
    type: 'FeatureCollection',
    features: file.rows.map(([code, name, lon, lat, w, s, e, n]) => {
      const people = inhabitants(code);
      return {
        type: 'Feature',
        id: code,
        properties: { name: labelName(name), rank: table ? -people : -Math.round((e - w) * (n - s) * 1e6), major: people >= MAJOR_PLACE_POPULATION },
        geometry: { type: 'Point', coordinates: [lon, lat] },
      };
    }),
  };
}
