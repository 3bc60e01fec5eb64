/**
 * `npm run build:data [-- --raw DIR] [--out DIR]`: build public/data from the raw CBS files.
 * Exit code 1 with the DataError message (file, line, field) on bad input; the previous output stays.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData } from '../build.ts';
import { existsSync } from 'node:fs';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

try {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const rawDir = resolve(flag('--raw') ?? process.env.ONDERMIJNING_RAW ?? resolve(repoRoot, '../shared/data/raw'));
  const mode = 'local';
  if (!existsSync(rawDir)) throw new Error(`raw data folder ${rawDir} does not exist`);
  log(`Raw data: ${rawDir} (${mode})`);
  const outDir = resolve(flag('--out') ?? resolve(repoRoot, 'public/data'));
  await buildData({ rawDir, outDir });
} catch (error) {
  process.stderr.write(`\nbuild:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stderr.write('The previous public/data (if any) was left unchanged.\n');
  process.exit(1);
}
