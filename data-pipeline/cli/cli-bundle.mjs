// @ts-check
/**
 * A TypeScript entry and the project files it imports, bundled by esbuild into one ESM file in a cache folder, so a
 * process loads one file instead of compiling every module through tsx on every start (~0.5 s). What esbuild does and
 * which packages go in: esbuild-bundle.mjs. Plain JavaScript because it runs before anything can compile
 * TypeScript; its types are in cli-bundle.d.mts.
 *
 * When a bundle is stale: its key is the sha256 of the exact bytes esbuild read for every input (project files and
 * the files of bundled packages, with their package.json), of the settings (entries, packages), of the files that
 * steer resolution (tsconfig.json paths, package.json) and of the bundler's own two modules. Every start re-reads the inputs the stamp lists and recomputes
 * the key (~600 files, ~3 MB: ~15 ms); any other content, or an input gone, rebuilds. Timestamps are not trusted (a
 * checkout or a copy can keep an old mtime on new content). A new file cannot change the bundle unseen: it enters
 * the graph only through an import in an existing input (a content change) or a tsconfig path (hashed), and every
 * project import names its file with its extension, so no new file can shadow an old one.
 *
 * Layout: <cacheDir>/<name>.json (the stamp: key and inputs) and <cacheDir>/<first 16 hex of key>/<name>.mjs(.map), with
 * the bundle of each worker entry beside it (<worker name>.mjs: a worker thread loads that one file).
 * A bundle folder is renamed into place whole and the stamp after it, so a killed or concurrent start never sees
 * half a bundle; folders of older keys are removed once they are OLD_BUNDLE_MS old (a concurrent start may still
 * be about to import one).
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { bundleWithEsbuild, ESBUILD_BUNDLE_SOURCE, packageFolder } from './esbuild-bundle.mjs';

/** @typedef {import('./cli-bundle.d.mts').BundleOptions} BundleOptions */
/** @typedef {import('./cli-bundle.d.mts').Bundle} Bundle */
/** @typedef {{ key: string; inputs: string[] }} Stamp */
/** @typedef {[string, Uint8Array]} KeyPart */
/** @typedef {{ entry: string; packages: readonly string[]; external: readonly string[]; workers: readonly string[]; selfLocating: readonly string[] }} Settings */

const FORMAT = 'atlas cli-bundle 1';
/**
 * Files outside the import graph that decide how it resolves, relative to the root. package-lock.json: `npm ci` on a
 * changed lock can nest another copy of a bundled package's dependency without touching any file already hashed.
 */
const RESOLUTION_FILES = ['tsconfig.json', 'package.json', 'package-lock.json'];
const BUNDLER_SOURCES = [fileURLToPath(import.meta.url), ESBUILD_BUNDLE_SOURCE];
const OLD_BUNDLE_MS = 10 * 60_000;
/** A bundle folder, or what a killed start left half-written (a folder or a stamp). */
const LEFTOVER = /^[0-9a-f]{16}$|\.tmp-\d+$/;

/** @param {readonly KeyPart[]} parts */
function keyOf(parts) {
  const hash = createHash('sha256').update(FORMAT);
  for (const [path, bytes] of parts) hash.update(`\0${path}\0${bytes.byteLength}\0`).update(bytes);
  return hash.digest('hex');
}

/**
 * The parts of the key besides the inputs: the settings, the resolution files and the bundler's own code.
 * @param {string} root @param {Settings} settings
 */
const fixedParts = (root, settings) =>
  /** @type {KeyPart[]} */ ([
    ['<settings>', Buffer.from(JSON.stringify(settings))],
    // an absent one (a tree without a lock) is part of the key as absent
    ...RESOLUTION_FILES.map((path) => [path, existsSync(resolve(root, path)) ? readFileSync(resolve(root, path)) : Buffer.from('<absent>')]),
    ...BUNDLER_SOURCES.map((path) => [`<bundler>/${basename(path)}`, readFileSync(path)]),
  ]);

/** @param {unknown} value @returns {value is Stamp} */
const isStamp = (value) =>
  typeof value === 'object' &&
  value !== null &&
  'key' in value &&
  typeof value.key === 'string' &&
  'inputs' in value &&
  Array.isArray(value.inputs) &&
  value.inputs.every((input) => typeof input === 'string');

/** @param {string} cacheDir @param {string} name @param {string} key */
const bundleFile = (cacheDir, name, key) => join(cacheDir, key.slice(0, 16), `${name}.mjs`);

/**
 * The bundle the stamp names when every input still has the content it was built from, else null.
 * @param {string} root @param {string} cacheDir @param {string} name @param {Settings} settings
 */
function upToDate(root, cacheDir, name, settings) {
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDir, `${name}.json`), 'utf8'));
    if (!isStamp(stamp)) return null;
    /** @type {KeyPart[]} */
    const parts = stamp.inputs.map((path) => [path, readFileSync(resolve(root, path))]);
    const file = bundleFile(cacheDir, name, stamp.key);
    return keyOf([...parts, ...fixedParts(root, settings)]) === stamp.key && existsSync(file) ? { file, inputs: stamp.inputs.length } : null;
  } catch {
    return null; // no stamp yet, or an input is gone: rebuild (esbuild then names what is missing)
  }
}

