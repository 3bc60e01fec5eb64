// @ts-check
/**
 * One esbuild run for cli-bundle.mjs: an entry and what it imports into one ESM file (not written: the caller places
 * it), with the exact bytes esbuild read for every input, which the caller's cache key is made of.
 *
 * Which packages go in: those listed in `packages` and, with them, their own dependencies (unless listed in
 * `external`: native addons). Every other package stays an import that Node resolves at run time, from the bundle's
 * folder inside the repository, as it would from the sources. A bundled package loads in a fraction of the time
 * Node's loader takes for its hundreds of files (apache-arrow, zod and @duckdb/node-api: ~0.25 s CPU per start).
 * Resolution follows Node's: the `import`, `node` and `default` conditions and `main` only (no bundler-only
 * `module` entries), and CommonJS packages get a `require` made for the bundle's folder.
 *
 * Every project import must name its file with its extension: then no new file can shadow an old one, and the
 * inputs' contents alone decide the bundle. Code that finds files relative to itself (import.meta, __dirname,
 * __filename) is refused, as in the bundle it would describe the cache folder.
 */
import { Buffer } from 'node:buffer';
import diagnostics from 'node:diagnostics_channel';
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This module's file: part of the cache key, as it decides what a bundle contains. */
export const ESBUILD_BUNDLE_SOURCE = fileURLToPath(import.meta.url);

const NODE_MODULES = `${sep}node_modules${sep}`;
const REQUIRE_BANNER = "import { createRequire as __cliBundleCreateRequire } from 'node:module'; const require = __cliBundleCreateRequire(import.meta.url);";
const SELF_LOCATING = /import\.meta|__dirname|__filename/;

/** `@scope/name` or `name` of a bare specifier. @param {string} specifier */
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The package folder a path lies in (…/node_modules/name), or null for a project file. @param {string} path */
export function packageFolder(path) {
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return null;
  const name = packageName(
    path
      .slice(at + NODE_MODULES.length)
      .split(sep)
      .join('/'),
  );
  return join(path.slice(0, at + NODE_MODULES.length), name);
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

/**
 * @param {readonly string[]} packages @param {readonly string[]} external
 * @returns {import('esbuild').Plugin}
 */
function resolutionRules(packages, external) {
  const inner = {}; // marks our own bundler.resolve calls, so they are not ruled on again
  return {
    name: 'resolution-rules',
    setup(bundler) {
      bundler.onResolve({ filter: /^\./ }, ({ path, importer }) =>
        packageFolder(importer) === null && !/\.[a-z]+$/i.test(path)
          ? { errors: [{ text: `import "${path}" does not name its file with the extension; the pipeline bundle needs the exact file` }] }
          : undefined,
      );
      bundler.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === inner || args.kind === 'entry-point') return undefined;
        const name = packageName(args.path);
        const fromPackage = packageFolder(args.importer) !== null;
        if (!external.includes(name) && (packages.includes(name) || fromPackage)) return undefined;
        // Not to be bundled: external when it is a package; builtins and tsconfig paths into the project resolve as usual.
        const found = await bundler.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: inner });
        return found.errors.length === 0 && !found.external && packageFolder(found.path) !== null ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/**
 * `workers`: entries of worker threads, each bundled into its own file beside the entry's (same folder, its name with
 * .mjs). `selfLocating`: the project files allowed to use import.meta, as they find those files beside the bundle.
 * @param {{ root: string; entry: string; outfile: string; packages: readonly string[]; external: readonly string[]; workers?: readonly string[]; selfLocating?: readonly string[] }} options
 * @returns {Promise<{ outputFiles: import('esbuild').OutputFile[]; inputs: [string, Uint8Array][] }>}
 */
export async function bundleWithEsbuild({ root, entry, outfile, packages, external, workers = [], selfLocating = [] }) {
  /** @type {Map<string, Uint8Array>} */
  const read = new Map();
  const result = await withEsbuild(({ build }) =>
    build({
      absWorkingDir: root,
      // The root tsconfig.json alone (it is in the bundle's key): left to look folder by folder, esbuild would also
      // obey a nested tsconfig.json that the key does not hash, and run a stale bundle after one appeared.
      tsconfig: join(root, 'tsconfig.json'),
      entryPoints: [entry, ...workers],
      outdir: dirname(outfile),
      entryNames: '[name]',
      outExtension: { '.js': '.mjs' },
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: [],
      mainFields: ['main'],
      banner: { js: REQUIRE_BANNER },
      // No keepNames: it wraps every function in a call that redefines its `name`, also each closure made in a hot
      // loop, and with it the build took ~0.14 s more CPU and wall (8 interleaved runs each, every one slower). Without
      // it a clashing name may be renamed (Field2): our code never reads a function's name (the errors set theirs), and
      // zod reads a class name only in messages about non-plain values, which the pipeline does not validate. Stack
      // traces point at the .ts sources through the source map either way.
      keepNames: false,
      sourcemap: 'linked',
      sourcesContent: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [
        resolutionRules(packages, external),
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
  /** @type {[string, Uint8Array][]} */
  const inputs = Object.keys(result.metafile.inputs)
    .sort()
    .map((path) => {
      const bytes = read.get(join(root, path));
      if (!bytes) throw new Error(`${path} was bundled without being recorded`);
      return [path, bytes];
    });
  const code = result.outputFiles.filter((file) => file.path.endsWith('.mjs')).map((file) => file.text.replace(REQUIRE_BANNER, ''));
  if (code.some((text) => SELF_LOCATING.test(text))) {
    const users = inputs.filter(([, bytes]) => SELF_LOCATING.test(Buffer.from(bytes).toString('utf8'))).map(([path]) => path);
    const refused = users.filter((path) => !selfLocating.includes(path));
    // no input says it, yet the bundle does: then esbuild added it
    const named = refused.length > 0 ? refused.join(', ') : 'code that esbuild added';
    if (refused.length > 0 || users.length === 0)
      throw new Error(`${named} locate files relative to themselves (import.meta, __dirname or __filename), which in the bundle would mean its cache folder`);
  }
  return { outputFiles: result.outputFiles, inputs };
}
