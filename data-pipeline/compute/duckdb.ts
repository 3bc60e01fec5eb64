import { DOUBLE, DuckDBDataChunk, DuckDBInstance, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import type { Region } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import { fillChunkColumn } from './duckdb-chunk-fill.ts';

export type Db = DuckDBConnection;

/**
 * Runs `work` on a fresh in-memory database and closes it afterwards, also when `work` fails: closing is what
 * gives its memory back (a database kept open holds what its tables and writers used, also after DROP TABLE).
 */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const db = await instance.connect();
  try {
    return await work(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/**
 * Append whole columns to an existing table, a data chunk of 2048 rows at a time: one call per column and chunk
 * instead of one per value (the row-by-row appender was a visible share of the build's CPU); duckdb-chunk-fill.ts
 * writes each column without node-api's per-value objects.
 */
export async function appendColumns(db: Db, table: string, types: readonly DuckDBType[], columns: readonly (readonly DuckDBValue[])[]): Promise<void> {
  const rows = columns[0]?.length ?? 0;
  const appender = await db.createAppender(table);
  for (let start = 0; start < rows; start += CHUNK_ROWS) {
    const end = Math.min(rows, start + CHUNK_ROWS);
    const chunk = DuckDBDataChunk.create(types, end - start);
    columns.forEach((column, index) => fillChunkColumn(chunk, index, types[index] ?? VARCHAR, column, start, end));
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

/** Load a validated source table (code + DOUBLE columns, nulls kept). */
export async function loadSourceTable(db: Db, table: SourceTable): Promise<void> {
  const columns = table.columns.map((c) => `${quoteIdent(c)} DOUBLE`).join(', ');
  await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (code VARCHAR PRIMARY KEY${columns ? `, ${columns}` : ''})`);
  await appendColumns(
    db,
    table.name,
    [VARCHAR, ...table.columns.map(() => DOUBLE)],
    [table.rows.map((row) => row.code), ...table.columns.map((column) => table.rows.map((row) => row.values[column] ?? null))],
  );
}

/** The register as a table, so formulas can join sources to every region of a level. */
export async function loadRegions(db: Db, regions: Iterable<Region>): Promise<void> {
  await db.run('CREATE OR REPLACE TABLE regions (code VARCHAR PRIMARY KEY, level VARCHAR, gemeente_code VARCHAR, wijk_code VARCHAR, population DOUBLE)');
  const appender = await db.createAppender('regions');
  for (const region of regions) {
    appender.appendVarchar(region.code);
    appender.appendVarchar(region.level);
    appender.appendVarchar(region.gemeenteCode);
    if (region.wijkCode === null) appender.appendNull();
    else appender.appendVarchar(region.wijkCode);
    if (region.population === null) appender.appendNull();
    else appender.appendDouble(region.population);
    appender.endRow();
  }
  appender.closeSync();
}

/** A query's result as one array per column (no object per row), in the result's row order; a column the result lacks is an error. */
export async function queryColumns<Name extends string>(db: Db, sql: string, names: readonly Name[]): Promise<Record<Name, unknown[]>> {
  const columns = (await db.runAndReadAll(sql)).getColumnsObjectJS();
  const picked = {} as Record<Name, unknown[]>;
  for (const name of names) {
    const column = columns[name];
    if (!column) throw new Error(`query result has no column ${name}: ${sql}`);
    picked[name] = column;
  }
  return picked;
}
