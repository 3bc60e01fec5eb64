/**
 * A raw folder with twice the regions, for the pipeline bench's growth row. "Doubled" means: every line of a
 * CSV that names a GM/WK/BU code is written twice, the copy with the gemeente number raised by 5000
 * (GM0363 → GM5363, WK036301 → WK536301, BU03630001 → BU53630001), and every GeoJSON feature likewise, the two
 * countries side by side at half width. Files without region codes (name-keyed tables,
 * TopoJSON of provincie, veiligheidsregio, politie-eenheid) stay as they are; the build runs with
 * --any-layout since the counts are no longer the 2024 layout's.
 */
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** The Kiesraad writes gemeente codes unpadded (GM59 for GM0059): both forms are shifted the same way. */
const CODE = /\b(GM|WK|BU)(\d{4}|(?<=GM)\d{2,3}\b)/g;
const FULL_CODE = /\b(?:GM|WK|BU)\d{4}[0-9A-Z]*/g;
/** A table that lists at least this share of a level's regions is one whose absent regions count against a documented maximum. */
const LISTS_LEVEL = 0.4;

/**
 * Regions left out of the copy: every wijk or
 * buurt that some level-wide table lacks (a copy would double the absent count past the maximum the sources document),
 * and every region of a gemeente that lacks a wijk.
 */
/** Rows of "Buitenland" (0998) and of unknown location (0000) are dropped by the readers by code; a shifted copy would look real. */
const PSEUDO_GEMEENTE = /^(GM|WK|BU)(0998|0000)/;

function codesIn(text: string): Set<string> {
  if (!text.startsWith('wijk,')) return new Set([...text.matchAll(FULL_CODE)].map((m) => m[0]));
  return new Set([...text.matchAll(/^(\d+),/gm)].map((m) => `WK${(m[1] ?? '').padStart(6, '0')}`));
}

function notCopied(csvTexts: readonly string[], registerText: string): Set<string> {
  const register = new Set([...registerText.matchAll(FULL_CODE)].map((m) => m[0]));
  const skip = new Set<string>();
  for (const prefix of ['WK', 'BU']) {
    const level = [...register].filter((c) => c.startsWith(prefix));
    for (const text of csvTexts) {
      const present = codesIn(text);
      const listed = level.filter((c) => present.has(c));
      if (listed.length >= LISTS_LEVEL * level.length) for (const c of level) if (!present.has(c)) skip.add(c);
    }
  }
  // A gemeente's totals are checked against its wijken: a gemeente missing a wijk is left out as a whole.
  const gemeenten = new Set([...skip].filter((c) => c.startsWith('WK')).map((c) => c.slice(2, 6)));
  for (const c of register) if (gemeenten.has(c.slice(2, 6))) skip.add(c);
  return skip;
}
const SHIFT = 5000;
/**
 * The geometry checks accept lon 3–7.5 only, and the Netherlands spans about 3.3–7.3: both countries are squeezed to half
 * their width, the original in the west half and the copy in the east half, so neither overlaps the other.
 */
const squeeze = (lon: number, east: boolean): number => 3.05 + (lon - 3.3) * 0.5 + (east ? 2.2 : 0);

const shiftCodes = (text: string): string => text.replace(CODE, (_, prefix: string, digits: string) => `${prefix}${Number(digits) + SHIFT}`);

const copiedIn = (text: string, skip: ReadonlySet<string>): boolean => {
  const codes = [...text.matchAll(CODE)].map(
    (m) => `${m[1]}${(m[2] ?? '').padStart(4, '0')}${text.slice((m.index ?? 0) + m[0].length).match(/^[0-9A-Z]*/)?.[0] ?? ''}`,
  );
  return codes.length > 0 && codes.every((c) => !skip.has(c) && !PSEUDO_GEMEENTE.test(c) && !skip.has(`GM${c.slice(2, 6)}`));
};

/**
 * SCP's 2017 tables key wijken by number (gemeente number × 100 + wijk number, "300" = WK000300) and gemeenten by
 * number: the copy gets the same shift in numbers.
 */
