import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { placesFile, type PlacesFile } from '@atlas/contract';

/** The middle of a gemeente's bounds in a published data folder: where the map tests and the bench point the map. */
export async function gemeenteCentre(dataDir: string, code: string): Promise<{ lat: number; lon: number }> {
  const file = placesFile('gemeente');
  const places = JSON.parse(await readFile(resolve(dataDir, file), 'utf8')) as PlacesFile;
  const row = places.rows.find((r) => r[0] === code);
  if (!row) throw new Error(`${code} has no place in ${file}`);
  const [, , , , west, south, east, north] = row;
  return { lat: (south + north) / 2, lon: (west + east) / 2 };
}
