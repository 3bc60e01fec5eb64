/**
 * Dashboard figures in headless Chromium against the production build on localhost, each beside the
 * baseline page (web/bench/baseline.html: the same geometry as plain GeoJSON through MapLibre alone).
 * Every run uses a fresh browser profile, so nothing comes from a previous run's cache.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/browser.ts';
import { gemeenteCentre } from '../tests/e2e/place-centre.ts';
import { BENCH_BUILD_ENV } from '../vite.config.ts';
import { benchOutDir as outDir, startProductionServer, stopServer } from './bench-servers.ts';
import { median, spread, type BenchRow } from './stats.ts';
import { COMPARED_GEMEENTEN, COMPARED_PROVINCIES, compareTableMs } from './web-compare.ts';
import { SUMMARY_GEMEENTE, pickerLoad, summaryLoad } from './web-summary.ts';
import { drawnVsScreenshot, firstMapVsScreencast, type DrawnCheck } from './web-drawn-check.ts';
import { waitBackground, waitReady, waitRenders, type Hook, type PageLoad } from './page-signals.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Click an element and measure, inside the page, until the app reports the next drawn frame. */
/** The app measures in the page from the input event to the frame that shows it (window.__atlas.lastRenderMs). */
async function clickToRender(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor();
  const before = await page.evaluate(() => window.__atlas.renders);
  await page.locator(selector).first().click();
  await waitRenders(page, '__atlas', before);
  return page.evaluate(() => window.__atlas.lastRenderMs!);
}

/**
 * Per pointer move over the map: from a mousemove on the canvas until the page's next task, i.e. the
 * handler (queryRenderedFeatures, feature-state) and any React commit it scheduled. Median of 20 moves
 * across the middle of the map; the same for the app and the baseline.
 */
async function hoverMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const canvas = document.querySelector('canvas.maplibregl-canvas');
    if (!canvas) throw new Error('no map canvas');
    const box = canvas.getBoundingClientRect();
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const init = { clientX: box.left + box.width * (0.3 + 0.02 * i), clientY: box.top + box.height * (0.45 + 0.005 * i), bubbles: true };
      const t = performance.now();
      canvas.dispatchEvent(new MouseEvent('mousemove', init));
      // The next task (not a frame): a MessageChannel round trip. Inline: tsx would wrap a named helper in __name, absent in the page.
      await new Promise<void>((r) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => r();
        channel.port2.postMessage(null);
      });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  });
}

/** JS heap in use (MB) by Chrome's own count, after a garbage collection. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
}

/**
 * Bytes, gzipped here at level 6, of the same-origin resources requested before the first map was drawn, DuckDB
 * excluded: one measure for both pages, whatever the server sends (the production server sends brotli, smaller
 * still). Requests the app starts after that (its background loading) do not count, however soon they start.
 */