function numericCopy(line: string, header: string[], skip: ReadonlySet<string>): string | null {
  const cells = line.split(',');
  const wijk = Number(cells[0]);
  if (!/^\d+$/.test(cells[0] ?? '') || skip.has(`WK${String(wijk).padStart(6, '0')}`)) return null;
  cells[0] = String(wijk + SHIFT * 100);
  const gemeente = header.indexOf('gemeentecode');
  if (gemeente >= 0 && /^\d+$/.test(cells[gemeente] ?? '')) cells[gemeente] = String(Number(cells[gemeente]) + SHIFT);
  return cells.join(',');
}

function doubleCsv(text: string, skip: ReadonlySet<string>): string {
  const lines = text.split(/(?<=\n)/);
  const header = (lines[0] ?? '').trim().split(',');
  const copies =
    header[0] === 'wijk'
      ? lines.slice(1).flatMap((line) => numericCopy(line, header, skip) ?? [])
      : lines
          .slice(1)
          .filter((line) => copiedIn(line, skip))
          .map(shiftCodes);
  const last = lines.at(-1) ?? '';
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return [...lines.slice(0, -1), last.endsWith('\n') ? last : `${last}${eol}`, ...copies.map((l) => (l.endsWith('\n') ? l : `${l}${eol}`))].join('');
}

function squeezed(coordinates: unknown, east: boolean): unknown {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return [squeeze(coordinates[0], east), ...coordinates.slice(1)];
  return Array.isArray(coordinates) ? coordinates.map((c: unknown) => squeezed(c, east)) : coordinates;
}

const withGeometry = (f: Feature, east: boolean): Feature => ({
  ...f,
  geometry: f.geometry && { ...f.geometry, coordinates: squeezed(f.geometry.coordinates, east) },
});

interface Feature {
  properties: Record<string, unknown>;
  geometry: { coordinates: unknown } | null;
}

function doubleGeojson(text: string, skip: ReadonlySet<string>): string {
  const collection = JSON.parse(text) as { features: Feature[] };
  const copies = collection.features
    .filter((f) => copiedIn(JSON.stringify(f.properties), skip))
    .map((f) => ({ ...withGeometry(f, true), properties: JSON.parse(shiftCodes(JSON.stringify(f.properties))) as Record<string, unknown> }));
  return JSON.stringify({ ...collection, features: [...collection.features.map((f) => withGeometry(f, false)), ...copies] });
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** The register the build reads its region list from (sources/kwb-2024.ts). */
const REGISTER_FILE = 'statistics/cbs_85984NED_kwb2024/statline_csv_metadata/WijkenEnBuurten.csv';

/**
 * Writes the doubled folder into `outDir` (files that are not CSV or GeoJSON are symlinked, not copied) and returns
 * how many regions the register lists before and after.
 */
export async function writeDoubledRaw(rawDir: string, outDir: string): Promise<{ regions: number; doubledRegions: number }> {
  const files: string[] = [];
  for await (const file of filesUnder(rawDir)) files.push(file);
  const csvs = new Map<string, string>();
  for (const file of files) if (/\.csv$/i.test(file)) csvs.set(file, await readFile(file, 'utf8'));
  const registerText = csvs.get(join(rawDir, REGISTER_FILE)) ?? '';
  const skip = notCopied([...csvs.values()], registerText);
  for (const file of files) {
    const target = join(outDir, relative(rawDir, file));
    await mkdir(dirname(target), { recursive: true });
    const csv = csvs.get(file);
    if (csv !== undefined) await writeFile(target, doubleCsv(csv, skip));
    else if (/\.geojson$/i.test(file)) await writeFile(target, doubleGeojson(await readFile(file, 'utf8'), skip));
    else await symlink(file, target);
  }
  const count = (text: string) => new Set([...text.matchAll(FULL_CODE)].map((m) => m[0])).size;
  return { regions: count(registerText), doubledRegions: count(doubleCsv(registerText, skip)) };
}
