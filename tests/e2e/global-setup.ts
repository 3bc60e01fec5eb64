/**
 * End-to-end tests run against the production build served by `vite preview` on localhost, on the
 * real data. Build the data when it is missing, build the app, start the server, share its URL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildDataCommand } from '../../data-pipeline/cli/build-data-command.ts';
import { freePort } from './free-port.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
let server: ChildProcess | undefined;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(resolve(root, 'public/data/manifest.json'))) {
    const [node, ...launcher] = buildDataCommand(root);
    run(node, launcher);
  }
  // ATLAS_DIST_DIR lets several checkouts' test runs on one machine build and serve side by side.
  const outDir = resolve(root, process.env.ATLAS_DIST_DIR ?? 'dist');
  // The app records the window.__atlas signals these tests wait on only in a build made with VITE_E2E_HOOKS=1. Vitest
  // sets NODE_ENV=test, with which Vite builds React's development code: StrictMode then mounts the app twice, and
  // the second mount loaded the manifest and every data file again. The tests run on the production build (React's
  // development warnings are not there to be caught).
  if (!process.env.ATLAS_SKIP_WEB_BUILD)
    run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], { ...process.env, NODE_ENV: 'production', VITE_E2E_HOOKS: '1' });
  const port = await freePort();
  server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/data/manifest.json`, 30_000);
  project.provide('baseUrl', baseUrl);
  return async () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