/** @param {string} path @param {string} text */
async function writeAtomically(path, text) {
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** Folders of other keys and leftovers of killed starts, older than OLD_BUNDLE_MS. @param {string} cacheDir @param {string} keep */
async function removeOldBundles(cacheDir, keep) {
  for (const entry of await readdir(cacheDir)) {
    if (entry === keep || !LEFTOVER.test(entry)) continue;
    const path = join(cacheDir, entry);
    const age = Date.now() - (await stat(path)).mtimeMs;
    if (age <= OLD_BUNDLE_MS) continue;
    // Out of its key's name first: a start killed during rm must not leave a key folder without its bundle.
    const trash = `${path}.tmp-${process.pid}`;
    await rename(path, trash).then(
      () => rm(trash, { recursive: true, force: true }),
      () => undefined, // another start's clean-up took it
    );
  }
}

/** @param {string} root @param {string} cacheDir @param {string} name @param {Settings} settings */
async function rebuild(root, cacheDir, name, settings) {
  const fixed = fixedParts(root, settings); // read before esbuild reads them: a change during the build shows at the next start
  // Never written there: the files go to the key's folder, which sits at the same depth (the map's relative paths hold).
  const outfile = join(cacheDir, 'pending', `${name}.mjs`);
  const { outputFiles, inputs: sources } = await bundleWithEsbuild({ root, outfile, ...settings });
  // A bundled package's package.json decides how its files resolve (exports, main), so it is an input too.
  const listed = new Set(sources.map(([path]) => path));
  const manifests = [...new Set(sources.map(([path]) => packageFolder(resolve(root, path))))]
    .filter((folder) => folder !== null)
    .map((folder) => relative(root, join(folder, 'package.json')))
    .filter((path) => !listed.has(path));
  /** @type {KeyPart[]} */
  const parts = [...sources, ...manifests.map((path) => /** @type {KeyPart} */ ([path, readFileSync(resolve(root, path))]))].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const inputs = parts.map(([path]) => path);
  const key = keyOf([...parts, ...fixed]);
  const folder = dirname(bundleFile(cacheDir, name, key));
  const temporary = `${folder}.tmp-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  for (const file of outputFiles) await writeFile(join(temporary, basename(file.path)), file.contents);
  // The key's folder may exist already (placed by a concurrent start, or kept from before a revert): same inputs, same
  // files. Its mtime is renewed so that it does not count as old to another start's clean-up. A folder that lacks one
  // of the files (left by an older, killed clean-up) is replaced instead, or every later start would fail to import.
  await rename(temporary, folder).catch(async () => {
    if (!outputFiles.every((file) => existsSync(join(folder, basename(file.path))))) {
      await rm(folder, { recursive: true, force: true });
      await rename(temporary, folder);
      return;
    }
    await rm(temporary, { recursive: true, force: true });
    const now = new Date();
    await utimes(folder, now, now);
  });
  await writeAtomically(join(cacheDir, `${name}.json`), `${JSON.stringify({ key, inputs })}\n`);
  await removeOldBundles(cacheDir, basename(folder));
  return { file: bundleFile(cacheDir, name, key), inputs: inputs.length };
}

/** The pipeline CLI's module, which `npm run build:data` runs bundled (launch-build-data.mjs). */
export const PIPELINE_CLI_ENTRY = 'data-pipeline/cli/run-build-data.ts';
/**
 * Packages bundled with it: pure JavaScript whose hundreds of files Node's loader is slow to load one by one. The
 * DuckDB addon stays a package (native code), and so does mapshaper (loaded only to make geometry; large).
 */
const PIPELINE_PACKAGES = ['@duckdb/node-api', 'apache-arrow', 'zod', 'topojson-client'];
const PIPELINE_EXTERNAL = ['@duckdb/node-bindings'];
/**
 * The buurt level's simulated draws, and the geometry of a level that the geometry cache does not hold, run on worker
 * threads: their entries are bundled beside the CLI's, and found from there.
 */
const PIPELINE_WORKERS = ['data-pipeline/compute/uncertainty/draw-worker.ts', 'data-pipeline/geometry/geometry-worker.ts'];
const PIPELINE_SELF_LOCATING = ['data-pipeline/compute/uncertainty/draw-worker-url.ts', 'data-pipeline/geometry/geometry-worker-url.ts'];

/**
 * The bundle of the pipeline CLI, in .cache/pipeline-cli/ unless another folder is given (the bench times a rebuild there).
 * @param {string} root @param {string} [cacheDir]
 */
export const pipelineCliBundle = (root, cacheDir = resolve(root, '.cache/pipeline-cli')) =>
  ensureBundle({
    root,
    entry: PIPELINE_CLI_ENTRY,
    cacheDir,
    packages: PIPELINE_PACKAGES,
    external: PIPELINE_EXTERNAL,
    workers: PIPELINE_WORKERS,
    selfLocating: PIPELINE_SELF_LOCATING,
  });

/**
 * The bundle of `entry` (relative to `root`), rebuilt first when any input changed.
 * @param {BundleOptions} options
 * @returns {Promise<Bundle>}
 */
export async function ensureBundle({ root, entry, cacheDir, packages = [], external = [], workers = [], selfLocating = [] }) {
  const started = performance.now();
  const name = basename(entry).replace(/\.[^.]+$/, '');
  const settings = { entry, packages, external, workers, selfLocating };
  const current = upToDate(root, cacheDir, name, settings);
  const done = current ?? (await mkdir(cacheDir, { recursive: true }), await rebuild(root, cacheDir, name, settings));
  return { ...done, rebuilt: current === null, ms: performance.now() - started };
}
