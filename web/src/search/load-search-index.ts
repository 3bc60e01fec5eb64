/**
 * The published search index (search-index.json), fetched on the search's first use — never on the first
 * map's path — checked against the manifest (sha256) like every file, and its rows checked before use, so a
 * wrong file fails with its row and field named instead of showing wrong places.
 */
import { AGGREGATES, dataFile, type Manifest, type SearchIndexFile } from '@atlas/contract';
import { DataError } from '../data/errors.ts';
import { fetchBytes, type Fetcher } from '../data/fetch.ts';
import { indexEntries } from './region-entries.ts';
import type { SearchEntry } from './search-index.ts';

const FILE = dataFile.searchIndex;

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const int: Check = (v) => Number.isInteger(v);
const count: Check = (v) => v === null || (typeof v === 'number' && Number.isFinite(v));
const bounds: Check = (v) => v === null || (Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === 'number' && Number.isFinite(x)));
const aggregate: Check = (v) => (AGGREGATES as readonly unknown[]).includes(v);

/** Field checks per list, in row order. */
const ROWS: Record<keyof SearchIndexFile, [field: string, check: Check][]> = {
  gemeente: [
    ['code', str],
    ['name', str],
    ['population', count],
    ['bounds', bounds],
  ],
  wijk: [
    ['code', str],
    ['name', str],
    ['gemeente', int],
    ['population', count],
    ['bounds', bounds],
  ],
  buurt: [
    ['code', str],
    ['name', str],
    ['wijk', int],
    ['population', count],
    ['bounds', bounds],
  ],
  aggregate: [
    ['code', str],
    ['name', str],
    ['kind', aggregate],
    ['bounds', bounds],
  ],
};

export function checkSearchIndex(json: unknown): SearchIndexFile {
  if (typeof json !== 'object' || json === null) throw new DataError('invalid', FILE, 'geen object');
  const doc = json as Record<string, unknown>;
  for (const [list, fields] of Object.entries(ROWS)) {
    const rows = doc[list];
    if (!Array.isArray(rows)) throw new DataError('invalid', FILE, `${list}: geen lijst`);
    rows.forEach((row: unknown, i) => {
      if (!Array.isArray(row) || row.length !== fields.length) throw new DataError('invalid', FILE, `${list}[${i}]: ${fields.length} velden verwacht`);
      fields.forEach(([field, ok], f) => {
        if (!ok(row[f])) throw new DataError('invalid', FILE, `${list}[${i}].${field}: ${JSON.stringify(row[f])}`);
      });
    });
  }
  return json as SearchIndexFile;
}

export async function fetchSearchEntries(manifest: Manifest, fetcher: Fetcher): Promise<SearchEntry[]> {
  const bytes = await fetchBytes(FILE, fetcher, manifest);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataError('corrupt', FILE, e instanceof Error ? e.message : 'geen geldige JSON');
  }
  return indexEntries(checkSearchIndex(json));
}
