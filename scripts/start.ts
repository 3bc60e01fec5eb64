/**
 * `npm start [-- --raw DIR | --download] [--dry-run]`: rebuild public/data when it is missing or older than its
 * inputs (the raw folder and the code the pipeline runs), build the app, and serve it on
 * http://localhost:5173 from our own origin only. The raw folder is the one `npm run build:data` would
 * read (data-pipeline/cli/resolve-raw-dir.ts); it is passed on, so the build does not look again.
 * `--dry-run` only says whether public/data would be rebuilt, and why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveRawDir } from '../data-pipeline/cli/resolve-raw-dir.ts';
import { createProgress } from '../data-pipeline/progress.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const port = process.env.PORT ?? '5173';
/** Folders whose code decides what the pipeline publishes. */
const PIPELINE_CODE = ['contract', 'maths', 'indicators', 'data-pipeline'];

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(path));
    else newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const progress = createProgress((line) => process.stderr.write(`${line}\n`));
const { dir: rawDir, origin } = await resolveRawDir({ argv: process.argv.slice(2), env: process.env, repoRoot: root, progress }).catch((error: unknown) => {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
const manifest = join(root, 'public/data/manifest.json');
const builtAt = await stat(manifest).then(
  (s) => s.mtimeMs,
  () => 0,
);
const inputs = Math.max(await newestMtime(rawDir), ...(await Promise.all(PIPELINE_CODE.map((folder) => newestMtime(join(root, folder))))));
const dryRun = process.argv.includes('--dry-run');
if (builtAt === 0 || builtAt < inputs) {
  console.log(`${builtAt === 0 ? 'public/data is missing' : 'public/data is older than its inputs'}: building it from ${rawDir} (${origin})…`);
  if (dryRun) process.exit(0);
  run('npx', ['tsx', 'data-pipeline/cli/build-data.ts', '--raw', rawDir]);
} else {
  console.log(`public/data is up to date (raw data from ${rawDir}, ${origin}).`);
  if (dryRun) process.exit(0);
}
run('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log(`\nOndermijningsatlas: http://localhost:${port}/\n`);
spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit' });
