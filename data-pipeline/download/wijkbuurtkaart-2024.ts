/**
 * PDOK WFS "CBS Wijken en Buurten 2024" (service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0, the
 * service the raw folder's boundary files were built from) → the GeoJSON files the level geometry
 * reader expects (BOUNDARY_FILES in data-pipeline/sources/boundary-files.ts), including
 * `boundaries/cbs_2024/buurten_2024.geojson`, which makes the pipeline publish buurt geometry.
 *
 * Per layer (wijkenbuurten:gemeenten / wijken / buurten), EPSG:4326, paged with count/startIndex:
 *   - a water polygon (`water` = "JA") is dropped when the same code also has a land polygon: the
 *     gemeente layer holds 424 features for 342 gemeenten plus Buitenland, the rest water;
 *   - properties are reduced to the code, the name and (wijk, buurt) the gemeentecode;
 *   - coordinates are rounded to 5 decimals (≈ 1 m, as in the raw files) and repeated positions
 *     dropped, which keeps the buurt layer far below the size the readers can hold in one string;
 *     a ring that rounding collapses is left out, a feature keeps its unrounded geometry if all of
 *     its rings would collapse.
 * The layers are CBS's full-detail polygons; the pipeline simplifies them (mapshaper) as it does
 * the raw files.
 */
import { BOUNDARY_FILES } from '../sources/boundary-files.ts';
import type { Level } from '@atlas/contract';
import type { DownloadJob } from './download-job.ts';
import { orientLonLat, readWfsFeatures, type Feature } from './feature-pages.ts';
import { DownloadError } from './http-fetch.ts';

export const WIJKENBUURTEN_WFS_PATH = '/cbs/wijkenbuurten/2024/wfs/v1_0';

export const WFS_LAYERS: Record<Level, { typeName: string; nameProperty: string; keep: readonly string[] }> = {
  gemeente: { typeName: 'wijkenbuurten:gemeenten', nameProperty: 'gemeentenaam', keep: [] },
  wijk: { typeName: 'wijkenbuurten:wijken', nameProperty: 'wijknaam', keep: ['gemeentecode'] },
  buurt: { typeName: 'wijkenbuurten:buurten', nameProperty: 'buurtnaam', keep: ['wijkcode', 'gemeentecode'] },
};

const DECIMALS = 5;
const round = (value: number) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

type Ring = number[][];

function roundRing(ring: Ring): Ring | null {
  const out: Ring = [];
  for (const position of ring) {
    const p = [round(position[0]!), round(position[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : null;
}

function roundPolygon(polygon: Ring[]): Ring[] | null {
  const outer = polygon[0] ? roundRing(polygon[0]) : null;
  if (outer === null) return null;
  return [
    outer,
    ...polygon
      .slice(1)
      .map(roundRing)
      .filter((r): r is Ring => r !== null),
  ];
}

/** Rounded geometry, or the original when rounding would leave nothing (a feature is never lost). */
export function roundGeometry(geometry: Feature['geometry']): Feature['geometry'] {
  if (geometry === null) return geometry;
  if (geometry.type === 'Polygon') {
    const polygon = roundPolygon(geometry.coordinates as Ring[]);
    return polygon ? { type: 'Polygon', coordinates: polygon } : geometry;
  }
  if (geometry.type === 'MultiPolygon') {
    const polygons = (geometry.coordinates as Ring[][]).map(roundPolygon).filter((p): p is Ring[] => p !== null);
    return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : geometry;
  }
  return geometry;
}

/** One layer as the geometry reader wants it: one land feature per code, lean properties, rounded coordinates. */
export function boundaryCollection(features: Feature[], level: Level, url: string): { type: 'FeatureCollection'; features: Feature[] } {
  const { codeProperty } = BOUNDARY_FILES[level];
  const layer = WFS_LAYERS[level];
  const codeOf = (f: Feature) => f.properties[codeProperty];
  const hasLand = new Set(features.filter((f) => f.properties.water !== 'JA').map(codeOf));
  const kept = features.filter((f) => f.properties.water !== 'JA' || !hasLand.has(codeOf(f)));
  const seen = new Set<unknown>();
  const out = kept.map((f, index) => {
    const code = codeOf(f);
    if (typeof code !== 'string' || code.trim() === '') throw new DownloadError(url, `feature ${index} has no ${codeProperty}`);
    if (seen.has(code)) throw new DownloadError(url, `two land features with ${codeProperty} ${code} (paging overlap, or a layer of another shape)`);
    seen.add(code);
    const properties: Record<string, unknown> = { [codeProperty]: code, [layer.nameProperty]: f.properties[layer.nameProperty] ?? null };
    for (const key of layer.keep) properties[key] = f.properties[key] ?? null;
    return { type: 'Feature' as const, properties, geometry: roundGeometry(f.geometry) };
  });
  return { type: 'FeatureCollection', features: out };
}

export const wijkbuurtkaart2024Job: DownloadJob = {
  id: 'pdok-wijkenbuurten-2024',
  title: 'PDOK WFS CBS Wijken en Buurten 2024 (gemeenten, wijken, buurten)',
  outputs: Object.values(BOUNDARY_FILES).map((spec) => spec.path),
  async run(context) {
    const service = `${context.endpoints.pdokWfs}${WIJKENBUURTEN_WFS_PATH}`;
    const files = [];
    const counts: string[] = [];
    for (const level of Object.keys(WFS_LAYERS) as Level[]) {
      const { url, features } = await readWfsFeatures(service, WFS_LAYERS[level].typeName, context.featurePageSize, {
        getJson: (u) => context.getJson(u),
        onPage: ({ total, page }) => {
          if (page % 5 === 0) context.log(`    ${WFS_LAYERS[level].typeName}: ${total} features`);
        },
      });
      if (features.length === 0) throw new DownloadError(url, 'layer has no features');
      const collection = boundaryCollection(orientLonLat(features, url), level, url);
      counts.push(`${level} ${collection.features.length}`);
      files.push({ path: BOUNDARY_FILES[level].path, url, content: JSON.stringify(collection) });
    }
    return { detail: counts.join(', '), files };
  },
};
