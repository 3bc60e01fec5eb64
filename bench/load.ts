/**
 * Bounded load on 127.0.0.1 only: autocannon, LOAD_SECONDS with LOAD_CONNECTIONS connections per target,
 * against the production server (`npm run serve`, server/main.ts) and, as the baseline, `vite preview`,
 * both serving the same bench build (dist-bench/). Targets: index.html, the manifest and the largest
 * published data file (the buurt table), requested as a browser does (Accept-Encoding: br, gzip).
 * Requests/s counts answers completed within the run (a download still running at the end is not one).
 * Errors count connection errors, timeouts (REQUEST_TIMEOUT_S) and non-2xx answers; the production server
 * must have none.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { BENCH_BUILD_ENV } from '../vite.config.ts';
import { benchOutDir as outDir, startPreviewServer, startProductionServer, stopServer, type Server } from './bench-servers.ts';
import { median, type BenchRow } from './stats.ts';

export const LOAD_SECONDS = 10;
export const LOAD_CONNECTIONS = 50;
/**
 * Seconds before one request counts as an error (autocannon's default is 10). 50 parallel downloads of the
 * 5 MB brotli buurt table share two cores with the load generator itself: single answers take up to ~20 s
 * on a busy machine without anything failing, and a browser waits far longer than that for a file this size.
 */
export const REQUEST_TIMEOUT_S = 60;
const root = resolve(fileURLToPath(import.meta.url), '../..');
const env = { ...process.env, [BENCH_BUILD_ENV]: '1' };

/** The largest published data file (the buurt table), as a URL path. */
function largestDataFile(): string {
  const dataDir = join(outDir, 'data');
  const files = readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  return `/${relative(outDir, largest).split('\\').join('/')}`;
}

async function load(base: string, path: string): Promise<Result> {
  return autocannon({
    url: `${base}${path}`,
    connections: LOAD_CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
    timeout: REQUEST_TIMEOUT_S,
  });
}

const errorsOf = (r: Result): number => r.errors + r.timeouts + r.non2xx;

/** `build`: false when the web bench has just built dist-bench in this run. */
export async function benchLoad(runs: number, build = true): Promise<BenchRow[]> {
  if (build) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const largest = largestDataFile();
  const targets = [
    ['index.html', '/'],
    ['manifest.json', '/data/manifest.json'],
    [largest.replace(/^\/data\//, ''), largest],
  ] as const;
  const servers: Server[] = [];
  try {
    servers.push(await startProductionServer());
    servers.push(await startPreviewServer());
    const [ours, preview] = servers as [Server, Server];
    const rows: BenchRow[] = [];
    for (const [label, path] of targets) {
      const results: Result[] = [];
      const baseline: Result[] = [];
      for (let i = 0; i < runs; i++) {
        results.push(await load(ours.base, path));
        baseline.push(await load(preview.base, path));
      }
      const row = (name: string, unit: string, pick: (r: Result) => number, target?: string): BenchRow => ({
        name,
        unit,
        median: median(results.map(pick)),
        baselineName: 'vite preview',
        baseline: median(baseline.map(pick)),
        runs,
        ...(target ? { target } : {}),
      });
      rows.push(
        row(`${label}: requests/s`, 'r/s', (r) => r.requests.average),
        row(`${label}: p99 latency`, 'ms', (r) => r.latency.p99),
        row(`${label}: throughput`, 'MB/s', (r) => r.throughput.average / 1e6),
        row(`${label}: errors`, 'n', errorsOf, '0'),
      );
    }
    return rows;
  } finally {
    servers.forEach(stopServer);
  }
}
