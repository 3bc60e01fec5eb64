/**
 * The browser side of the connector: DuckDB-WASM in a worker, tables loaded from Arrow IPC (never Parquet —
 * duckdb-wasm ≥1.29 would fetch the parquet extension from the network and hang offline).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { t } from '../../i18n/nl.ts';
import { quoteIdent } from '../queries.ts';
import { DUCKDB_BUNDLES } from './bundles.ts';
import { plainRow, type Connector } from './connector.ts';

/**
 * Start-up gets this long. A missing or blocked .wasm or worker file makes DuckDB-WASM wait for ever rather
 * than fail (the app showed "De database start op…" indefinitely); a healthy start takes 1–5 s, a busy
 * machine compiling the 30 MB module somewhat more.
 */
export const DUCKDB_START_TIMEOUT_MS = 30_000;

/** Reject with the Dutch timeout message when `work` has not settled in time. */
function withStartTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(t('error.duckdbTimeout', { seconds: DUCKDB_START_TIMEOUT_MS / 1000 }))), DUCKDB_START_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function createWasmConnector(): Promise<Connector> {
  const bundle = await duckdb.selectBundle(DUCKDB_BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB-bundel zonder worker');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await withStartTimeout(
      (async () => {
        await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
        await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
      })(),
    );
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const conn = await db.connect();
  // Everything we need is built in; an extension download would leave our origin and fail offline.
  for (const setting of ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false']) {
    try {
      await conn.query(setting);
    } catch {
      // Older builds lack these settings; they also lack autoloading, so nothing is lost.
    }
  }
  return {
    async query(sql) {
      const result = await conn.query(sql);
      return result.toArray().map((r: { toJSON(): Record<string, unknown> }) => plainRow(r.toJSON()));
    },
    async insertArrowIPC(table, ipc) {
      await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
      // DuckDB-WASM transfers the buffer to its worker, detaching it; the map's Arrow table still reads
      // from these bytes, so the worker gets a copy.
      await conn.insertArrowFromIPCStream(ipc.slice(), { name: table, create: true });
    },
    // Stop (on /analyse) closes the database to end a running query. The worker runs a query in one go and reads
    // its messages only after it: a disconnect would wait behind the query and leave the worker busy on a core
    // until it ends. Terminating it ends the query now.
    async close() {
      await db.terminate();
    },
  };
}
