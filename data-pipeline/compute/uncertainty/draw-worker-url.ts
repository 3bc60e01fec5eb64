/**
 * How to start the draw worker (draw-worker.ts). In the pipeline CLI's bundle (cli-bundle.mjs) this module is part
 * of the bundle file and the worker's own bundle is draw-worker.mjs beside it, plain JavaScript. Unbundled (tsx,
 * vitest) the worker is draw-worker.ts beside this module, which needs tsx's loader in the worker; Node 20 does not
 * apply a loader given as the worker's `--import` to its entry, so a small script registers tsx first and then
 * imports the entry. The bundler allows this module, and only it, to locate a file relative to itself.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const here = import.meta.url;

/** `Worker` arguments: a file, or (`eval`) a script. */
export function drawWorkerStart(): { code: string | URL; eval: boolean } {
  if (here.endsWith('.mjs')) return { code: new URL('./draw-worker.mjs', here), eval: false };
  // the package's ESM build of the API (its `import` export, beside the `require` one that createRequire finds)
  const tsxApi = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./draw-worker.ts', here).href;
  return { code: `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}
