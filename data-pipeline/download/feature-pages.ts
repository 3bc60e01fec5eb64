/**
 * Reads every feature of a PDOK layer as GeoJSON, page by page:
 *   - WFS 2.0 GetFeature with outputFormat=application/json: `count` features per page from
 *     `startIndex` (PDOK caps a page at 1,000 features), until `numberMatched` features or an empty
 *     page; the total is checked against `numberMatched` when the server reports it.
 *   - OGC API Features (`/collections/{id}/items?f=json&limit=…`): follow the `links` entry with
 *     rel="next" until there is none.
 * Both ask for WGS84 lon/lat; `orientLonLat` guards against a server that answers EPSG:4326 in
 * lat/lon axis order.
 */
import { DownloadError } from './http-fetch.ts';

export interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown } | null;
  id?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function featuresOf(body: unknown, url: string): { features: Feature[]; body: Record<string, unknown> } {
  if (!isObject(body)) throw new DownloadError(url, 'response is not a GeoJSON object');
  if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    const text = JSON.stringify(body).slice(0, 300);
    throw new DownloadError(url, `response is not a GeoJSON FeatureCollection: ${text}`);
  }
  body.features.forEach((feature, index) => {
    if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.properties)) {
      throw new DownloadError(url, `features[${index}] is not a GeoJSON Feature with properties`);
    }
  });
  return { features: body.features as Feature[], body };
}

/** `{base}?service=WFS&version=2.0.0&request=GetFeature&typeNames=…&outputFormat=application/json&srsName=EPSG:4326&count=…&startIndex=…` */
export function wfsPageUrl(serviceUrl: string, typeName: string, count: number, startIndex: number): string {
  const params = [
    'service=WFS',
    'version=2.0.0',
    'request=GetFeature',
    `typeNames=${encodeURIComponent(typeName)}`,
    'outputFormat=application/json',
    'srsName=EPSG:4326',
    `count=${count}`,
    `startIndex=${startIndex}`,
  ];
  return `${serviceUrl}?${params.join('&')}`;
}

export interface PagingOptions {
  getJson: (url: string) => Promise<unknown>;
  onPage?: (info: { url: string; features: number; total: number; page: number }) => void;
  maxPages?: number;
}

/**
 * Every feature of a WFS feature type, by startIndex/count paging. The next startIndex is the number
 * of features received so far, so a server that caps pages below `count` is still read in full; the
 * paging ends at `numberMatched` when the server reports it, otherwise at the first empty page.
 */
export async function readWfsFeatures(
  serviceUrl: string,
  typeName: string,
  pageSize: number,
  options: PagingOptions,
): Promise<{ url: string; features: Feature[] }> {
  const maxPages = options.maxPages ?? 1000;
  const all: Feature[] = [];
  const ids = new Set<unknown>();
  const firstUrl = wfsPageUrl(serviceUrl, typeName, pageSize, 0);
  let matched: number | null = null;
  for (let page = 1; ; page++) {
    if (page > maxPages) throw new DownloadError(firstUrl, `more than ${maxPages} pages; stopped`);
    const url = wfsPageUrl(serviceUrl, typeName, pageSize, all.length);
    const { features, body } = featuresOf(await options.getJson(url), url);
    if (typeof body.numberMatched === 'number') matched = body.numberMatched;
    if (features.length > pageSize) throw new DownloadError(url, `returned ${features.length} features for count=${pageSize}; the server ignores paging`);
    for (const feature of features) {
      if (feature.id !== undefined && feature.id !== null) {
        if (ids.has(feature.id))
          throw new DownloadError(url, `feature ${JSON.stringify(feature.id)} was already on an earlier page; the server ignores startIndex`);
        ids.add(feature.id);
      }
      all.push(feature);
    }
    options.onPage?.({ url, features: features.length, total: all.length, page });
    if (features.length === 0 || (matched !== null && all.length >= matched)) break;
  }
  if (matched !== null && all.length !== matched) {
    throw new DownloadError(firstUrl, `collected ${all.length} features but the server reported numberMatched=${matched}`);
  }
  return { url: firstUrl, features: all };
}

/** Every feature of an OGC API Features collection, following rel="next" links. */
export async function readOgcApiFeatures(itemsUrl: string, options: PagingOptions): Promise<{ url: string; features: Feature[] }> {
  const maxPages = options.maxPages ?? 1000;
  const all: Feature[] = [];
  const seen = new Set<string>();
  let next: string | null = itemsUrl;
  for (let page = 1; next !== null; page++) {
    if (seen.has(next)) throw new DownloadError(next, 'the server links back to a page it already sent (paging loop)');
    if (page > maxPages) throw new DownloadError(next, `more than ${maxPages} pages; stopped`);
    seen.add(next);
    const url: string = next;
    const { features, body } = featuresOf(await options.getJson(url), url);
    for (const feature of features) all.push(feature);
    options.onPage?.({ url, features: features.length, total: all.length, page });
    const links = Array.isArray(body.links) ? body.links : [];
    const nextLink = links.find((link): link is { href: string } => isObject(link) && link.rel === 'next' && typeof link.href === 'string');
    next = nextLink ? new URL(nextLink.href, url).href : null;
  }
  return { url: itemsUrl, features: all };
}

type Position = number[];

function firstPosition(coordinates: unknown): Position | null {
  let value = coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number' ? (value as Position) : null;
}

function mapPositions(coordinates: unknown, map: (p: Position) => Position): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return map(coordinates as Position);
  return coordinates.map((c) => mapPositions(c, map));
}

/**
 * The Netherlands lies at lon 3.3–7.3, lat 50.7–53.6. A first position with x in the latitude band
 * and y in the longitude band means the server answered in lat/lon order: every position is swapped.
 * Coordinates in metres (RD New) are refused.
 */
export function orientLonLat(features: Feature[], url: string): Feature[] {
  const sample = features.map((f) => firstPosition(f.geometry?.coordinates)).find((p) => p !== null);
  if (!sample) return features;
  const [x, y] = sample as [number, number];
  if (Math.abs(x) > 180 || Math.abs(y) > 90)
    throw new DownloadError(url, `coordinates [${x}, ${y}] are projected, not WGS84 lon/lat; ask the service for EPSG:4326`);
  const latLon = x >= 50 && x <= 54 && y >= 2 && y <= 8;
  if (!latLon) return features;
  return features.map((f) => ({
    ...f,
    geometry: f.geometry && { ...f.geometry, coordinates: mapPositions(f.geometry.coordinates, ([a, b, ...rest]) => [b!, a!, ...rest]) },
  }));
}
