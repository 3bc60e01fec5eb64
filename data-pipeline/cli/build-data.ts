/**
 * `npm run build:data [-- --raw DIR | --download] [--out DIR] [--cache-dir DIR] [--cbs-odata-base URL] [--pdok-base URL]`:
 * build public/data from the raw CBS files. Where the raw files come from: see resolve-raw-dir.ts.
 * Exit code 1 with the DataError message (file, line, field) on bad input; the previous output stays.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../build.ts';
import { createProgress } from '../progress.ts';
import { flagValue, resolveRawDir } from './resolve-raw-dir.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

try {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const progress = createProgress(log);
  const argv = process.argv.slice(2);
  const { dir: rawDir, origin } = await resolveRawDir({ argv, env: process.env, repoRoot, progress });
  log(`Raw data: ${rawDir} (${origin})`);
  const outDir = resolve(flagValue(argv, '--out') ?? resolve(repoRoot, 'public/data'));
  await buildData({ rawDir, outDir, progress });
} catch (error) {
  process.stderr.write(`\nbuild:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write('The previous public/data (if any) was left unchanged.\n');
  process.exit(1);
}
