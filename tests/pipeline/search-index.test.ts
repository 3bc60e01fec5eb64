/**
 * The published search index on the real build: exactly the regions of the three tables, with their names and
 * parents; every bound inside the Netherlands and inside its gemeente's; no bound only for the buurten the
 * manifest lists as having no polygon; and the file listed in the manifest like every other.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEVELS, dataFile, type Level, type Manifest, type SearchBounds, type SearchIndexFile } from '@atlas/contract';
import { sha256Of } from '../../data-pipeline/io/files.ts';
import { readArrow, sharedBuild } from './helpers.ts';
import { columnOf } from './published-columns.ts';
import { indexEntries } from '../../web/src/search/region-entries.ts';
import { searchRegions } from '../../web/src/search/search-index.ts';

/** The Netherlands with its territorial waters and islands, generously. */
const NL = { west: 3.2, south: 50.7, east: 7.3, north: 53.7 };
/** A buurt or wijk may stick out of its gemeente's bounds by this much (about 300 m): the buurt layer is approximate. */
const TOLERANCE_DEG = 0.003;
/**
 * The wijk and buurt polygons include the water that the gemeente polygons leave out (Lelystad's
 * Buitengebied reaches 0.039° into the Markermeer), so under 1 % stick out further, and nearly none by more
 * than WATER_DEG. A handful go further: Enkhuizen's IJsselmeer wijk (WK038810) and its Vogeleiland buurt by
 * 0.059°, and a few wijken carry small fragments the gemeente layer does not, e.g. a piece of Vlissingen's
 * Paauwenburg - Westduin (WK071803) 10 km west of the town, 0.147°. A gemeente's bounds are those of its
 * drawn polygon (since the layers' spike repair, not of fragments the output drops), so these now show.
 */
const WATER_DEG = 0.05;
const FRAGMENT_DEG = 0.2;
const MAX_FRAGMENTS = 10;

let manifest: Manifest;
let index: SearchIndexFile;
let bytes: Buffer;
const tableRows = new Map<Level, Map<string, { name: string | null; gemeente: string | null; wijk: string | null }>>();

beforeAll(async () => {
  const build = await sharedBuild();
  manifest = build.manifest;
  bytes = await readFile(join(build.outDir, dataFile.searchIndex));
  index = JSON.parse(bytes.toString('utf8')) as SearchIndexFile;
  for (const level of LEVELS) {
    const table = await readArrow(build.outDir, level);
    const codes = columnOf<string>(table, 'code');
    const names = columnOf<string>(table, 'name');
    const gemeente = level === 'gemeente' ? null : columnOf<string>(table, 'gemeente_code');
    const wijk = level === 'buurt' ? columnOf<string>(table, 'wijk_code') : null;
    tableRows.set(level, new Map(codes.map((code, i) => [code ?? '', { name: names[i] ?? null, gemeente: gemeente?.[i] ?? null, wijk: wijk?.[i] ?? null }])));
  }
});

const boundsOf = (level: Level): Map<string, SearchBounds> => new Map(index[level].map((row) => [row[0], row[row.length - 1] as SearchBounds]));

describe('search index (real data)', () => {
  it('is listed in the manifest with its size and sha256', () => {
    const listed = manifest.files.find((f) => f.path === dataFile.searchIndex);
    expect(listed).toMatchObject({ kind: 'search-index', bytes: bytes.byteLength, sha256: sha256Of(bytes) });
  });

  it('holds exactly the codes and names of gemeente, wijk and buurt.arrow', () => {
    expect([index.gemeente.length, index.wijk.length, index.buurt.length]).toEqual([342, 3393, 14574]);
    for (const level of LEVELS) {
      const table = tableRows.get(level) ?? new Map();
      const inIndex = new Map(index[level].map((row) => [row[0], row[1]]));
      expect(new Set(inIndex.keys())).toEqual(new Set(table.keys()));
      for (const [code, name] of inIndex) expect(name, code).toBe(table.get(code)?.name);
    }
  });

  it('finds a gemeente by the name people use, and a gemeente before buurten of the same name', () => {
    const entries = indexEntries(index);
    const first = (query: string) => searchRegions(entries, query)[0];
    expect(first('Den Haag')).toMatchObject({ code: 'GM0518', name: "'s-Gravenhage" });
    expect(first('den bosch')).toMatchObject({ code: 'GM0796', kind: 'gemeente' });
    const bergen = searchRegions(entries, 'Bergen');
    expect(bergen.slice(0, 2).map((e) => `${e.kind} ${e.name}`)).toEqual(['gemeente Bergen (NH.)', 'gemeente Bergen (L.)']);
  });

  it('points every wijk at its gemeente and every buurt at its wijk, as the tables do', () => {
    const wijken = tableRows.get('wijk') ?? new Map();
    const buurten = tableRows.get('buurt') ?? new Map();
    for (const [code, , gemeente] of index.wijk) expect(index.gemeente[gemeente]?.[0], code).toBe(wijken.get(code)?.gemeente);
    for (const [code, , wijk] of index.buurt) expect(index.wijk[wijk]?.[0], code).toBe(buurten.get(code)?.wijk);
  });

  it('has bounds in the Netherlands, inside the bounds of their gemeente', () => {
    const gemeenteBounds = boundsOf('gemeente');
    const gemeenteOf = (code: string): string => `GM${code.slice(2, 6)}`;
    const beyond: string[] = [];
    const farther: string[] = [];
    let checked = 0;
    for (const level of LEVELS) {
      for (const [code, b] of boundsOf(level)) {
        if (b === null) continue;
        const [w, s, e, n] = b;
        expect(w <= e && s <= n, code).toBe(true);
        expect(w >= NL.west && e <= NL.east && s >= NL.south && n <= NL.north, `${code} ${b.join(' ')}`).toBe(true);
        if (level === 'gemeente') continue;
        const g = gemeenteBounds.get(gemeenteOf(code));
        if (!g) throw new Error(`${code}: gemeente without bounds`);
        const excess = Math.max(g[0] - w, g[1] - s, e - g[2], n - g[3]);
        expect(excess, `${code} ${b.join(' ')} far outside ${gemeenteOf(code)} ${g.join(' ')}`).toBeLessThan(FRAGMENT_DEG);
        if (excess >= WATER_DEG) farther.push(`${code} ${excess.toFixed(3)}°`);
        if (excess > TOLERANCE_DEG) beyond.push(code);
        checked++;
      }
    }
    expect(checked).toBe(3393 + 14574 - 8);
    expect(beyond.length, beyond.join(' ')).toBeLessThan(checked * 0.01);
    expect(farther.length, farther.join(', ')).toBeLessThanOrEqual(MAX_FRAGMENTS);
  });

  it('has no bounds for exactly the regions the manifest lists as without a polygon (the 8 buurten)', () => {
    for (const level of LEVELS) {
      const missing = [...boundsOf(level)].filter(([, b]) => b === null).map(([code]) => code);
      const listed = manifest.levels.find((l) => l.id === level)?.geometry?.missingCodes ?? [];
      expect(missing.sort(), level).toEqual([...listed].sort());
    }
    expect(manifest.levels.find((l) => l.id === 'buurt')?.geometry?.missingCodes).toHaveLength(8);
  });

  it('bounds every aggregate region around its gemeenten', () => {
    expect(index.aggregate.map((a) => a[2]).sort()).toEqual([
      ...Array<string>(10).fill('politie_eenheid'),
      ...Array<string>(12).fill('provincie'),
      ...Array<string>(25).fill('veiligheidsregio'),
    ]);
    expect(index.aggregate.every((a) => a[3] !== null)).toBe(true);
  });
});
