/**
 * Dashboard figures in headless Chromium against the production build on localhost, each beside the
 * baseline page (web/bench/baseline.html: the same geometry as plain GeoJSON through MapLibre alone).
 * Every run uses a fresh browser profile, so nothing comes from a previous run's cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/browser.ts';
import { BENCH_BUILD_ENV, BENCH_OUT_DIR } from '../vite.config.ts';
import { median, type BenchRow } from './stats.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
/** The bench build (app + baseline page) lives apart from dist/, so the production build never ships the baseline. */
const outDir = join(root, BENCH_OUT_DIR);

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => ok(port));
    });
  });
}

type Hook = '__atlas' | '__baseline';

/** Function predicates only: the app's CSP forbids the eval that string predicates need. */
async function waitReady(page: Page, hook: Hook): Promise<void> {
  await page.waitForFunction((h) => (window as never as Record<string, { ready?: boolean } | undefined>)[h]?.ready === true, hook, {
    timeout: 60_000,
    polling: 10,
  });
}

async function waitRenders(page: Page, hook: Hook, after: number): Promise<void> {
  await page.waitForFunction(
    ([h, n]) => (window as never as Record<string, { renders: number }>)[h as string]!.renders > (n as number),
    [hook, after] as const,
    {
      timeout: 60_000,
      polling: 10,
    },
  );
}

/** Click an element and measure, inside the page, until the app reports the next drawn frame. */
/** The app measures in the page from the input event to the frame that shows it (window.__atlas.lastRenderMs). */
async function clickToRender(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor();
  const before = await page.evaluate(() => window.__atlas.renders);
  await page.locator(selector).first().click();
  await waitRenders(page, '__atlas', before);
  return page.evaluate(() => window.__atlas.lastRenderMs!);
}

/** Bytes (gzip, as served compressed) of the same-origin resources fetched until the first map, DuckDB excluded. */
async function firstViewGzipBytes(page: Page): Promise<number> {
  const urls = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
  let total = 0;
  for (const url of new Set(urls)) {
    if (/duckdb/i.test(url)) continue;
    const path = new URL(url).pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    try {
      total += gzipSync(await readFile(file), { level: 6 }).byteLength;
    } catch {
      // not a file of the build (e.g. a blob: worker): nothing transferred
    }
  }
  return total;
}

export async function benchWeb(runs: number): Promise<BenchRow[]> {
  // VITE_E2E_HOOKS=1: the app then records the window.__atlas timings measured here.
  const env = { ...process.env, VITE_E2E_HOOKS: '1', [BENCH_BUILD_ENV]: '1' };
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
    env,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/data/manifest.json`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const app = { first: [] as number[], indicator: [] as number[], wijk: [] as number[], bytes: [] as number[] };
    const baseline = { first: [] as number[], recolor: [] as number[], wijk: [] as number[], bytes: [] as number[] };
    for (let run = 0; run < runs; run++) {
      const a = await openSession(base);
      try {
        await a.page.goto(`${base}/`);
        await waitReady(a.page, '__atlas');
        app.first.push(await a.page.evaluate(() => window.__atlas.firstMapMs!));
        app.bytes.push(await firstViewGzipBytes(a.page));
        app.indicator.push(await clickToRender(a.page, '[data-testid^="indicator-"]:not(:checked)'));
        app.wijk.push(await clickToRender(a.page, '[data-testid="level-wijk"]'));
      } finally {
        await a.close();
      }
      const b = await openSession(base);
      try {
        await b.page.goto(`${base}/bench/baseline.html`);
        await waitReady(b.page, '__baseline');
        baseline.first.push(await b.page.evaluate(() => window.__baseline.firstMapMs!));
        baseline.bytes.push(await firstViewGzipBytes(b.page));
        const before = await b.page.evaluate(() => window.__baseline.renders);
        await b.page.evaluate(() => window.__baseline.recolor());
        await waitRenders(b.page, '__baseline', before);
        baseline.recolor.push(await b.page.evaluate(() => window.__baseline.lastRenderMs!));
        const before2 = await b.page.evaluate(() => window.__baseline.renders);
        await b.page.evaluate(() => window.__baseline.showWijk());
        await waitRenders(b.page, '__baseline', before2);
        baseline.wijk.push(await b.page.evaluate(() => window.__baseline.lastRenderMs!));
      } finally {
        await b.close();
      }
    }
    return [
      {
        name: 'cold load to first gemeente map',
        unit: 'ms',
        median: median(app.first),
        baselineName: 'GeoJSON in MapLibre',
        baseline: median(baseline.first),
        target: '≤ 1000 ms',
        runs,
      },
      {
        name: 'indicator switch (click → colours)',
        unit: 'ms',
        median: median(app.indicator),
        baselineName: 'MapLibre setPaintProperty',
        baseline: median(baseline.recolor),
        target: '≤ 50 ms',
        runs,
      },
      {
        name: 'switch to wijk level',
        unit: 'ms',
        median: median(app.wijk),
        baselineName: 'MapLibre setData(wijken)',
        baseline: median(baseline.wijk),
        target: '≤ 300 ms',
        runs,
      },
      {
        name: 'first-view transfer (gzip, excl. DuckDB)',
        unit: 'kB',
        median: median(app.bytes) / 1000,
        baselineName: 'baseline page',
        baseline: median(baseline.bytes) / 1000,
        target: '≤ 1500 kB',
        runs,
      },
    ];
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
