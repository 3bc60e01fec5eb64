import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC, type Table } from 'apache-arrow';
import { inject } from 'vitest';
import { buildData, type BuildResult } from '../../data-pipeline/build.ts';
import { silentProgress } from '../../data-pipeline/progress.ts';
import { dataFile, manifestSchema, type Level, type Manifest } from '@atlas/contract';

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const RAW_DIR = process.env.ONDERMIJNING_RAW ?? resolve(REPO_ROOT, '../shared/data/raw');
/**
 * The geometry cache `npm run build:data` uses: real-data builds in this tier share it, so the approximate buurt
 * layer's gap split (minutes, cold) runs once per machine instead of once per build. Mutated geometry inputs hash
 * to other keys, so a mutation is never answered from the cache.
 */
export const GEOMETRY_CACHE_DIR = resolve(process.env.ATLAS_GEOMETRY_CACHE_DIR ?? resolve(REPO_ROOT, '.cache/geometry'));

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `atlas-${prefix}-`));
}

/** The real data built once for the whole pipeline tier (global-setup.ts): read only. */
export async function sharedBuild(): Promise<{ outDir: string; manifest: Manifest }> {
  const outDir = inject('realDataDir');
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(outDir, dataFile.manifest), 'utf8')));
  return { outDir, manifest };
}

/** A build of its own, for a test that needs other raw input than the shared build's. */
export async function buildInto(outDir: string, rawDir = RAW_DIR): Promise<BuildResult> {
  return buildData({ rawDir, outDir, progress: silentProgress(), geometryCacheDir: GEOMETRY_CACHE_DIR });
}

export async function readArrow(outDir: string, level: Level): Promise<Table> {
  return tableFromIPC(await readFile(join(outDir, dataFile.arrow(level))));
}

/** Rows of an Arrow table as plain objects, keyed by region code. */
export function rowsByCode(table: Table): Map<string, Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const row of table) {
    const object = row.toJSON() as Record<string, unknown>;
    rows.set(object.code as string, object);
  }
  return rows;
}

/**
 * A writable copy of the raw folder made of symlinks, so a test can replace one file with a broken
 * version without touching the read-only originals.
 */
export async function rawCopyWith(replacements: Record<string, string | null>): Promise<string> {
  const dir = await tempDir('raw');
  async function link(from: string): Promise<void> {
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const source = join(from, entry.name);
      const target = join(dir, relative(RAW_DIR, source));
      if (entry.isDirectory()) {
        await mkdir(target, { recursive: true });
        await link(source);
      } else {
        await symlink(source, target);
      }
    }
  }
  await link(RAW_DIR);
  for (const [path, content] of Object.entries(replacements)) {
    const target = join(dir, path);
    await rm(target, { force: true });
    if (content !== null) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
  return dir;
}

export async function readRaw(path: string): Promise<string> {
  return readFile(join(RAW_DIR, path), 'utf8');
}

export async function copyDir(from: string, to: string): Promise<void> {
  // dereference: a published folder is a symlink to its build (publish/atomic-dir.ts); copy the files, not the link.
  await cp(from, to, { recursive: true, dereference: true });
}
