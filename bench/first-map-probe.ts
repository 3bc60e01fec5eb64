/**
 * Quick A/B probe for the cold first map and the gemeente indicator switch (not part of `npm run bench`): opens the app and the baseline page
 * alternately (A B A B …), each in a fresh browser profile, against already running servers of bench builds,
 * and prints each page's first-map stamp (window.__atlas / window.__baseline .firstMapMs) with the same-run
 * ratio of the medians. Several comma-separated bases compare builds (e.g. before and after a change) in one
 * run; the baseline page comes from the first. `--timeline` also prints, for the last run of each app, when
 * each same-origin file was requested and received; `--profile` writes that run's main-thread CPU profile.
 * `--switch N`: instead of the first map, N gemeente indicator switches per page once the background loading is
 * done (as `npm run bench` times one), against N feature-state recolours of the baseline; every switch is a sample.
 *
 *   npx tsx bench/first-map-probe.ts --base http://127.0.0.1:4911,http://127.0.0.1:4912 --runs 5 [--timeline] [--profile out] [--switch 4]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/browser.ts';
import { median, spread } from './stats.ts';
import { waitBackground, waitReady, waitRenders, type Hook } from './page-signals.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4911' },
    runs: { type: 'string', default: '5' },
    timeline: { type: 'boolean', default: false },
    profile: { type: 'string' },
    switch: { type: 'string', default: '0' },
  },
});
const bases = values.base.split(',');
const runs = Number(values.runs);
const switches = Number(values.switch);

async function firstMap(page: Page, hook: Hook): Promise<number> {
  await waitReady(page, hook);
  return page.evaluate((h) => (window as never as Record<string, { firstMapMs: number }>)[h]!.firstMapMs, hook);
}

async function timeline(page: Page): Promise<string> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize };
    }),
  );
  return entries
    .sort((a, b) => a.start - b.start)
    .map((e) => `${e.start.toFixed(0).padStart(6)} → ${e.end.toFixed(0).padStart(6)}  ${(e.bytes / 1024).toFixed(0).padStart(6)} KiB  ${e.name}`)
    .join('\n');
}

/** N indicator switches of the app (or feature-state recolours of the baseline), each to the presented frame. */
async function switchTimes(page: Page, hook: Hook): Promise<number[]> {
  const times: number[] = [];
  const step = async (): Promise<number> => {
    const before = await page.evaluate((h) => (window as never as Record<string, { renders: number }>)[h]!.renders, hook);
    if (hook === '__atlas') await page.locator('[data-testid^="indicator-"]:not(:checked)').first().click();
    else await page.evaluate(() => window.__baseline.recolorByState());
    await waitRenders(page, hook, before);
    return page.evaluate((h) => (window as never as Record<string, { lastRenderMs: number }>)[h]!.lastRenderMs, hook);
  };
  // The baseline's first call switches its fill to feature-state (untimed), as bench/web.ts does.
  if (hook === '__baseline') await step();
  for (let i = 0; i < switches; i++) times.push(await step());
  return times;
}

async function one(base: string, hook: Hook, path: string, last: boolean): Promise<number[]> {
  const s = await openSession(base);
  try {
    const profiled = last && hook === '__atlas' && values.profile;
    const cdp = profiled ? await s.context.newCDPSession(s.page) : null;
    const startProfile = async (): Promise<void> => {
      if (!cdp) return;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    };
    // The first map's profile from navigation on; in --switch mode, the switches' only.
    if (switches === 0) await startProfile();
    await s.page.goto(`${base}${path}`);
    const ms = await firstMap(s.page, hook);
    if (switches > 0 && hook === '__atlas') await waitBackground(s.page);
    if (switches > 0) await startProfile();
    const samples = switches > 0 ? await switchTimes(s.page, hook) : [ms];
    if (cdp && values.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(`${values.profile}-${new URL(base).port}.cpuprofile`, JSON.stringify(profile));
    }
    if (last && hook === '__atlas' && values.timeline) console.log(`${base}\n${await timeline(s.page)}`);
    return samples;
  } finally {
    await s.close();
  }
}

const what = switches > 0 ? 'indicator switch' : 'first map';
const apps = bases.map(() => [] as number[]);
const baseline: number[] = [];
const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join('/');
for (let i = 0; i < runs; i++) {
  const got = [];
  for (const [k, base] of bases.entries()) {
    const samples = await one(base, '__atlas', '/', i === runs - 1);
    apps[k]!.push(...samples);
    got.push(`app@${new URL(base).port} ${fmt(samples)} ms`);
  }
  const b = await one(bases[0]!, '__baseline', '/bench/baseline.html', false);
  baseline.push(...b);
  console.log(`run ${i + 1} (${what}): ${got.join(', ')}, baseline ${fmt(b)} ms`);
}
const b = median(baseline);
console.log(`${what}: baseline ${b.toFixed(0)} ms (${spread(baseline, 0)}, n=${baseline.length})`);
for (const [k, base] of bases.entries()) {
  const a = median(apps[k]!);
  console.log(`app@${new URL(base).port} ${a.toFixed(0)} ms (${spread(apps[k]!, 0)}, n=${apps[k]!.length}), ratio ${(a / b).toFixed(2)}×`);
}
