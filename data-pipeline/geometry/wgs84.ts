/** Checks shared by the level and context geometry: every position must be a WGS84 lon/lat pair. */

/** `crs` names that mean WGS84 lon/lat (GeoJSON 2008 style); RFC 7946 files carry no `crs` at all. */
const WGS84_CRS_NAMES = new Set([
  'urn:ogc:def:crs:OGC:1.3:CRS84',
  'urn:ogc:def:crs:OGC::CRS84',
  'urn:ogc:def:crs:EPSG::4326',
  'urn:ogc:def:crs:EPSG:4326',
  'EPSG:4326',
  'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
  'http://www.opengis.net/def/crs/EPSG/0/4326',
]);

/** Why a top-level `crs` member is not WGS84, or null when it is absent or WGS84. */
export function crsProblem(crs: unknown): string | null {
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name === 'string' && WGS84_CRS_NAMES.has(name)) return null;
  return `declares ${JSON.stringify(crs)}; only WGS84 lon/lat (EPSG:4326 / CRS84) is accepted — reproject the file first`;
}

/** Why (x, y) is not a WGS84 lon/lat position, or null when it is. */
export function lonLatProblem(x: unknown, y: unknown): string | null {
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return `position [${String(x)}, ${String(y)}] is not a pair of finite numbers`;
  }
  if (x < -180 || x > 180 || y < -90 || y > 90) {
    const projected = Math.abs(x) > 1000 || Math.abs(y) > 1000;
    return (
      `position [${x}, ${y}] is outside the WGS84 lon/lat range (lon −180…180, lat −90…90)` +
      (projected ? '; the file looks projected (e.g. RD New, EPSG:28992) — reproject it to EPSG:4326' : '')
    );
  }
  return null;
}

/**
 * The Netherlands (incl. the Wadden islands and the North Sea coast of the boundary layers: lon 3.31–7.23,
 * lat 50.75–53.56) with a margin of about 20 km, so a snapped or slightly extended border never trips it.
 * The Caribbean Netherlands are not regions of the register.
 */
export const NL_BBOX = { minLon: 3.0, maxLon: 7.5, minLat: 50.5, maxLat: 53.8 } as const;

const inNl = (lon: number, lat: number): boolean => lon >= NL_BBOX.minLon && lon <= NL_BBOX.maxLon && lat >= NL_BBOX.minLat && lat <= NL_BBOX.maxLat;

/** Why a WGS84 position is not in the Netherlands, naming a lon/lat swap when the swapped pair would be; null when it is. */
export function netherlandsProblem(lon: number, lat: number): string | null {
  if (inNl(lon, lat)) return null;
  if (inNl(lat, lon)) return `position [${lon}, ${lat}] is [lat, lon]: the coordinates are swapped (GeoJSON is [lon, lat]); swap them back`;
  return `position [${lon}, ${lat}] lies outside the Netherlands (lon ${NL_BBOX.minLon}–${NL_BBOX.maxLon}, lat ${NL_BBOX.minLat}–${NL_BBOX.maxLat})`;
}
