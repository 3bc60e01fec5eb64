/**
 * `npm start`: rebuild public/data when it is missing or older than the raw data (or the pipeline
 * code), build the app, and serve it on http://localhost:5173 from our own origin only.
 */
import { spawnSync, spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const port = process.env.PORT ?? '5173';

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

const manifest = join(root, 'public/data/manifest.json');
const builtAt = await stat(manifest).then((s) => s.mtimeMs, () => 0);
const rawDir = process.env.ONDERMIJNING_RAW ?? resolve(root, '../shared/data/raw');
const inputs = Math.max(await newestMtime(rawDir), await newestMtime(join(root, 'data-pipeline')), await newestMtime(join(root, 'indicators')));
if (builtAt === 0 || builtAt < inputs) {
  console.log(builtAt === 0 ? 'public/data is missing: building it…' : 'public/data is older than its inputs: rebuilding…');
  run('npx', ['tsx', 'data-pipeline/cli/build-data.ts']);
} else {
  console.log('public/data is up to date.');
}
run('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log(`\nOndermijningsatlas: http://localhost:${port}/\n`);
spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit' });
