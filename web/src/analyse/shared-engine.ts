/** One analyse database per page load, shared by /analyse and the map when it draws a query's result. */
import type { Manifest } from '@atlas/contract';
import type { Fetcher } from '../data/fetch.ts';
import { SqlEngine } from './sql-engine.ts';

const fetcher: Fetcher = (url) => fetch(url, { credentials: 'same-origin' });
const connect = () => import('../data/duckdb/wasm-connector.ts').then((m) => m.createWasmConnector());

let shared: { manifest: Manifest; engine: SqlEngine } | null = null;

export function sharedEngine(manifest: Manifest): SqlEngine {
  if (shared?.manifest !== manifest) shared = { manifest, engine: new SqlEngine(manifest, fetcher, connect) };
  return shared.engine;
}
