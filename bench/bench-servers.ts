/**
 * The servers the benchmarks run against, each in its own process group on 127.0.0.1, serving the bench build
 * (dist-bench/): the production server (`npm run serve`, server/main.ts, stored brotli/gzip copies) and
 * `vite preview` (compresses every answer as it sends it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/e2e/free-port.ts';
import { BENCH_BUILD_ENV, BENCH_OUT_DIR } from '../vite.config.ts';

const HOST = '127.0.0.1';
const root = resolve(fileURLToPath(import.meta.url), '../..');
/** The bench build (app + baseline page) lives apart from dist/, so the production build never ships the baseline. */
export const benchOutDir = join(root, BENCH_OUT_DIR);
const env = { ...process.env, [BENCH_BUILD_ENV]: '1' };

export interface Server {
  name: string;
  base: string;
  child: ChildProcess;
}

/** Start a server and wait until it answers the manifest. */
async function start(
  name: string,
  command: string,
  args: (port: number) => string[],
  extraEnv: (port: number) => Record<string, string> = () => ({}),
): Promise<Server> {
  const port = await freePort();
  const child = spawn(command, args(port), { cwd: root, stdio: 'ignore', detached: true, env: { ...env, ...extraEnv(port) } });
  const base = `http://${HOST}:${port}`;
  // Generous: the production server first writes its stored brotli/gzip copies of every file (minutes on a busy machine).
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/data/manifest.json`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { name, base, child };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stopServer({ name, base, child });
  throw new Error(`${name} did not start on ${base}`);
}

export function stopServer(server: Server): void {
  if (server.child.pid && server.child.exitCode === null) process.kill(-server.child.pid, 'SIGTERM');
}

/** The bench build as production serves it: precompressed once, never compressed per request. */
export const startProductionServer = (): Promise<Server> =>
  start(
    'npm run serve',
    process.execPath,
    () => ['--import', 'tsx', 'server/main.ts', benchOutDir],
    (port) => ({ PORT: String(port), HOST }),
  );

export const startPreviewServer = (): Promise<Server> =>
  start('vite preview', 'npx', (port) => ['vite', 'preview', '--port', String(port), '--strictPort', '--host', HOST]);
