/** `npm run serve` (server/main.ts) on a free port, for e2e files that serve the production build or a modified copy of it. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './free-port.ts';
import { DIST_DIR, REPO_ROOT, type RunningSite } from './static-site-checks.ts';

/** Starts the server as `npm run serve` does and resolves once it prints that it listens. */
export async function startNodeServer(dir = DIST_DIR): Promise<RunningSite> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'server/main.ts'), dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ready, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`http://127.0.0.1:${port}/`)) ready();
    });
    child.once('exit', (code) => fail(new Error(`server/main.ts exited with ${code} before listening:\n${out}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
