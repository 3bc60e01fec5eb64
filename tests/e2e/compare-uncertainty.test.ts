/**
 * Issue 14/16 on /vergelijk and the one-pager, on the production build and the real data: the small multiples
 * draw each region's published 95 % interval as a whisker and its "vs Nederland" flag as ▲/▼; a phone shows
 * the comparison as stacked cards with Nederland's value in view; the one-pager's per-theme verdict follows
 * the published flags; a named wijk with a wide interval is marked unsure; Breda's missing trend names the
 * published reason (absent from the source), not a herindeling.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { col, type Manifest, type ThemeId } from '@atlas/contract';
import { t } from '../../web/src/i18n/nl.ts';
import { everyThemeWeging } from '../support/weighting.ts';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { publishedInterval } from '../../web/src/compare/cell-interval.ts';
import { ARTIFACTS, openSession, screenshot, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
const SIX = ['GM0855', 'GM0758', 'GM0772', 'GM0363', 'GM0599', 'GM0344'];
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A theme score's published bounds; drawn as a whisker only when both exist and are wider than a point. */
const themeBounds = (row: Record<string, unknown> | undefined, id: ThemeId): [number | null, number | null] => [
  num(row?.[col.themeLo(id)]),
  num(row?.[col.themeHi(id)]),
];
const whiskerDrawn = ([lo, hi]: [number | null, number | null]): boolean => publishedInterval(lo, hi, null).lo !== null;

let manifest: Manifest;
let gemeenten: Map<string, Record<string, unknown>>;
let wijken: Map<string, Record<string, unknown>>;

beforeAll(async () => {
  manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
  gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
  wijken = rowsByCode(await readArrow(DATA, 'wijk'));
});

