/**
 * The bundle `npm run build:data` runs is never stale: every change of an input's content rebuilds it, also one that
 * keeps the file's size and mtime; an unchanged tree reuses it. Small entries in a temp folder are bundled and
 * imported for real; the last test bundles the pipeline CLI itself.
 */
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, PIPELINE_CLI_ENTRY, pipelineCliBundle } from './cli-bundle.mjs';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

let root: string;
const cacheDir = () => join(root, '.cache/bundles');
const bundle = () => ensureBundle({ root, entry: 'src/entry.ts', cacheDir: cacheDir() });
/** What the bundled entry answers when run. */
async function answer(file: string): Promise<unknown> {
  const module = (await import(pathToFileURL(file).href)) as { answer: () => unknown };
  return module.answer();
}
const write = (path: string, text: string) => writeFile(join(root, path), text);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-cli-bundle-'));
  await write('package.json', '{ "type": "module" }\n');
  await write('tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@lib': ['./src/lib-a.ts'] } } }));
  await mkdir(join(root, 'src'));
  await write('src/lib-a.ts', "export const lib = 'a';\n");
  await write('src/lib-b.ts', "export const lib = 'b';\n");
  await write('src/dep.ts', 'export const value: number = 1;\n');
  await write('src/entry.ts', "import { value } from './dep.ts';\nimport { lib } from '@lib';\nexport const answer = () => `${value}${lib}`;\n");
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('ensureBundle', () => {
  it('bundles on first use and reuses the bundle while nothing changed', async () => {
    const first = await bundle();
    expect(first).toMatchObject({ rebuilt: true, inputs: 3 });
    expect(await answer(first.file)).toBe('1a');
    const again = await bundle();
    expect(again).toMatchObject({ rebuilt: false, file: first.file });
  });

  it('rebuilds when an input changes but keeps its size and mtime', async () => {
    const path = join(root, 'src/dep.ts');
    const moment = new Date('2026-01-01T00:00:00Z'); // whole seconds: utimes keeps them exactly
    await utimes(path, moment, moment);
    const before = await stat(path);
    await writeFile(path, 'export const value: number = 2;\n');
    await utimes(path, moment, moment);
    const after = await stat(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const changed = await bundle();
    expect(changed.rebuilt).toBe(true);
    expect(await answer(changed.file)).toBe('2a');
  });

  it('goes back to the earlier bundle (same key, same folder) when an edit is reverted', async () => {
    const two = await bundle();
    await write('src/dep.ts', 'export const value: number = 1;\n');
    const reverted = await bundle();
    expect(reverted.rebuilt).toBe(true);
    expect(reverted.file).not.toBe(two.file);
    expect(await answer(reverted.file)).toBe('1a');
    await write('src/dep.ts', 'export const value: number = 2;\n');
    expect(await bundle()).toMatchObject({ rebuilt: true, file: two.file });
  });

  it('follows a new file imported by an edited input, and a changed tsconfig path', async () => {
    await write('src/extra.ts', 'export const extra = 10;\n');
    await write('src/dep.ts', "import { extra } from './extra.ts';\nexport const value: number = extra;\n");
    const grown = await bundle();
    expect(grown).toMatchObject({ rebuilt: true, inputs: 4 });
    expect(await answer(grown.file)).toBe('10a');
    await write('tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@lib': ['./src/lib-b.ts'] } } }));
    const remapped = await bundle();
    expect(remapped.rebuilt).toBe(true);
    expect(await answer(remapped.file)).toBe('10b');
  });

  it('names a missing input, and refuses import.meta (it would describe the cache folder)', async () => {
    await rm(join(root, 'src/extra.ts'));
    await expect(bundle()).rejects.toThrow(/src\/dep\.ts.*Could not resolve "\.\/extra\.ts"|Could not resolve "\.\/extra\.ts"/s);
    await write('src/dep.ts', 'export const value: string = import.meta.url;\n');
    await expect(bundle()).rejects.toThrow(/src\/dep\.ts locate files relative to themselves \(import\.meta/);
    await write('src/dep.ts', 'export const value: number = 3;\n');
    expect(await answer((await bundle()).file)).toBe('3b');
  });

  it('replaces a key folder that lost its bundle (a killed clean-up) instead of failing on every start', async () => {
    const whole = await bundle();
    await rm(whole.file);
    const mended = await bundle();
    expect(mended).toMatchObject({ rebuilt: true, file: whole.file });
    // (the file itself, not an import of it: Node caches modules by URL)
    expect((await stat(mended.file)).isFile()).toBe(true);
  });

  it('resolves with the root tsconfig.json only, the one its key holds: a nested one changes nothing', async () => {
    await write('src/tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@lib': ['./lib-a.ts'] } } }));
    expect(await bundle()).toMatchObject({ rebuilt: false });
    await write('src/dep.ts', 'export const value: number = 4;\n');
    expect(await answer((await bundle()).file)).toBe('4b');
    await rm(join(root, 'src/tsconfig.json'));
  });

  it('bundles the pipeline CLI with its sources listed, and checks it in a fraction of a build', { timeout: 60_000 }, async () => {
    const dir = join(root, 'cli-cache');
    // Inside the repository a bundle's packages resolve from its node_modules; the check itself needs no import.
    const built = await pipelineCliBundle(REPO_ROOT, dir);
    expect(built.rebuilt).toBe(true);
    const stamp = JSON.parse(await readFile(join(dir, 'run-build-data.json'), 'utf8')) as { inputs: string[] };
    expect(stamp.inputs).toEqual(
      expect.arrayContaining([PIPELINE_CLI_ENTRY, 'data-pipeline/build.ts', 'contract/index.ts', 'maths/index.ts', 'node_modules/apache-arrow/package.json']),
    );
    // The DuckDB addon and mapshaper stay packages: none of their files is in the bundle.
    expect(stamp.inputs.filter((path) => /node_modules\/(@duckdb\/node-bindings|mapshaper)\//.test(path))).toEqual([]);
    expect(stamp.inputs.length).toBe(built.inputs);
    // The worker entries are bundled beside the CLI's, each on its own (small files: the draw code only; the geometry
    // code, with mapshaper loaded from its package).
    expect(stamp.inputs).toEqual(expect.arrayContaining(['data-pipeline/compute/uncertainty/draw-worker.ts', 'data-pipeline/geometry/geometry-worker.ts']));
    const worker = await stat(join(dirname(built.file), 'draw-worker.mjs'));
    expect(worker.size).toBeLessThan(200_000);
    const geometryWorker = await stat(join(dirname(built.file), 'geometry-worker.mjs'));
    expect(geometryWorker.size).toBeLessThan(400_000);
    const checked = await pipelineCliBundle(REPO_ROOT, dir);
    expect(checked).toMatchObject({ rebuilt: false, file: built.file });
    expect(checked.ms).toBeLessThan(500);
  });
});

