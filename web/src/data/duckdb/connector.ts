/**
 * The seam between the app's questions and a SQL engine, as in uwdata/mosaic's connectors: the same query
 * builders run through DuckDB-WASM in the browser and through @duckdb/node-api in tests.
 */
export type SqlRow = Record<string, unknown>;

export interface Connector {
  /** Run a query and return plain rows (numbers as JS numbers, never BigInt). */
  query(sql: string): Promise<SqlRow[]>;
  /** Create (or replace) a table from an Arrow IPC stream. */
  insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
  /** Shut the engine down now, a query still running included (its promise may never settle). */
  close(): Promise<void>;
}

/** BigInt → number (counts and sums stay far below 2^53), nested values untouched. */
export function plainRow(row: Record<string, unknown>): SqlRow {
  const out: SqlRow = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}
