/**
 * deploy/nginx.conf with Debian's nginx (installed by scripts/ensure-nginx.ts) against the production build:
 * the same static-site suite as `npm run serve`, so both ship the same headers, caching, MIME types and
 * stored gzip/brotli copies, and the app works behind nginx with nothing leaving the origin.
 * Only the `listen` and `root` lines of the file are changed, to a free loopback port and the build under test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { precompressDir } from '../../server/precompress.ts';
import { freePort } from './free-port.ts';
import { describeStaticSite, DIST_DIR, REPO_ROOT, type RunningSite } from './static-site-checks.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const DEPLOYED = resolve(REPO_ROOT, 'deploy/nginx.conf');
/** What `nginx -t` warned about the configuration; set when the suite starts nginx. */
let configWarnings: string[] | undefined;

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, 'gm'));
  if (matches?.length !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${matches?.length ?? 0}`);
  return text.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** deploy/nginx.conf inside the smallest main configuration that runs it unprivileged-style from a temp folder. */
async function writeConfig(dir: string, port: number): Promise<string> {
  let site = await readFile(DEPLOYED, 'utf8');
  site = replaceOnce(site, /^\s*listen\s+80;$/, `    listen 127.0.0.1:${port};`);
  site = replaceOnce(site, /^\s*root\s+\/srv\/ondermijningsatlas\/dist;$/, `    root ${DIST_DIR};`);
  await writeFile(join(dir, 'site.conf'), site);
  const main = [
    `load_module ${BROTLI_STATIC_MODULE};`,
    // As root the workers would run as nobody, who may not reach a checkout under /root.
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    `  include ${dir}/site.conf;`,
    '}',
  ];
  const path = join(dir, 'nginx.conf');
  await writeFile(path, main.join('\n'));
  return path;
}

/**
 * nginx writes its pid file once its sockets listen (it prints no readiness line with daemon off): wait for
 * that file to appear, or fail with the error log if nginx exits first.
 */
async function waitUntilListening(dir: string, exited: Promise<number | null>): Promise<void> {
  const pidFile = join(dir, 'nginx.pid');
  let watcher: FSWatcher | undefined;
  const appeared = new Promise<void>((done) => {
    watcher = watch(dir, (_event, name) => name === 'nginx.pid' && existsSync(pidFile) && done());
    if (existsSync(pidFile)) done(); // written before the watcher started
  });
  const died = exited.then(async (code) => {
    throw new Error(`nginx exited with ${code} before listening:\n${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`);
  });
  try {
    await Promise.race([appeared, died]);
  } finally {
    watcher?.close();
    died.catch(() => undefined);
  }
}

async function startNginx(): Promise<RunningSite> {
  if (!existsSync(NGINX) || !existsSync(BROTLI_STATIC_MODULE)) {
    throw new Error(`nginx (${NGINX}) or its brotli_static module is missing: run 'npx tsx scripts/ensure-nginx.ts' (as root) first.`);
  }
  // nginx's gzip_static/brotli_static send the copies written beside the files, as the deployment steps say.
  await precompressDir(DIST_DIR);
  const dir = await mkdtemp(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  const config = await writeConfig(dir, port);
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', config, '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  configWarnings = check.stderr.split('\n').filter((line) => /\[(warn|emerg|alert)\]/.test(line));
  // `nginx -t` leaves a pid file behind, which would read as "listening" below.
  await rm(join(dir, 'nginx.pid'), { force: true });

  const child = spawn(NGINX, ['-p', dir, '-c', config, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilListening(dir, exited);
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGQUIT'); // graceful: finish open responses, then exit
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describeStaticSite('deploy/nginx.conf in Debian nginx', startNginx);

it('deploy/nginx.conf passes nginx -t without a warning', () => {
  expect(configWarnings).toEqual([]);
});
