/**
 * DuckDB-WASM's files, served by us (never from a CDN), pinned in this one module. Vite copies each `?url`
 * import into the build with a content hash, so a new duckdb-wasm version changes the file names too.
 */
import type { DuckDBBundles } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/** Keep in step with package.json; shown in the methodology notes. */
export const DUCKDB_WASM_VERSION = '1.32.0';

/** Manual bundle map for `selectBundle`: eh for browsers with WebAssembly exceptions, mvp as the fallback. */
export const DUCKDB_BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};