async function firstViewGzipBytes(page: Page, hook: Hook): Promise<number> {
  const urls = await page.evaluate((h) => {
    const drawnAt = (window as never as Record<string, { firstMapMs?: number }>)[h]?.firstMapMs ?? Infinity;
    return [location.href, ...performance.getEntriesByType('resource').flatMap((e) => (e.startTime <= drawnAt ? [e.name] : []))];
  }, hook);
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

/** The gemeente the buurt map is timed over when zoomed in, as the buurt-map issue names it. */
const ZOOMED_IN_GEMEENTE = 'GM0855';
const ZOOMED_IN_ZOOM = 12;

async function zoomedInView(): Promise<{ lat: number; lon: number; zoom: number }> {
  return { ...(await gemeenteCentre(join(outDir, 'data'), ZOOMED_IN_GEMEENTE)), zoom: ZOOMED_IN_ZOOM };
}

export async function benchWeb(runs: number): Promise<BenchRow[]> {
  // VITE_E2E_HOOKS=1: the app then records the window.__atlas timings measured here.
  const env = { ...process.env, VITE_E2E_HOOKS: '1', [BENCH_BUILD_ENV]: '1' };
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) throw new Error('vite build failed');
  // Served as production serves it (stored brotli/gzip copies, server/main.ts): vite preview compresses every
  // answer as it sends it, on the same two cores the browser parses on, which slowed the app's first view (more
  // files) more than the baseline's.
  const server = await startProductionServer();
  const base = server.base;
  try {
    const app = {
      first: [] as number[],
      indicator: [] as number[],
      wijk: [] as number[],
      bytes: [] as number[],
      buurt: [] as number[],
      buurtIndicator: [] as number[],
      buurtZoomed: [] as number[],
      hover: [] as number[],
      heap: [] as number[],
      compare: [] as number[],
      summary: [] as PageLoad[],
    };
    const baseline = {
      first: [] as number[],
      recolor: [] as number[],
      wijk: [] as number[],
      bytes: [] as number[],
      buurt: [] as number[],
      buurtRecolor: [] as number[],
      buurtZoomed: [] as number[],
      hover: [] as number[],
      heap: [] as number[],
      frame: [] as number[],
      compare: [] as number[],
      summary: [] as PageLoad[],
    };
    const baselineStep = async (page: Page, step: string): Promise<number> => {
      const before = await page.evaluate(() => window.__baseline.renders);
      await page.evaluate((name) => (window.__baseline as unknown as Record<string, () => unknown>)[name]!(), step);
      await waitRenders(page, '__baseline', before);
      return page.evaluate(() => window.__baseline.lastRenderMs!);
    };
    let drawn: DrawnCheck | null = null;
    const zoomedIn = await zoomedInView();
    for (let run = 0; run < runs; run++) {
      const a = await openSession(base);
      try {
        await a.page.goto(`${base}/`);
        await waitReady(a.page, '__atlas');
        app.first.push(await a.page.evaluate(() => window.__atlas.firstMapMs!));
        app.bytes.push(await firstViewGzipBytes(a.page, '__atlas'));
        // After the first map the app loads, in the background, DuckDB-WASM, every table and the wijk and buurt
        // polygons (as a visitor's idle time would allow). The switches are timed once that is done, as the
        // baseline's are (it gets the same head start), so they time the switch, not the network or DuckDB.
        await waitBackground(a.page);
        app.indicator.push(await clickToRender(a.page, '[data-testid^="indicator-"]:not(:checked)'));
        // Once: the drawn stamp against the screencast of the same switch.
        if (run === 0) drawn = await drawnVsScreenshot(a.page, '[data-testid^="indicator-"]:not(:checked)');
        app.wijk.push(await clickToRender(a.page, '[data-testid="level-wijk"]'));
        app.buurt.push(await clickToRender(a.page, '[data-testid="level-buurt"]'));
        app.buurtIndicator.push(await clickToRender(a.page, '[data-testid^="indicator-"]:not(:checked)'));
        app.hover.push(await hoverMs(a.page));
        app.heap.push(await heapMb(a.page));
        // As an analyst uses the buurt map: zoomed in on one gemeente (a reload at that view, so a fresh page).
        await a.page.goto(`${base}/?niveau=buurt&kaart=${zoomedIn.lat},${zoomedIn.lon},${zoomedIn.zoom}`);
        await waitReady(a.page, '__atlas');
        await waitBackground(a.page);
        app.buurtZoomed.push(await clickToRender(a.page, '[data-testid^="indicator-"]:not(:checked)'));
      } finally {
        await a.close();
      }
      app.compare.push(await compareTableMs(base, COMPARED_PROVINCIES));
      baseline.compare.push(await compareTableMs(base, COMPARED_GEMEENTEN));
      app.summary.push(await summaryLoad(base));
      baseline.summary.push(await pickerLoad(base));
      const b = await openSession(base);
      try {
        await b.page.goto(`${base}/bench/baseline.html`);
        await waitReady(b.page, '__baseline');
        baseline.first.push(await b.page.evaluate(() => window.__baseline.firstMapMs!));
        baseline.bytes.push(await firstViewGzipBytes(b.page, '__baseline'));
        // Recolour by data, as the app does: the first call switches the fill to feature-state, the second is timed.
        await baselineStep(b.page, 'recolorByState');
        baseline.recolor.push(await baselineStep(b.page, 'recolorByState'));
        await b.page.evaluate(() => window.__baseline.prefetch());
        baseline.wijk.push(await baselineStep(b.page, 'showWijk'));
        baseline.buurt.push(await baselineStep(b.page, 'showBuurt'));
        await baselineStep(b.page, 'recolorByState'); // the buurten's first states; the app's buurt map is coloured when shown
        baseline.buurtRecolor.push(await baselineStep(b.page, 'recolorByState'));
        baseline.frame.push(await baselineStep(b.page, 'repaint'));
        baseline.hover.push(await hoverMs(b.page));
        baseline.heap.push(await heapMb(b.page));
        await b.page.evaluate((view) => window.__baseline.zoomTo(view), zoomedIn);
        await baselineStep(b.page, 'recolorByState');
        baseline.buurtZoomed.push(await baselineStep(b.page, 'recolorByState'));
      } finally {
        await b.close();
      }
    }
    const row = (name: string, unit: string, samples: number[], baselineName: string, baselineSamples: number[], target: string): BenchRow => ({
      name,
      unit,
      median: median(samples),
      baselineName,
      baseline: median(baselineSamples),
      target,
      runs,
      samples,
      baselineSamples,
    });
    const kB = (bytes: number[]): number[] => bytes.map((b) => b / 1000);
    const ms = (loads: PageLoad[]): number[] => loads.map((l) => l.ms);
    const loadKB = (loads: PageLoad[]): number[] => kB(loads.map((l) => l.bytes));
    // Once, in a session of its own (recording frames costs the page time): the first-map stamp against the screencast.
    const c = await openSession(base);
    const firstDrawn = await firstMapVsScreencast(c.page, `${base}/`).finally(() => c.close());
    const report = (what: string, from: string, check: DrawnCheck | null): void => {
      if (!check) return;
      console.log(
        `Drawn check (${what}): app stamp ${check.drawnMs.toFixed(0)} ms after ${from}; screencast: first frame with the new colours presented at ${check.presentedMs.toFixed(0)} ms (frame before it ${check.previousFrameMs.toFixed(0)} ms, ${check.frames} frames); stamp − presented = ${(check.drawnMs - check.presentedMs).toFixed(0)} ms (target |Δ| ≤ 100 ms)`,
      );
    };
    console.log();
    report('first gemeente map', 'navigation start', firstDrawn);
    report('gemeente indicator switch, run 1', 'the click', drawn);
    console.log(
      `One repaint of the baseline at buurt level, nothing changed (a frame's floor on this machine): ${median(baseline.frame).toFixed(1)} ms (${spread(baseline.frame, 1)})`,
    );
    return [
      row('cold load to first gemeente map', 'ms', app.first, 'GeoJSON in MapLibre', baseline.first, '≤ 1000 ms'),
      row('indicator switch (click → colours)', 'ms', app.indicator, 'MapLibre feature-state recolour', baseline.recolor, '≤ 50 ms'),
      row('switch to wijk level', 'ms', app.wijk, 'MapLibre setData(wijken), prefetched', baseline.wijk, '≤ 300 ms'),
      row('switch to buurt level (14.5k polygons)', 'ms', app.buurt, 'MapLibre setData(buurten), prefetched', baseline.buurt, '≤ 500 ms'),
      row('indicator switch at buurt level', 'ms', app.buurtIndicator, 'MapLibre feature-state recolour', baseline.buurtRecolor, '≤ 50 ms'),
      row(
        `indicator switch at buurt level, zoomed in (${ZOOMED_IN_GEMEENTE}, zoom ${ZOOMED_IN_ZOOM})`,
        'ms',
        app.buurtZoomed,
        'MapLibre feature-state recolour, same view',
        baseline.buurtZoomed,
        '≤ 50 ms',
      ),
      row('hover at buurt level, per move', 'ms', app.hover, 'queryRenderedFeatures + feature-state', baseline.hover, '≤ 16 ms'),
      row('JS heap with all three levels loaded', 'MB', app.heap, 'baseline page, three levels fetched', baseline.heap, '≤ 300 MB'),
      row('first-view transfer (gzip, excl. DuckDB)', 'kB', kB(app.bytes), 'baseline page', kB(baseline.bytes), '≤ 1500 kB'),
      row('/vergelijk, three provincies: cold load → table', 'ms', app.compare, '/vergelijk, three gemeenten (nothing summed)', baseline.compare, '≤ 1500 ms'),
      row(`/gemeente/${SUMMARY_GEMEENTE}: cold load → summary with trends`, 'ms', ms(app.summary), '/gemeente, the picker', ms(baseline.summary), '≤ 1500 ms'),
      row(
        `/gemeente/${SUMMARY_GEMEENTE}: transfer (as served, brotli)`,
        'kB',
        loadKB(app.summary),
        '/gemeente, the picker',
        loadKB(baseline.summary),
        '≤ 1500 kB',
      ),
    ];
  } finally {
    stopServer(server);
  }
}