describe('ensureBundle with packages', () => {
  let pkgRoot: string;
  const pkgBundle = (packages: string[]) =>
    ensureBundle({ root: pkgRoot, entry: 'entry.ts', cacheDir: join(pkgRoot, '.cache/bundles'), packages, external: ['addon-like'] });

  beforeAll(async () => {
    pkgRoot = await mkdtemp(join(tmpdir(), 'atlas-cli-bundle-pkg-'));
    const files: Record<string, string> = {
      'package.json': '{ "type": "module" }\n',
      'tsconfig.json': '{}\n',
      'entry.ts': "import pkg from 'cjs-pkg';\nexport const answer = () => `${pkg.inner}-${pkg.addon}`;\n",
      // A CommonJS package with an extensionless require of its own file and a dependency left external (as the DuckDB addon).
      'node_modules/cjs-pkg/package.json': '{ "name": "cjs-pkg", "main": "index.js" }\n',
      'node_modules/cjs-pkg/index.js': "module.exports = { inner: require('./inner'), addon: require('addon-like') };\n",
      'node_modules/cjs-pkg/inner.js': "module.exports = 'one';\n",
      'node_modules/addon-like/package.json': '{ "name": "addon-like", "main": "index.js" }\n',
      'node_modules/addon-like/index.js': "module.exports = 'addon';\n",
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(pkgRoot, path)), { recursive: true });
      await writeFile(join(pkgRoot, path), text);
    }
  });
  afterAll(() => rm(pkgRoot, { recursive: true, force: true }));

  it('bundles a listed package with its package.json as inputs, requires the external one at run time, and follows its edits', async () => {
    const bundled = await pkgBundle(['cjs-pkg']);
    expect(await answer(bundled.file)).toBe('one-addon');
    const stamp = JSON.parse(await readFile(join(pkgRoot, '.cache/bundles/entry.json'), 'utf8')) as { inputs: string[] };
    expect(stamp.inputs).toEqual(['entry.ts', 'node_modules/cjs-pkg/index.js', 'node_modules/cjs-pkg/inner.js', 'node_modules/cjs-pkg/package.json']);
    await writeFile(join(pkgRoot, 'node_modules/cjs-pkg/inner.js'), "module.exports = 'two';\n");
    const edited = await pkgBundle(['cjs-pkg']);
    expect(edited.rebuilt).toBe(true);
    expect(await answer(edited.file)).toBe('two-addon');
  });

  it('leaves an unlisted package to Node', async () => {
    const plain = await pkgBundle([]);
    expect(plain).toMatchObject({ rebuilt: true, inputs: 1 });
    expect(await answer(plain.file)).toBe('two-addon');
  });
});