describe('/vergelijk at 1440×900: whiskers and significance marks', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession(baseUrl, { width: 1440, height: 900 });
    page = session.page;
    await page.goto(`${baseUrl}/vergelijk?niveau=gemeente&gebieden=${SIX.join(',')}`);
    await page.getByTestId('compare-charts').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => session?.close());

  it('draws the published interval of every counted indicator as a whisker around the bar, with ▲/▼ as flagged', async () => {
    const counted = manifest.indicators.filter((i) => i.uncertainty === 'poisson' || i.uncertainty === 'wilson');
    expect(counted.length).toBeGreaterThan(3);
    let checked = 0;
    for (const indicator of counted) {
      const theme = manifest.themes.find((t) => t.indicators.some((r) => r.id === indicator.id));
      const chart = page.getByTestId(`compare-chart-${theme?.id}-${indicator.id}`);
      if ((await chart.count()) === 0) continue;
      for (const code of SIX) {
        const row = gemeenten.get(code) ?? {};
        const [lo, hi] = [num(row[col.lo(indicator.id)]), num(row[col.hi(indicator.id)])];
        const group = chart.locator(`g[data-code="${code}"]`);
        const whisker = group.locator('.chart-whisker');
        if (lo === null || hi === null || num(row[col.value(indicator.id)]) === null) {
          expect(await whisker.count(), `${indicator.id} ${code} has no interval`).toBe(0);
          continue;
        }
        expect(Number(await whisker.getAttribute('data-lo'))).toBe(lo);
        expect(Number(await whisker.getAttribute('data-hi'))).toBe(hi);
        // Geometry: the bar ends inside its whisker.
        const [x1, x2, barEnd] = await group.evaluate((g) => {
          const line = g.querySelector('.chart-whisker line')!;
          const rect = g.querySelector('rect')!;
          return [Number(line.getAttribute('x1')), Number(line.getAttribute('x2')), Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))];
        });
        expect(x1).toBeLessThanOrEqual(barEnd + 1);
        expect(x2).toBeGreaterThanOrEqual(barEnd - 1);
        const sig = row[col.sig(indicator.id)] ?? '';
        const value = group.locator('.chart-value');
        expect(await value.getAttribute('data-sig')).toBe(String(sig));
        const text = await value.textContent();
        expect(text?.includes('▲')).toBe(sig === 'hoger');
        expect(text?.includes('▼')).toBe(sig === 'lager');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // The chart's label spells the mark out for a screen reader.
    const label = await page.locator('[data-testid^="compare-chart-"] svg[aria-label*="significant hoger dan Nederland"]').count();
    expect(label).toBeGreaterThan(0);
    expect(await page.getByTestId('compare-charts-legend').innerText()).toMatch(/onzekerheidsmarge \(95%\).*▲.*▼/s);
    await page.locator('[data-testid^="compare-chart-"] .chart-whisker').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-whiskers-desktop');
  });

  it("draws a theme score's interval only where it is wider than a point, and names a point no interval", async () => {
    const pointThemes = new Set<ThemeId>();
    for (const theme of manifest.themes) {
      const chart = page.getByTestId(`compare-chart-${theme.id}-theme:${theme.id}`);
      for (const code of SIX) {
        const row = gemeenten.get(code) ?? {};
        if (num(row[col.theme(theme.id)]) === null) continue;
        const [lo, hi] = themeBounds(row, theme.id);
        const whiskers = await chart.locator(`g[data-code="${code}"] .chart-whisker`).count();
        expect(whiskers, `${theme.id} ${code} [${lo}, ${hi}]`).toBe(whiskerDrawn([lo, hi]) ? 1 : 0);
        if (lo !== null && lo === hi) pointThemes.add(theme.id);
      }
    }
    // Complete counts without sampling error (vakantieparken) are published with lo = hi: a zero-width whisker was
    // drawn on the bar's end, where it read as the bar's edge.
    const [point] = pointThemes;
    if (!point) throw new Error('no theme with a published point interval among these gemeenten: nothing to check');
    const chart = page.getByTestId(`compare-chart-${point}-theme:${point}`);
    expect(await chart.locator('svg').getAttribute('aria-label')).toContain(t('compare.chart.noInterval'));
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(ARTIFACTS, `compare-point-interval-${point}.png`) });
  });

  it('gives an aggregate (politie-eenheid) an interval computed from its summed counts', async () => {
    await page.goto(`${baseUrl}/vergelijk?niveau=politie_eenheid&gebieden=RE01,RE05,RE08`);
    await page.getByTestId('compare-charts').waitFor({ timeout: 60_000 });
    const whiskers = page.locator('[data-testid^="compare-chart-"] .chart-whisker');
    await whiskers.first().waitFor();
    const [lo, hi] = await whiskers.first().evaluate((g) => [Number(g.getAttribute('data-lo')), Number(g.getAttribute('data-hi'))]);
    expect(lo).toBeLessThan(hi);
  });

  it('under custom weights leaves out a rescored theme’s whiskers, says why under the legend, and keeps the other theme’s', async () => {
    const withInterval = (id: ThemeId) => SIX.filter((c) => whiskerDrawn(themeBounds(gemeenten.get(c), id)));
    // Themes with a real (non-zero) interval somewhere among the six, so their whiskers are visible.
    const wide = (id: ThemeId) => withInterval(id).length > 0;
    const [rescored, kept] = manifest.themes.filter((th) => wide(th.id));
    if (!rescored || !kept) throw new Error('the data has fewer than two themes with published intervals for these gemeenten');
    const themeChart = (id: string) => page.getByTestId(`compare-chart-${id}-theme:${id}`);
    const whiskers = (id: string) => themeChart(id).locator('.chart-whisker');
    // Standard weights first, so a whisker left over from them would show after the in-app switch.
    const address = `/vergelijk?niveau=gemeente&gebieden=${SIX.join(',')}`;
    await page.goto(`${baseUrl}${address}`);
    await whiskers(rescored.id).first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(await whiskers(rescored.id).count()).toBe(withInterval(rescored.id).length);
    expect(await page.getByTestId('compare-charts-withheld').count()).toBe(0);

    const ref = rescored.indicators[0]!;
    const weging = `${rescored.id}.${ref.id}:${ref.weight >= 5 ? 1 : ref.weight + 1}`;
    // Back/forward path of the app's address owner: no reload, the page re-renders from the new address.
    await page.evaluate((url) => {
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `${address}&weging=${weging}`);
    const legend = page.getByTestId('compare-charts-withheld');
    await legend.waitFor({ timeout: 60_000 });
    expect(await legend.innerText()).toBe(t('weights.describing'));
    // The canonical address keeps the weights.
    expect(new URL(page.url()).searchParams.get('weging')).toBe(weging);
    expect(await whiskers(rescored.id).count()).toBe(0);
    expect(await themeChart(rescored.id).locator('g[data-code] rect').count()).toBe(SIX.length);
    expect(await themeChart(rescored.id).locator('svg').getAttribute('aria-label')).toContain(t('weights.describing'));
    // The other theme keeps its published whiskers, with the published bounds.
    for (const code of withInterval(kept.id)) {
      const whisker = themeChart(kept.id).locator(`g[data-code="${code}"] .chart-whisker`);
      expect(Number(await whisker.getAttribute('data-lo')), code).toBe(num(gemeenten.get(code)?.[col.themeLo(kept.id)]));
      expect(Number(await whisker.getAttribute('data-hi')), code).toBe(num(gemeenten.get(code)?.[col.themeHi(kept.id)]));
    }
    await legend.scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-whiskers-weights');
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('/vergelijk at 390×844: stacked cards with Nederland in view', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession(baseUrl, { width: 390, height: 844 });
    page = session.page;
  });
  afterAll(async () => session?.close());

  it('shows one card per region instead of the table, each row with Nederland’s value on screen', async () => {
    await page.goto(`${baseUrl}/vergelijk?niveau=gemeente&gebieden=${SIX.join(',')}`);
    await page.getByTestId('compare-cards').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('compare-table').isVisible()).toBe(false);
    expect(await page.locator('[data-testid^="compare-card-GM"]').count()).toBe(SIX.length);
    const indicator = manifest.indicators.find((i) => i.id === 'geweldsmisdrijven' && i.national !== null);
    expect(indicator).toBeDefined();
    for (const code of [SIX[0], SIX[5]]) {
      // The indicator is in two themes; its first row will do.
      const cell = page.locator(`[data-testid="compare-card-${code}"] tr[data-key="geweldsmisdrijven"] td[data-national]`).first();
      await cell.scrollIntoViewIfNeeded();
      const inView = await cell.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight && window.scrollX === 0;
      });
      expect(inView, code).toBe(true);
      expect((await cell.innerText()).trim()).toBe(
        indicator!.national!.toLocaleString('nl-NL', { minimumFractionDigits: indicator!.decimals, maximumFractionDigits: indicator!.decimals }),
      );
    }
    await screenshot(page, 'compare-cards-phone');
  });
});

