/**
 * The pipeline tier builds the real data once per run, into a fresh temp folder, and hands its path
 * to every test file (`inject('realDataDir')`): files that only read the published output share this
 * build instead of each making their own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildData } from '../../data-pipeline/build.ts';
import { silentProgress } from '../../data-pipeline/progress.ts';
import { GEOMETRY_CACHE_DIR, RAW_DIR } from './helpers.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const parent = await mkdtemp(join(tmpdir(), 'atlas-pipeline-'));
  const outDir = join(parent, 'data');
  const started = performance.now();
  await buildData({ rawDir: RAW_DIR, outDir, progress: silentProgress(), geometryCacheDir: GEOMETRY_CACHE_DIR });
  process.stderr.write(`pipeline tier: real data built once in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}\n`);
  project.provide('realDataDir', outDir);
  return async () => {
    await rm(parent, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real data, built once for the whole pipeline tier; read it, never write into it. */
    realDataDir: string;
  }
}
