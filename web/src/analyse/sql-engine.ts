/**
 * The /analyse database: DuckDB-WASM in its own worker (the app's connector), with every published table
 * loaded from its Arrow IPC file under a plain name. Its own instance, so cancelling a long query — which
 * terminates the worker — never takes the map's database down with it. Nothing leaves the browser.
 */
import { dataFile, LEVELS, type Manifest } from '@atlas/contract';
import type { Connector, SqlRow } from '../data/duckdb/connector.ts';
import { fetchBytes, type Fetcher } from '../data/fetch.ts';

export interface QueryResult {
  columns: string[];
  rows: SqlRow[];
  ms: number;
}

/** Table → its columns, for the editor's completion. */
export type Schema = Record<string, string[]>;

/** Raised when the user stops a query; the page says so instead of showing an error. */
export class QueryCancelled extends Error {
  constructor() {
    super('query cancelled');
  }
}

/** The published tables with the file each is read from; neighbours only when this build has them. */
export function publishedTables(manifest: Manifest): { name: string; path: string }[] {
  const listed = new Set(manifest.files.map((f) => f.path));
  const all = [
    ...LEVELS.map((level) => ({ name: level, path: dataFile.arrow(level) })),
    { name: 'trends', path: dataFile.trendsArrow },
    { name: 'neighbours', path: dataFile.neighboursArrow },
  ];
  return all.filter((t) => listed.has(t.path));
}

const SCHEMA_SQL = `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position`;

export class SqlEngine {
  private started: Promise<{ conn: Connector; schema: Schema }> | null = null;
  /** How to stop each run in progress: a run waits first for the database, then for its query, and Stop ends either wait. */
  private readonly aborts = new Set<(e: Error) => void>();

  constructor(
    private readonly manifest: Manifest,
    private readonly fetcher: Fetcher,
    private readonly connect: () => Promise<Connector>,
  ) {}

  /** Starts the database and loads the tables (once; again after a cancel). */
  ready(): Promise<{ conn: Connector; schema: Schema }> {
    if (!this.started) {
      const p = (async () => {
        const tables = publishedTables(this.manifest);
        const [conn, files] = await Promise.all([this.connect(), Promise.all(tables.map((t) => fetchBytes(t.path, this.fetcher, this.manifest)))]);
        for (const [i, t] of tables.entries()) {
          const bytes = files[i];
          if (bytes) await conn.insertArrowIPC(t.name, bytes);
        }
        const schema: Schema = {};
        for (const r of await conn.query(SCHEMA_SQL)) (schema[String(r['table_name'])] ??= []).push(String(r['column_name']));
        return { conn, schema };
      })();
      p.catch(() => {
        if (this.started === p) this.started = null;
      });
      this.started = p;
    }
    return this.started;
  }

  /** Runs `sql`; rejects with DuckDB's error, or QueryCancelled after cancel() (also while the database still starts). */
  async run(sql: string): Promise<QueryResult> {
    let abort: (e: Error) => void = () => undefined;
    const cancelled = new Promise<never>((_, reject) => {
      abort = reject;
    });
    this.aborts.add(abort);
    try {
      // A Stop before the database is up must end the run too: otherwise the run would go on to query the
      // database that Stop has just closed, and end as an error (or never) instead of "gestopt".
      const { conn } = await Promise.race([this.ready(), cancelled]);
      const t0 = performance.now();
      const rows = await Promise.race([conn.query(sql), cancelled]);
      const first = rows[0];
      return { columns: first ? Object.keys(first) : [], rows, ms: performance.now() - t0 };
    } finally {
      this.aborts.delete(abort);
    }
  }

  /** Stops the running queries by terminating the worker; the next run starts a fresh one. */
  cancel(): void {
    const started = this.started;
    this.started = null;
    for (const abort of this.aborts) abort(new QueryCancelled());
    this.aborts.clear();
    void started?.then(({ conn }) => conn.close()).catch(() => undefined);
  }
}
