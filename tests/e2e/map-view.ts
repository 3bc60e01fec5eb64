/** The map's view as the address keeps it (?kaart=lat,lon,zoom), and where places are drawn in it. */
import type { Page } from 'playwright-core';

export interface View {
  lat: number;
  lon: number;
  zoom: number;
}

/** The view in the address, or null when it keeps none. */
export function viewOf(page: Page): View | null {
  const parts = (new URL(page.url()).searchParams.get('kaart') ?? '').split(',').map(Number);
  const [lat, lon, zoom] = parts;
  return parts.length === 3 && lat !== undefined && lon !== undefined && zoom !== undefined ? { lat, lon, zoom } : null;
}

/** The map's box in the page. */
export async function mapBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map box');
  return box;
}

/** Web Mercator of its own, not the app's: a test's measure must not share the code it checks. */
const mercator = (lon: number, lat: number): [number, number] => [
  (lon + 180) / 360,
  0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI),
];

/** Where (lon, lat) is drawn in `view`, as fractions of the map's box across and down (MapLibre: the world is 512 · 2^zoom px). */
export function pointIn(view: View, box: { width: number; height: number }, lon: number, lat: number): [number, number] {
  const world = 512 * 2 ** view.zoom;
  const [cx, cy] = mercator(view.lon, view.lat);
  const [x, y] = mercator(lon, lat);
  return [0.5 + ((x - cx) * world) / box.width, 0.5 + ((y - cy) * world) / box.height];
}

/**
 * Whether [west, south, east, north] lies wholly in the map and fills a fair part of it across or down, or the view
 * is as close as a framing goes (zoom 13): a region flown to.
 */
export function framed(view: View | null, box: { width: number; height: number }, bounds: readonly [number, number, number, number]): boolean {
  if (!view) return false;
  const [left, top, right, bottom] = boundsIn(view, box, bounds);
  const inMap = left >= -0.002 && top >= -0.002 && right <= 1.002 && bottom <= 1.002;
  return inMap && (right - left >= 0.2 || bottom - top >= 0.2 || view.zoom >= 12.9);
}

/** Where [west, south, east, north] is drawn in `view`, as fractions of the map's box: [left, top, right, bottom]. */
export function boundsIn(
  view: View,
  box: { width: number; height: number },
  bounds: readonly [number, number, number, number],
): [number, number, number, number] {
  const [left, top] = pointIn(view, box, bounds[0], bounds[3]);
  const [right, bottom] = pointIn(view, box, bounds[2], bounds[1]);
  return [left, top, right, bottom];
}

/** The boxes of the cards drawn over the map (legend and switches, source line, MapLibre's buttons), as fractions of the map's box. */
export async function cardsOver(page: Page): Promise<[number, number, number, number][]> {
  const box = await mapBox(page);
  const cards: [number, number, number, number][] = [];
  for (const selector of ['.map-cards', '.attribution', '.maplibregl-ctrl-top-right']) {
    const b = await page.locator(selector).first().boundingBox();
    if (b && b.width > 0 && b.height > 0)
      cards.push([(b.x - box.x) / box.width, (b.y - box.y) / box.height, (b.x + b.width - box.x) / box.width, (b.y + b.height - box.y) / box.height]);
  }
  return cards;
}
