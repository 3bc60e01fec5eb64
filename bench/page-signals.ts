/**
 * Waiting on the pages' own signals (the app's window.__atlas, the baseline page's window.__baseline) instead of
 * sleeping: shared by the web bench, its drawn checks and the first-map probe.
 */
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/browser.ts';

export type Hook = '__atlas' | '__baseline';

/** Function predicates only: the app's CSP forbids the eval that string predicates need. */
export async function waitReady(page: Page, hook: Hook): Promise<void> {
  await page.waitForFunction((h) => (window as never as Record<string, { ready?: boolean } | undefined>)[h]?.ready === true, hook, {
    timeout: 60_000,
    polling: 10,
  });
}

export async function waitRenders(page: Page, hook: Hook, after: number): Promise<void> {
  await page.waitForFunction(
    ([h, n]) => (window as never as Record<string, { renders: number }>)[h as string]!.renders > (n as number),
    [hook, after] as const,
    {
      timeout: 60_000,
      polling: 10,
    },
  );
}

/**
 * After the first map the app loads, in the background, DuckDB-WASM and every table into it, and the wijk and buurt
 * polygons, which it hands (with their hatches) to the map's hidden sources in idle time, as a visitor's reading
 * allows: waited for by the app's signals, the map's once MapLibre's worker has indexed what it was handed.
 */
export async function waitBackground(page: Page): Promise<void> {
  // every table in DuckDB; wijk and buurt polygons handed to the map (the gemeente map is the first view's)
  await page.waitForFunction(
    () =>
      ['gemeente', 'wijk', 'buurt'].every((l) => window.__atlas.inDatabase.includes(l)) && ['wijk', 'buurt'].every((l) => window.__atlas.prepared.includes(l)),
    undefined,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
}

export interface PageLoad {
  /** Milliseconds from navigation start until the page is ready. */
  ms: number;
  /** Bytes over the wire (compressed) of everything fetched by then. */
  bytes: number;
}

/** A page opened cold in a fresh browser profile, until `ready` says it is on screen. */
export async function pageLoad(base: string, path: string, ready: (page: Page) => Promise<unknown>): Promise<PageLoad> {
  const session = await openSession(base);
  try {
    await session.page.goto(`${base}${path}`);
    await ready(session.page);
    return await session.page.evaluate(() => ({
      ms: performance.now(),
      bytes: performance.getEntriesByType('resource').reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0),
    }));
  } finally {
    await session.close();
  }
}
