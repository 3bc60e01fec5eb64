/**
 * The operator's corpus (issue 17): each class is one small mutation of a copy of the raw folder. A rejected
 * class must fail with a DataError/GeometryInputError whose message names the file, the row or feature and
 * the field, and leave the previous output byte-identical; an accepted-with-warning class must publish and
 * list its warning in the build summary and in manifest.warnings. Classes that need the real country (the
 * size of Amsterdam, the coverage tolerance of the crime file) use the real raw folder; the rest use the
 * synthetic raw-mini folder, which builds in seconds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../data-pipeline/build.ts';
import { DataError } from '../../data-pipeline/errors.ts';
import { GeometryInputError } from '../../data-pipeline/geometry/geometry-input-error.ts';
import { createProgress } from '../../data-pipeline/progress.ts';
import { FIXTURE_RAW_DIR } from '../../scripts/make-fixture-raw.ts';
import { GEOMETRY_CACHE_DIR, RAW_DIR, tempDir } from './helpers.ts';
import { MUTATIONS, type Mutation } from './corpus-mutations.ts';

/** A copy of `base` made of symlinks, with the edited files written for real. */
async function mutatedRaw(base: string, edits: Mutation['edits']): Promise<string> {
  const dir = await tempDir('corpus');
  async function link(from: string): Promise<void> {
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const source = join(from, entry.name);
      const target = join(dir, relative(base, source));
      if (entry.isDirectory()) {
        await mkdir(target, { recursive: true });
        await link(source);
      } else await symlink(source, target);
    }
  }
  await link(base);
  for (const [path, edit] of Object.entries(edits)) {
    const target = join(dir, path);
    const original = await readFile(target).catch(() => Buffer.alloc(0));
    await rm(target, { force: true });
    const next = edit(original);
    if (next !== null) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, next);
    }
  }
  return dir;
}

async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  for (const file of entries.sort()) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

let previous: string;
let previousHash: string;

beforeAll(async () => {
  previous = join(await tempDir('corpus-previous'), 'data');
  await buildData({ rawDir: FIXTURE_RAW_DIR, outDir: previous, progress: createProgress(() => {}), expectedCounts: null });
  previousHash = await treeHash(previous);
});

async function build(mutation: Mutation, outDir: string): Promise<{ error: unknown; lines: string[] }> {
  const real = mutation.raw === 'real';
  const raw = await mutatedRaw(real ? RAW_DIR : FIXTURE_RAW_DIR, mutation.edits);
  const lines: string[] = [];
  const error = await buildData({
    rawDir: raw,
    outDir,
    progress: createProgress((line) => lines.push(line)),
    ...(real ? { geometryCacheDir: GEOMETRY_CACHE_DIR } : { expectedCounts: null }),
  }).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, lines };
}

describe('corpus of mutated raw folders', () => {
  it('has at least 25 classes', () => expect(MUTATIONS.length).toBeGreaterThanOrEqual(25));

  for (const mutation of MUTATIONS) {
    if (mutation.expect.kind === 'error') {
      const expected = mutation.expect;
      it(`rejects: ${mutation.name}`, async () => {
        const { error } = await build(mutation, previous);
        expect(error, 'the build must fail').toBeInstanceOf(Error);
        const message = (error as Error).message;
        expect(error instanceof DataError || error instanceof GeometryInputError, message).toBe(true);
        expect(message).toContain(basename(expected.file));
        expect(message).toMatch(expected.message);
        if (expected.where) expect(message).toMatch(expected.where);
        if (expected.field) expect((error as DataError | GeometryInputError).field).toBe(expected.field);
        expect(await treeHash(previous), 'the previous output must stay byte-identical').toBe(previousHash);
      });
    } else {
      const expected = mutation.expect;
      it(`accepts with a warning: ${mutation.name}`, async () => {
        const out = join(await tempDir('corpus-warned'), 'data');
        const { error, lines } = await build(mutation, out);
        expect(error).toBeNull();
        const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { warnings: string[] };
        expect(
          manifest.warnings.some((w) => expected.warning.test(w)),
          manifest.warnings.join('\n'),
        ).toBe(true);
        expect(
          lines.some((line) => line.includes('warning:') && expected.warning.test(line)),
          'the build summary lists it',
        ).toBe(true);
      });
    }
  }
});
