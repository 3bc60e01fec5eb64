/**
 * `npm run build:data [-- --raw DIR] [--out DIR]`: build public/data from the raw CBS files.
 * Exit code 1 with the DataError message (file, line, field) on bad input; the previous output stays.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../build.ts';
import { resolveRawDir } from '../download/cli.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

try {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { rawDir, mode } = await resolveRawDir(process.argv.slice(2), process.env, repoRoot, log);
  log(`Raw data: ${rawDir} (${mode})`);
  const outDir = resolve(flag('--out') ?? resolve(repoRoot, 'public/data'));
  await buildData({ rawDir, outDir });
} catch (error) {
  process.stderr.write(`\nbuild:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write('The previous public/data (if any) was left unchanged.\n');
  process.exit(1);
}
