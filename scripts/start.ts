/**
 * `npm start [-- --raw DIR | --download] [--dry-run]`: rebuild public/data when it is missing or older than its
 * inputs (the raw folder and the code the pipeline runs), build the app, and serve it on
 * http://localhost:5173 from our own origin only. The raw folder is the one `npm run build:data` would
 * read (data-pipeline/cli/resolve-raw-dir.ts); it is passed on, so the build does not look again.
 * `--dry-run` only says whether public/data would be rebuilt, and why.
 * public/data is a symlink to the current build (data-pipeline/publish/atomic-dir.ts); stat() follows it, so its
 * manifest's age is the published build's. Signals reach the child (build or preview) and end it with us, so
 * an interrupted `npm start` leaves no build or server running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataCommand } from '../data-pipeline/cli/build-data-command.ts';
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

/** The running child, to which SIGINT/SIGTERM/SIGHUP are passed on; we exit when it has ended. */
let current: ChildProcess | null = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (current?.exitCode === null) current.kill(signal);
    else process.exit(1);
  });
}

/** Run a child to its end with signals passed on; exit with its code when it fails. */
async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  current = child;
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
  current = null;
  if (code !== 0) process.exit(code ?? 1);
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
  const [node, ...launcher] = buildDataCommand(root);
  await run(node, [...launcher, '--raw', rawDir]);
} else {
  console.log(`public/data is up to date (raw data from ${rawDir}, ${origin}).`);
  if (dryRun) process.exit(0);
}
await run('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log(`\nOndermijningsatlas: http://localhost:${port}/\n`);
await run('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1']);
