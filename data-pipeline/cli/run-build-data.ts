/**
 * `npm run build:data [-- --raw DIR | --download] [--out DIR] [--any-layout] [--cache-dir DIR] [--cbs-odata-base URL] [--pdok-base URL]`:
 * build public/data from the raw CBS files. Where the raw files come from: see resolve-raw-dir.ts.
 * Exit code 1 with the DataError message (file, line, field) on bad input; the previous output stays.
 * `--out DIR` must be absent, empty, or an earlier build of ours: anything else is refused before any work
 * and nothing is deleted. `--any-layout` accepts region counts other than the 2024 layout's (synthetic raw
 * folders such as tests/fixtures/raw-mini). The geometry cache is .cache/geometry, or ATLAS_GEOMETRY_CACHE_DIR (the bench's cold runs);
 * the seeded draws' cache is .cache/draws, or ATLAS_DRAW_CACHE_DIR.
 * Publishing: DIR becomes a symlink to the newest build (publish/atomic-dir.ts); for public/data the builds
 * live in `.data-builds/` at the repository root, outside Vite's public folder.
 * The repository root is a parameter, not derived from this module's own path: `npm run build:data` runs this
 * module bundled into .cache/pipeline-cli/ (launch-build-data.mjs), `npx tsx build-data.ts` runs it in place.
 */
import { resolve } from 'node:path';
import { buildData } from '../build.ts';
import { createProgress } from '../progress.ts';
import { checkPublishTarget, defaultStore } from '../publish/atomic-dir.ts';
import { endWithCaller } from './process-lifetime.ts';
import { flagValue, resolveRawDir } from './resolve-raw-dir.ts';
import { envFolder } from './env-setting.ts';

export async function runBuildData(repoRoot: string, argv: readonly string[]): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  endWithCaller(log);
  try {
    const progress = createProgress(log);
    const outDir = resolve(flagValue(argv, '--out') ?? resolve(repoRoot, 'public/data'));
    await checkPublishTarget(outDir);
    const { dir: rawDir, origin } = await resolveRawDir({ argv, env: process.env, repoRoot, progress });
    log(`Raw data: ${rawDir} (${origin})`);
    await buildData({
      rawDir,
      outDir,
      progress,
      publishStore: defaultStore(outDir, repoRoot),
      geometryCacheDir: envFolder(process.env, 'ATLAS_GEOMETRY_CACHE_DIR', repoRoot, '.cache/geometry'),
      drawCacheDir: envFolder(process.env, 'ATLAS_DRAW_CACHE_DIR', repoRoot, '.cache/draws'),
      ...(argv.includes('--any-layout') ? { expectedCounts: null } : {}),
    });
  } catch (error) {
    process.stderr.write(`\nbuild:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('The previous output (if any) was left unchanged.\n');
    process.exit(1);
  }
}
