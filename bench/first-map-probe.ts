/**
 * Quick A/B probe for the cold first map (not part of `npm run bench`): opens the app and the baseline page
 * alternately (A B A B …), each in a fresh browser profile, against already running servers of bench builds,
 * and prints each page's first-map stamp (window.__atlas / window.__baseline .firstMapMs) with the same-run
 * ratio of the medians. Several comma-separated bases compare builds (e.g. before and after a change) in one
 * run; the baseline page comes from the first. `--timeline` also prints, for the last run of each app, when
 * each same-origin file was requested and received; `--profile` writes that run's main-thread CPU profile.
 *
 *   npx tsx bench/first-map-probe.ts --base http://127.0.0.1:4911,http://127.0.0.1:4912 --runs 5 [--timeline] [--profile out]
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/browser.ts';
import { median } from './stats.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4911' },
    runs: { type: 'string', default: '5' },
    timeline: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const bases = values.base.split(',');
const runs = Number(values.runs);

type Hook = '__atlas' | '__baseline';

async function firstMap(page: Page, hook: Hook): Promise<number> {
  await page.waitForFunction((h) => (window as never as Record<string, { ready?: boolean } | undefined>)[h]?.ready === true, hook, {
    timeout: 60_000,
    polling: 10,
  });
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

async function one(base: string, hook: Hook, path: string, last: boolean): Promise<number> {
  const s = await openSession(base);
  try {
    const profiled = last && hook === '__atlas' && values.profile;
    const cdp = profiled ? await s.context.newCDPSession(s.page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await s.page.goto(`${base}${path}`);
    const ms = await firstMap(s.page, hook);
    if (cdp && values.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(`${values.profile}-${new URL(base).port}.cpuprofile`, JSON.stringify(profile));
    }
    if (last && hook === '__atlas' && values.timeline) console.log(`${base}\n${await timeline(s.page)}`);
    return ms;
  } finally {
    await s.close();
  }
}

const apps = bases.map(() => [] as number[]);
const baseline: number[] = [];
for (let i = 0; i < runs; i++) {
  for (const [k, base] of bases.entries()) apps[k]!.push(await one(base, '__atlas', '/', i === runs - 1));
  baseline.push(await one(bases[0]!, '__baseline', '/bench/baseline.html', false));
  console.log(`run ${i + 1}: ${bases.map((b, k) => `app@${new URL(b).port} ${apps[k]![i]} ms`).join(', ')}, baseline ${baseline[i]!.toFixed(0)} ms`);
}
const b = median(baseline);
console.log(`baseline ${b.toFixed(0)} ms (${Math.min(...baseline).toFixed(0)}–${Math.max(...baseline).toFixed(0)})`);
for (const [k, base] of bases.entries()) {
  const a = median(apps[k]!);
  console.log(`app@${new URL(base).port} ${a.toFixed(0)} ms (${Math.min(...apps[k]!)}–${Math.max(...apps[k]!)}), ratio ${(a / b).toFixed(2)}×`);
}
