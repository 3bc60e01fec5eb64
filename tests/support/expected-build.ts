/**
 * The fixture build's expected output (tests/expected/fixture-build) read back as the app reads published
 * files: region tables and the trends table rebuilt from the JSON dumps, and the manifest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { levelTableColumns, type Level, type Manifest } from '@atlas/contract';
import { RegionTable } from '../../web/src/data/region-table.ts';
import { TrendTable, type TrendRow } from '../../web/src/data/trends.ts';
import { tableIpc, type FixtureRow } from './region-ipc.ts';
import { arrowTableOf } from './arrow-arrays.ts';

const EXPECTED = resolve(fileURLToPath(import.meta.url), '../../expected/fixture-build');
type Dump = { rows: number; columns: Record<string, { type: string; values: unknown[] }> };

const dump = (file: string): Dump => JSON.parse(readFileSync(resolve(EXPECTED, file), 'utf8')) as Dump;

export const expectedManifest = (): Manifest => JSON.parse(readFileSync(resolve(EXPECTED, 'manifest.json'), 'utf8')) as Manifest;

/** The level's published table, rebuilt as Arrow from the dump (numbers as Float64 with NaN for null, strings). */
export function expectedTable(level: Level): RegionTable {
  const arrays: Record<string, Float64Array | (string | null)[]> = {};
  for (const [name, c] of Object.entries(dump(`${level}.arrow.json`).columns)) {
    if (c.type === 'Float64' || c.type.startsWith('Int')) arrays[name] = Float64Array.from(c.values, (v) => (typeof v === 'number' ? v : Number.NaN));
    else arrays[name] = c.values.map((v) => (v === null ? null : String(v)));
  }
  return new RegionTable(level, arrowTableOf(arrays));
}

/** The trends table's rows as published, gap rows (value NaN, with their reason) included. */
export function expectedTrendRows(): TrendRow[] {
  const { rows, columns } = dump('trends.arrow.json');
  const at = (name: string, i: number): unknown => columns[name]?.values[i] ?? null;
  return Array.from({ length: rows }, (_, i) => ({
    code: String(at('code', i)),
    name: String(at('name', i)),
    series: String(at('series', i)),
    year: Number(at('year', i)),
    value: typeof at('value', i) === 'number' ? Number(at('value', i)) : Number.NaN,
    reason: typeof at('reason', i) === 'string' ? String(at('reason', i)) : null,
  }));
}

export const expectedTrends = (): TrendTable => new TrendTable(expectedTrendRows());

/** The level's published table as Arrow IPC, written from the dump by the pipeline's writer (for DuckDB and RegionTable.fromIPC). */
export function expectedTableIpc(level: Level): { ipc: Uint8Array; columns: ReturnType<typeof levelTableColumns> } {
  const manifest = expectedManifest();
  const { rows, columns } = dump(`${level}.arrow.json`);
  const specs = levelTableColumns(
    manifest.indicators,
    manifest.themes.map((th) => th.id),
    level,
  );
  const fixtureRows = Array.from({ length: rows }, (_, i) =>
    Object.fromEntries(specs.map((c) => [c.name, (columns[c.name]?.values[i] ?? null) as FixtureRow[string]])),
  );
  return { ipc: tableIpc(specs, fixtureRows), columns: specs };
}
