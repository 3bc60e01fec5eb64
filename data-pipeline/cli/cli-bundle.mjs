// @ts-check
/**
 * A TypeScript entry and the project files it imports, bundled by esbuild into one ESM file in a cache folder, so a
 * process loads one file instead of compiling ~150 modules through tsx on every start (~0.4 s wall, more CPU).
 * Packages stay external: they load from node_modules at run time, as under tsx. Plain JavaScript because it runs
 * before anything can compile TypeScript; its types are in cli-bundle.d.mts.
 *
 * When a bundle is stale: its key is the sha256 of the exact bytes esbuild read for every input (taken in an onLoad
 * plugin, so a file edited while esbuild runs is recorded with the content that went into the bundle), of the
 * files that steer resolution (tsconfig.json paths, package.json) and of this file. Every start re-reads the inputs
 * the stamp lists and recomputes the key (~150 files, ~600 kB: a few ms); any other content, or an input gone,
 * rebuilds. Timestamps are not trusted (a checkout or a copy can keep an old mtime on new content). A new file
 * cannot change the bundle unseen: it enters the graph only through an import in an existing input (a content
 * change) or a tsconfig path (hashed), and with resolveExtensions empty every import names its file exactly, so
 * no new file can shadow an old one.
 *
 * Layout: <cacheDir>/<name>.json (the stamp: key and inputs) and <cacheDir>/<first 16 hex of key>/<name>.mjs(.map).
 * A bundle folder is renamed into place whole and the stamp after it, so a killed or concurrent start never sees
 * half a bundle; folders of older keys are removed once they are OLD_BUNDLE_MS old (a concurrent start may still
 * be about to import one).
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** @typedef {import('./cli-bundle.d.mts').BundleOptions} BundleOptions */
/** @typedef {import('./cli-bundle.d.mts').Bundle} Bundle */
/** @typedef {{ key: string; inputs: string[] }} Stamp */
/** @typedef {[string, Uint8Array]} KeyPart */

const FORMAT = 'atlas cli-bundle 1';
/** Files outside the import graph that decide how it resolves, relative to the root. */
const RESOLUTION_FILES = ['tsconfig.json', 'package.json'];
const SELF = fileURLToPath(import.meta.url);
const OLD_BUNDLE_MS = 10 * 60_000;
/** A bundle folder, or what a killed start left half-written (a folder or a stamp). */
const LEFTOVER = /^[0-9a-f]{16}$|\.tmp-\d+$/;

/** @param {readonly KeyPart[]} parts */
function keyOf(parts) {
  const hash = createHash('sha256').update(FORMAT);
  for (const [path, bytes] of parts) hash.update(`\0${path}\0${bytes.byteLength}\0`).update(bytes);
  return hash.digest('hex');
}

/** @param {string} root */
const fixedParts = (root) =>
  /** @type {KeyPart[]} */ ([...RESOLUTION_FILES.map((path) => [path, readFileSync(resolve(root, path))]), ['<bundler>', readFileSync(SELF)]]);

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
 * @param {string} root @param {string} cacheDir @param {string} name
 */
