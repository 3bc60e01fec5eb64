import duckdb from '@duckdb/node-bindings';
import {
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  DuckDBTypeId,
  INTEGER,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
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
export const CHUNK_ROWS = duckdb.vector_size();

/**
 * Append whole columns to an existing table, a data chunk of CHUNK_ROWS rows at a time: one call per column and chunk
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

/**
 * Load a validated source table (code + DOUBLE columns, nulls kept): only `columns` of it, the ones some formula
 * reads (a formula that names another column then fails in DuckDB as an unknown column, as it would have before).
 */
export async function loadSourceTable(db: Db, table: SourceTable, columns: readonly string[] = table.columns): Promise<void> {
  const codes = uniqueCodes(table.rows, table.name);
  const definitions = columns.map((c) => `${quoteIdent(c)} DOUBLE`).join(', ');
  await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (code VARCHAR${definitions ? `, ${definitions}` : ''})`);
  await appendColumns(
    db,
    table.name,
    [VARCHAR, ...columns.map(() => DOUBLE)],
    [codes, ...columns.map((column) => table.rows.map((row) => row.values[column] ?? null))],
  );
}

/**
 * The codes of a table's rows, each once: a code twice would double a region's row in every join. Checked here
 * rather than by a PRIMARY KEY, whose index DuckDB builds on every append (a third of the loading time).
 */
function uniqueCodes(rows: readonly { code: string }[], table: string): string[] {
  const seen = new Set<string>();
  for (const { code } of rows) {
    if (seen.has(code)) throw new Error(`table ${table} has region code ${code} twice`);
    seen.add(code);
  }
  return [...seen];
}

/** The register as a table, so formulas can join sources to every region of a level; `idx` is the region's place in its level. */
export async function loadRegions(db: Db, regions: readonly Region[]): Promise<void> {
  await db.run('CREATE OR REPLACE TABLE regions (code VARCHAR, level VARCHAR, idx INTEGER)');
  const counts = new Map<string, number>();
  const idx = regions.map((r) => {
    const i = counts.get(r.level) ?? 0;
    counts.set(r.level, i + 1);
    return i;
  });
  await appendColumns(db, 'regions', [VARCHAR, VARCHAR, INTEGER], [uniqueCodes(regions, 'regions'), regions.map((r) => r.level), idx]);
}

/**
 * A query's columns, which must all be DOUBLE, as Float64Arrays with NaN for NULL, copied from DuckDB's vectors:
 * node-api's conversion tests each value's validity bit with BigInt arithmetic, which allocates. `rows` is the
 * number of rows the query must give.
 */
export async function queryDoubleColumns(db: Db, sql: string, rows: number): Promise<Float64Array[]> {
  const result = await db.run(sql);
  const count = result.columnCount;
  for (let c = 0; c < count; c++) {
    if (result.columnTypeId(c) !== DuckDBTypeId.DOUBLE) throw new Error(`column ${c} is ${result.columnType(c).toString()}, not DOUBLE: ${sql}`);
  }
  const columns = Array.from({ length: count }, () => new Float64Array(rows));
  let start = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const size = chunk.rowCount;
    if (start + size > rows) throw new Error(`query gave more than the ${rows} rows expected: ${sql}`);
    for (const [c, column] of columns.entries()) {
      const vector = duckdb.data_chunk_get_vector(chunk.chunk, c);
      const data = duckdb.vector_get_data(vector, size * Float64Array.BYTES_PER_ELEMENT);
      column.set(new Float64Array(data.buffer, data.byteOffset, size), start);
      // one bit per row in 64-bit little-endian words; absent when every row is valid
      const validity = duckdb.vector_get_validity(vector, Math.ceil(size / 64) * 8);
      if (validity) for (let row = 0; row < size; row++) if (((validity[row >> 3] ?? 0) & (1 << (row & 7))) === 0) column[start + row] = NaN;
    }
    start += size;
  }
  if (start !== rows) throw new Error(`query gave ${start} rows where ${rows} were expected: ${sql}`);
  return columns;
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
