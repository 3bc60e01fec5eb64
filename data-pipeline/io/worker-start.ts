/**
 * How the pipeline starts one of its worker threads, given the URL of the module beside the worker's entry (that
 * module's own URL, as only it may know it). In the pipeline CLI's bundle (cli-bundle.mjs) that module is part of the bundle file
 * and the worker's own bundle is `<name>.mjs` beside it, plain JavaScript. Unbundled (tsx, vitest) the worker is
 * `<name>.ts` beside that module, which needs tsx's loader in the worker; Node 20 does not apply a loader given as the
 * worker's `--import` to its entry, so a small script registers tsx first and then imports the entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** `Worker` arguments: a file, or (`eval`) a script. */
export interface WorkerStart {
  code: string | URL;
  eval: boolean;
}

export function workerStart(besideEntry: string, name: string): WorkerStart {
  if (besideEntry.endsWith('.mjs')) return { code: new URL(`./${name}.mjs`, besideEntry), eval: false };
  // the package's ESM build of the API (its `import` export, beside the `require` one that createRequire finds)
  const tsxApi = pathToFileURL(
    createRequire(besideEntry)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL(`./${name}.ts`, besideEntry).href;
  return { code: `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}

/** The worker's bundled code, all of it in one file (see above); null unbundled, where it is spread over many modules. */
export function bundledWorkerText(besideEntry: string, name: string): string | null {
  return besideEntry.endsWith('.mjs') ? readFileSync(new URL(`./${name}.mjs`, besideEntry), 'utf8') : null;
}