describe('one-pager: verdicts, unsure ranks, and the real reason for a missing trend', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession(baseUrl, { width: 1366, height: 768 });
    page = session.page;
  });
  afterAll(async () => session?.close());

  const ready = (p: Page) => p.waitForSelector('[data-testid="gemeente-summary"][data-state="ready"]', { timeout: 60_000 });

  it('says per theme how many numbers are clearly above / below Nederland, as gemeente.arrow flags them', async () => {
    await page.goto(`${baseUrl}/gemeente/GM0855`);
    await ready(page);
    const tilburg = gemeenten.get('GM0855') ?? {};
    for (const theme of manifest.themes) {
      const flags = theme.indicators.map((r) => tilburg[col.sig(r.id)]).filter((s) => typeof s === 'string');
      const text = await page.getByTestId(`summary-verdict-${theme.id}`).innerText();
      if (flags.length === 0) expect(text).toMatch(/^Geen cijfer met onzekerheidsmarge/);
      else {
        const higher = flags.filter((s) => s === 'hoger').length;
        const lower = flags.filter((s) => s === 'lager').length;
        expect(text).toContain(`${higher} van ${flags.length} cijfers duidelijk hoger dan Nederland, ${lower} lager`);
        expect(text).toMatch(/vergelijkbare gemeenten\.$/);
      }
    }
    expect(await page.getByTestId('summary-sig-rule').innerText()).toContain('onzekerheidsmarge (95%)');
  });

  it('marks a named top wijk whose theme interval spans more than half the scale (Heeze-Leende)', async () => {
    await page.goto(`${baseUrl}/gemeente/GM1658`);
    await ready(page);
    for (const theme of manifest.themes) {
      const own = [...wijken.values()].filter((w) => w['gemeente_code'] === 'GM1658' && num(w[col.theme(theme.id)]) !== null);
      const top = own.sort((a, b) => num(b[col.theme(theme.id)])! - num(a[col.theme(theme.id)])!).slice(0, 3);
      const unsure = top.filter((w) => num(w[col.themeHi(theme.id)])! - num(w[col.themeLo(theme.id)])! > 50);
      const note = page.getByTestId(`summary-unsure-${theme.id}`);
      expect(await note.count(), theme.id).toBe(unsure.length > 0 ? 1 : 0);
      if (unsure.length > 0) {
        expect(await note.innerText()).toMatch(/volgorde onzeker/i);
        for (const w of unsure) expect(await page.locator(`[data-testid="summary-top-${theme.id}"] li[data-code="${w['code']}"]`).innerText()).toContain('*');
      }
    }
    expect(await page.locator('[data-testid^="summary-unsure-"]').count()).toBeGreaterThan(0);
  });

  it('under custom weights drops Heeze-Leende’s unsure marks without leaving a stale *, and marks the list that the legend explains', async () => {
    // Continues on the standard-weights sheet of the test above: switch in the app, as back/forward does.
    expect(await page.locator('[data-testid^="summary-unsure-"]').count()).toBeGreaterThan(0);
    const weging = everyThemeWeging(manifest);
    await page.evaluate((url) => {
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/gemeente/GM1658?weging=${weging}`);
    await page.locator('[data-testid^="summary-unsure-withheld-"]').first().waitFor({ timeout: 60_000 });
    await ready(page);
    expect(await page.locator('[data-testid^="summary-unsure-"]:not([data-testid^="summary-unsure-withheld-"])').count()).toBe(0);
    for (const theme of manifest.themes) {
      expect(await page.getByTestId(`summary-unsure-withheld-${theme.id}`).getAttribute('title')).toBe(t('weights.describing'));
      expect(
        (await page.locator(`[data-testid="summary-top-${theme.id}"] li`).allInnerTexts()).some((li) => li.includes('*')),
        theme.id,
      ).toBe(false);
    }
    expect(await page.getByTestId('summary-withheld').innerText()).toContain(t('weights.describing'));
    expect(session.consoleErrors).toEqual([]);
  });

  it('Breda has the current crime trend, and its history names the published reason: not in the source, not another division', async () => {
    await page.goto(`${baseUrl}/?gebied=GM0758`);
    const trend = page.locator('[data-testid="profile"] [data-testid="crime-trend"][data-state="ready"]');
    await trend.waitFor({ timeout: 60_000 });
    expect(await trend.getByTestId('trend-chart-primary').getAttribute('data-series')).toBe('GM0758');
    await trend.locator('[data-testid="trend-earlier"] summary').click();
    const none = trend.getByTestId('trend-earlier-none');
    await none.waitFor({ timeout: 60_000 });
    expect(await none.getAttribute('data-reason')).toBe('missing_in_source');
    const text = await none.innerText();
    expect(text).toContain('staat niet in de bron');
    expect(text).not.toContain('andere gebiedsindeling');
    expect(session.consoleErrors).toEqual([]);
  });
});