function upToDate(root, cacheDir, name) {
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDir, `${name}.json`), 'utf8'));
    if (!isStamp(stamp)) return null;
    /** @type {KeyPart[]} */
    const parts = stamp.inputs.map((path) => [path, readFileSync(resolve(root, path))]);
    const file = bundleFile(cacheDir, name, stamp.key);
    return keyOf([...parts, ...fixedParts(root)]) === stamp.key && existsSync(file) ? { file, inputs: stamp.inputs.length } : null;
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
    if (age > OLD_BUNDLE_MS) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Runs `work` with esbuild, then stops esbuild's service process and waits until it has exited. Left running it
 * would idle beside the build until the end, and where nothing reaps orphans (a container's init) a killed build
 * would leave it behind as a zombie in the build's process group. Node announces every child it spawns on the
 * 'child_process' diagnostics channel, which is how the service's handle is found.
 * @template T
 * @param {(esbuild: typeof import('esbuild')) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withEsbuild(work) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const onChild = (/** @type {unknown} */ message) => {
    const child = /** @type {{ process?: import('node:child_process').ChildProcess }} */ (message).process;
    if (child) children.push(child);
  };
  diagnostics.subscribe('child_process', onChild);
  const esbuild = await import('esbuild');
  try {
    return await work(esbuild);
  } finally {
    diagnostics.unsubscribe('child_process', onChild);
    await esbuild.stop();
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    await Promise.all(
      running.map(
        (child) =>
          new Promise((exited) => {
            child.ref(); // esbuild unrefs it; without a ref the wait would not keep this process alive
            child.once('exit', exited);
          }),
      ),
    );
  }
}

/** @param {string} root @param {string} entry @param {string} cacheDir @param {string} name */
async function rebuild(root, entry, cacheDir, name) {
  const fixed = fixedParts(root); // read before esbuild reads them: a change during the build shows at the next start
  /** @type {Map<string, Uint8Array>} */
  const read = new Map();
  const result = await withEsbuild(({ build }) =>
    build({
      absWorkingDir: root,
      entryPoints: [entry],
      // Never written there: the files go to the key's folder, which sits at the same depth (the map's relative paths hold).
      outfile: join(cacheDir, 'pending', `${name}.mjs`),
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      resolveExtensions: [],
      keepNames: true,
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [
        {
          name: 'record-inputs',
          setup(bundler) {
            bundler.onLoad({ filter: /.*/ }, async ({ path }) => {
              const contents = await readFile(path);
              read.set(path, contents);
              return { contents, loader: 'default' };
            });
          },
        },
      ],
    }),
  );
  const inputs = Object.keys(result.metafile.inputs).sort();
  const parts = /** @type {KeyPart[]} */ (
    inputs.map((path) => {
      const bytes = read.get(resolve(root, path));
      if (!bytes) throw new Error(`${path} was bundled without being recorded`);
      return [path, bytes];
    })
  );
  const code = result.outputFiles.find((file) => file.path.endsWith('.mjs'))?.text ?? '';
  if (code.includes('import.meta')) {
    const users = parts.filter(([, bytes]) => Buffer.from(bytes).includes('import.meta')).map(([path]) => path);
    throw new Error(`${users.join(', ')} use import.meta, which in the bundle would describe ${cacheDir}, not the source file; pass paths in instead`);
  }
  const key = keyOf([...parts, ...fixed]);
  const folder = dirname(bundleFile(cacheDir, name, key));
  const temporary = `${folder}.tmp-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  for (const file of result.outputFiles) await writeFile(join(temporary, basename(file.path)), file.contents);
  // The key's folder may exist already (placed by a concurrent start, or kept from before a revert): same inputs, same
  // files. Its mtime is renewed so that it does not count as old to another start's clean-up.
  await rename(temporary, folder).catch(async () => {
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
 * The bundle of the pipeline CLI, in .cache/pipeline-cli/ unless another folder is given (the bench times a rebuild there).
 * @param {string} root @param {string} [cacheDir]
 */
export const pipelineCliBundle = (root, cacheDir = resolve(root, '.cache/pipeline-cli')) => ensureBundle({ root, entry: PIPELINE_CLI_ENTRY, cacheDir });

/**
 * The bundle of `entry` (relative to `root`), rebuilt first when any input changed.
 * @param {BundleOptions} options
 * @returns {Promise<Bundle>}
 */
export async function ensureBundle({ root, entry, cacheDir }) {
  const started = performance.now();
  const name = basename(entry).replace(/\.[^.]+$/, '');
  const current = upToDate(root, cacheDir, name);
  const done = current ?? (await mkdir(cacheDir, { recursive: true }), await rebuild(root, entry, cacheDir, name));
  return { ...done, rebuilt: current === null, ms: performance.now() - started };
}
