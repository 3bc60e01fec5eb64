/**
 * A published data folder as comparable values (not bytes): every Arrow table as its columns (type and
 * values), every JSON/TopoJSON file as its parsed value, without the fields that change from build to
 * build (builtAt, and sha256/bytes, which follow the writers' byte layout rather than the values).
 * Parquet files are checked against their Arrow twin instead of being stored twice.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys left out wherever they occur: they change with the clock or the bytes, not with the values. */
const VOLATILE_KEYS = new Set(['builtAt', 'sha256', 'bytes']);

/** Plain JSON for a value read from Arrow or Parquet; floats to 12 significant digits so summation order does not matter. */
export function plain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<unknown>, plain);
  if (typeof value === 'object' && Symbol.iterator in value && typeof (value as { toArray?: unknown }).toArray === 'function') {
    return [...(value as Iterable<unknown>)].map(plain);
  }
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') return plain((value as { toJSON(): unknown }).toJSON());
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !VOLATILE_KEYS.has(key))
        .map(([key, v]) => [key, plain(v)]),
    );
  }
  throw new Error(`cannot compare a value of type ${typeof value}`);
}

export interface TableSnapshot {
  rows: number;
  columns: Record<string, { type: string; values: Json[] }>;
}

export function tableSnapshot(table: Table): TableSnapshot {
  const columns: TableSnapshot['columns'] = {};
  for (const field of table.schema.fields) {
    const vector = table.getChild(field.name);
    // Iterating keeps nulls (toArray would show them as 0 in a typed array).
    columns[field.name] = { type: String(field.type), values: vector === null ? [] : [...vector].map(plain) };
  }
  return { rows: table.numRows, columns };
}

/** Columns of a Parquet file, as the independent reader hyparquet sees them. */
export async function parquetColumns(file: string): Promise<Record<string, Json[]>> {
  const bytes = await readFile(file);
  const rows = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer })) as Record<
    string,
    unknown
  >[];
  const names = rows[0] === undefined ? [] : Object.keys(rows[0]);
  return Object.fromEntries(names.map((name) => [name, rows.map((row) => plain(row[name]))]));
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

/** Snapshot file name for a published file: binary tables get `.json` appended; JSON files keep their name. */
export function snapshotName(path: string): string {
  return path.endsWith('.arrow') ? `${path}.json` : path;
}

/**
 * Every published file as a value, keyed by snapshot name. Parquet files are returned apart, as
 * column values to compare with the Arrow table of the same name.
 */
export async function publishedSnapshot(dir: string): Promise<{ files: Map<string, Json | TableSnapshot>; parquet: Map<string, Record<string, Json[]>> }> {
  const files = new Map<string, Json | TableSnapshot>();
  const parquet = new Map<string, Record<string, Json[]>>();
  for (const path of await filesUnder(dir)) {
    const full = join(dir, path);
    if (path.endsWith('.arrow')) files.set(snapshotName(path), tableSnapshot(tableFromIPC(await readFile(full))));
    else if (path.endsWith('.parquet')) parquet.set(path, await parquetColumns(full));
    else if (path.endsWith('.json') || path.endsWith('.topojson')) files.set(path, plain(JSON.parse(await readFile(full, 'utf8'))));
    else throw new Error(`${path}: no snapshot rule for this kind of published file`);
  }
  return { files, parquet };
}

/** JSON with arrays of scalars (and of scalar pairs, e.g. coordinates) on one line, so diffs stay readable. */
export function snapshotText(value: unknown, indent = ''): string {
  const flat = (v: unknown) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
  if (flat(value) || (Array.isArray(value) && value.every(flat))) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + snapshotText(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${snapshotText(v, inner)}`).join(',\n')}\n${indent}}`;
}
