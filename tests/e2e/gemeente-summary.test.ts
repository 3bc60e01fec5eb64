/**
 * /gemeente/GM0855 (Tilburg) end to end, in Chromium against the production build on the real data: the page
 * prints to exactly one A4 page, shows the theme scores, top wijken and "weighs most" indicators as computed
 * here from gemeente.arrow / wijk.arrow (independently of the app), and a trend chart with a gemeente line and a
 * national line. The map page's profile panel shows the same chart and links to the summary; /gemeente picks.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { col, CURRENT_CRIME_RATE_SERIES, dataFile, type Manifest } from '@atlas/contract';
import { t } from '../../web/src/i18n/nl.ts';
import { everyThemeWeging } from '../support/weighting.ts';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { ARTIFACTS, openSession, screenshot, type Session } from './browser.ts';
import { dutch } from './dutch.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (ATLAS_E2E_DATA_DIR when a run serves its own data build).
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
const TILBURG = 'GM0855';
type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A4 at CSS 96 dpi. */
const A4_PX = { width: Math.round((210 / 25.4) * 96), height: Math.round((297 / 25.4) * 96) };

/** Pages in a PDF: page objects (/Type /Page, not /Pages), cross-checked with the page tree's /Count. */
function pdfPageCount(pdf: Buffer): { objects: number; count: number | null } {
  const text = pdf.toString('latin1');
  const objects = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const tree = /\/Type\s*\/Pages\b[^]*?\/Count\s+(\d+)/.exec(text) ?? /\/Count\s+(\d+)[^]*?\/Type\s*\/Pages\b/.exec(text);
  return { objects, count: tree ? Number(tree[1]) : null };
}

/** The data files a page asks for from now on (paths in the data folder), to see which tables a page reads. */
function dataRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) paths.push(path.slice('/data/'.length));
  });
  return paths;
}

async function waitForSummary(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="gemeente-summary"][data-state="ready"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="gemeente-summary"] [data-testid="crime-trend"][data-state="ready"]', { timeout: 60_000 });
}

/** The sheet prints to exactly one A4 page (screenshot and PDF kept as `<name>-print.png`, `<name>.pdf`). */
async function expectOneA4Page(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4_PX);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-print.png`), fullPage: true });
  // In print the sheet is cut at the page (a last resort for wider fonts); on our fonts nothing is cut and
  // at least 5 mm is left over.
  const { natural, shown } = await page.getByTestId('gemeente-summary').evaluate((el) => ({ natural: el.scrollHeight, shown: el.clientHeight }));
  expect(natural).toBe(shown);
  expect(natural).toBeLessThanOrEqual(A4_PX.height - Math.round((5 / 25.4) * 96));
  await page.setViewportSize({ width: 1366, height: 768 });

  // page.pdf prints with the emulated media: print, as a browser's print dialog does.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await writeFile(join(ARTIFACTS, `${name}.pdf`), pdf);
  const pages = pdfPageCount(pdf);
  expect(pages.objects).toBe(1);
  if (pages.count !== null) expect(pages.count).toBe(1);
}

describe('/gemeente/GM0855 — one-page summary', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let gemeenten: Map<string, Row>;
  let wijken: Row[];
  let tilburg: Row;
  let requested: string[];

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
    wijken = [...rowsByCode(await readArrow(DATA, 'wijk')).values()];
    tilburg = gemeenten.get(TILBURG)!;
    session = await openSession(baseUrl);
    page = session.page;
    requested = dataRequests(page);
    await page.goto(`${baseUrl}/gemeente/${TILBURG}`);
    await waitForSummary(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the gemeente, its regions and the three theme scores as published', async () => {
    const sheet = page.getByTestId('gemeente-summary');
    expect(await sheet.getAttribute('data-code')).toBe(TILBURG);
    const text = (await sheet.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Tilburg');
    expect(await page.title()).toContain('Tilburg');
    expect(await page.getByTestId('summary-population').innerText()).toBe(dutch(tilburg['population'] as number, 0));
    for (const key of ['provincie_name', 'veiligheidsregio_name', 'politie_eenheid_name']) expect(text).toContain(String(tilburg[key]));
    expect(text).toContain('RIEC');
    expect(text).toContain(manifest.disclaimer);
    for (const theme of manifest.themes) {
      const score = num(tilburg[col.theme(theme.id)]);
      expect(score, theme.id).not.toBeNull();
      expect(await page.getByTestId(`summary-score-${theme.id}`).innerText()).toBe(dutch(score!, 0));
      const title = await page.locator(`#sum-theme-${theme.id}`).innerText();
      expect(title).toContain(theme.label);
      // The proxy theme says so in its title.
      expect(/proxy/i.test(title), theme.id).toBe(theme.proxy);
    }
    expect(manifest.themes.some((th) => th.proxy && th.id === 'vakantieparken')).toBe(true);
  });

  it('ranks the top 3 wijken and the 2 indicators that weigh most like the published data', async () => {
    for (const theme of manifest.themes) {
      const column = col.theme(theme.id);
      const expected = wijken
        .filter((w) => w['gemeente_code'] === TILBURG && num(w[column]) !== null)
        .sort((a, b) => num(b[column])! - num(a[column])! || String(a['name']).localeCompare(String(b['name']), 'nl'))
        .slice(0, 3);
      const shown = await page.$$eval(`[data-testid="summary-top-${theme.id}"] li`, (lis) =>
        lis.map((li) => ({ code: li.getAttribute('data-code'), text: li.textContent ?? '' })),
      );
      expect(shown.map((s) => s.code)).toEqual(expected.map((w) => w['code']));
      shown.forEach((s, i) => expect(s.text).toContain(dutch(num(expected[i]![column])!, 0)));

      // Independent "weighs most": weight × (percentile − 50) / Σ weights with a percentile, largest |…| first.
      const parts = theme.indicators.flatMap((ref) => {
        const pct = num(tilburg[col.percentile(ref.id)]);
        return pct === null ? [] : [{ id: ref.id, weight: ref.weight, pct }];
      });
      const total = parts.reduce((s, p) => s + p.weight, 0);
      const contributions = parts.map((p) => ({ id: p.id, points: (p.weight * (p.pct - 50)) / total }));
      // The contributions add up to the published score's distance from 50.
      expect(50 + contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(num(tilburg[col.theme(theme.id)])!, 9);
      const top2 = [...contributions].sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, 2);
      const ids = await page.$$eval(`[data-testid="summary-weighs-${theme.id}"] li`, (lis) => lis.map((li) => li.getAttribute('data-id')));
      expect(ids).toEqual(top2.map((c) => c.id));
    }
    // One map per theme, with every wijk of the gemeente that has a boundary.
    const withGeometry = wijken.filter((w) => w['gemeente_code'] === TILBURG && w['has_geometry'] === true).length;
    const paths = await page.$$eval('[data-testid="wijk-map"]', (maps) => maps.map((m) => m.querySelectorAll('path[data-code]').length));
    expect(paths).toEqual(manifest.themes.map(() => withGeometry));
  });

  it('draws the trend chart with a gemeente line and a national line', async () => {
    const current = manifest.trends.find((s) => s.id === CURRENT_CRIME_RATE_SERIES)!;
    const chart = page.locator('[data-testid="gemeente-summary"] [data-testid="trend-chart"]');
    for (const role of ['primary', 'reference'] as const) {
      const series = chart.getByTestId(`trend-chart-${role}`);
      expect(await series.getAttribute('data-series')).toBe(role === 'primary' ? TILBURG : 'NL00');
      // the current series (politie, from 2021), not the history 2010–2020
      expect(await series.getAttribute('data-points')).toBe(String(current.years.length));
      expect(await series.locator('path').getAttribute('d')).toMatch(new RegExp(`^M[\\d.,]+(L[\\d.,]+){${current.years.length - 1}}$`));
    }
    const axis = (await chart.locator('svg.line-chart-svg text').allTextContents()).map((s) => s.trim());
    expect(axis).toContain(String(Math.min(...current.years)));
    expect(axis).toContain(String(Math.max(...current.years)));
    expect(await chart.locator('figcaption').innerText()).toContain(manifest.sources.find((s) => s.id === current.sourceId)!.tableId!);
    // the one-pager keeps to the current series
    expect(await page.locator('[data-testid="gemeente-summary"] [data-testid="trend-earlier"]').count()).toBe(0);
    // from the gemeenten's and Nederland's rows only, not the whole time series of every wijk and buurt
    const trendFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/data/trends')),
    );
    expect(trendFiles).toEqual([`/data/${dataFile.trendsGemeenteArrow}`]);
  });

  it('prints to exactly one A4 page', async () => {
    await expectOneA4Page(page, 'gemeente-summary');
  });

  it('reads its wijken from the wijk table’s theme slice, not the whole wijk table', () => {
    expect(requested).toContain(dataFile.sliceArrow('wijk', 'themes'));
    expect(requested).not.toContain(dataFile.arrow('wijk'));
    expect(requested).toContain(dataFile.arrow('gemeente'));
    // each file once: a preload the page's own request did not take up would show as a second request
    expect(requested.filter((path, i) => requested.indexOf(path) !== i)).toEqual([]);
  });

  it('without the slice reads the whole wijk table, ranks the same wijken and names the missing file', async () => {
    const topLists = (p: Page) =>
      Promise.all(manifest.themes.map((th) => p.$$eval(`[data-testid="summary-top-${th.id}"] li`, (lis) => lis.map((li) => li.getAttribute('data-code')))));
    const other = await openSession(baseUrl);
    try {
      await other.page.route(`**/data/${dataFile.sliceArrow('wijk', 'themes')}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      const fetched = dataRequests(other.page);
      await other.page.goto(`${baseUrl}/gemeente/${TILBURG}`);
      await waitForSummary(other.page);
      expect(fetched).toContain(dataFile.arrow('wijk'));
      const shown = await topLists(page);
      expect(shown.flat().length).toBeGreaterThan(0);
      expect(await topLists(other.page)).toEqual(shown);
      expect(await other.page.getByRole('alert').first().innerText()).toContain(dataFile.sliceArrow('wijk', 'themes'));
    } finally {
      await other.close();
    }
  });

  it('makes no foreign request and logs no console error', async () => {
    await screenshot(page, 'gemeente-summary');
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('/gemeente/GM0855 under custom weights on every theme', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let tilburg: Row;
  let requested: string[];
  const note = t('weights.describing');

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    tilburg = rowsByCode(await readArrow(DATA, 'gemeente')).get(TILBURG)!;
    const weging = everyThemeWeging(manifest);
    session = await openSession(baseUrl);
    page = session.page;
    requested = dataRequests(page);
    await page.goto(`${baseUrl}/gemeente/${TILBURG}?weging=${weging}`);
    await waitForSummary(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the whole wijk table, as the weights change the wijken’s theme scores', () => {
    expect(requested).toContain(dataFile.arrow('wijk'));
    expect(requested).not.toContain(dataFile.sliceArrow('wijk', 'themes'));
  });

  it('marks each verdict that cannot test the similar gemeenten and each top list without unsure marks, and says why once', async () => {
    expect(await page.getByTestId('weighting-note').textContent()).toContain('eigen weging');
    for (const theme of manifest.themes) {
      const flagged = theme.indicators.some((r) => typeof tilburg[col.sig(r.id)] === 'string');
      const verdict = (await page.getByTestId(`summary-verdict-${theme.id}`).innerText()).replace(/\s+/g, ' ');
      // Without any flagged number the sentence already says nothing is tested; otherwise it is marked.
      const mark = page.getByTestId(`summary-withheld-${theme.id}`);
      expect(await mark.count(), theme.id).toBe(flagged ? 1 : 0);
      if (flagged) {
        expect(verdict).toContain(`${t('summary.sig.similar.unknown')}† ${note}`);
        expect(await mark.getAttribute('title')).toBe(note);
      }
      const top = page.locator(`[data-testid="summary-top-${theme.id}"] li`);
      expect(await top.count(), theme.id).toBeGreaterThan(0);
      // No rank is marked unsure (its interval belongs to the standard weights), and the list's heading is marked.
      expect(await page.getByTestId(`summary-unsure-${theme.id}`).count(), theme.id).toBe(0);
      expect(
        (await top.allInnerTexts()).some((li) => li.includes('*')),
        theme.id,
      ).toBe(false);
      expect(await page.getByTestId(`summary-unsure-withheld-${theme.id}`).getAttribute('title')).toBe(note);
    }
    const legend = page.getByTestId('summary-withheld');
    expect(await legend.innerText()).toBe(`† ${note} ${t('summary.withheld.effect')}`);
    // Said once, on one line, at 9 pt (12 px) or larger like everything on the sheet.
    const { size, lines } = await legend.evaluate((el) => {
      const style = getComputedStyle(el);
      return { size: parseFloat(style.fontSize), lines: Math.round(el.getBoundingClientRect().height / parseFloat(style.lineHeight)) };
    });
    expect(size).toBeGreaterThanOrEqual(12);
    expect(lines).toBe(1);
  });

  it('still prints to exactly one A4 page', async () => {
    await expectOneA4Page(page, 'gemeente-summary-weights');
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('trend chart and summary link on the map page, and the /gemeente picker', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the profile panel of a gemeente shows the trend chart and links to its summary', async () => {
    await page.goto(`${baseUrl}/?gebied=${TILBURG}`);
    const profile = page.getByTestId('profile');
    await profile.locator('[data-testid="crime-trend"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const chart = profile.getByTestId('trend-chart');
    expect(await chart.getByTestId('trend-chart-primary').getAttribute('data-series')).toBe(TILBURG);
    expect(await chart.getByTestId('trend-chart-reference').getAttribute('data-series')).toBe('NL00');
    expect(await chart.locator('[data-testid="trend-chart-primary"] path').getAttribute('d')).toMatch(/^M/);
    expect(await chart.locator('[data-testid="trend-chart-reference"] path').getAttribute('d')).toMatch(/^M/);
    // the history 2010–2020 is a chart of its own, opened on request
    const earlier = profile.getByTestId('trend-earlier');
    await earlier.locator('summary').click();
    expect(await earlier.getByTestId('trend-earlier-chart-primary').getAttribute('data-series')).toBe(TILBURG);
    expect(await earlier.locator('figcaption').innerText()).toContain('83648NED');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'profile-trend');

    await profile.getByTestId('profile-summary-link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/gemeente/${TILBURG}`);
    await waitForSummary(page);
  });

  it('/gemeente opened cold lists the gemeenten from the first-view slice, and a chosen summary reads the full table', async () => {
    const other = await openSession(baseUrl);
    try {
      const fetched = dataRequests(other.page);
      await other.page.goto(`${baseUrl}/gemeente`);
      await other.page.getByTestId('gemeente-search').fill('Tilbu');
      await other.page.getByTestId(`gemeente-search-option-${TILBURG}`).waitFor();
      expect(fetched).toContain(dataFile.sliceArrow('gemeente', 'first-view'));
      expect(fetched).not.toContain(dataFile.arrow('gemeente'));
      await other.page.keyboard.press('Enter');
      await waitForSummary(other.page);
      expect(fetched).toContain(dataFile.arrow('gemeente'));
      expect(await other.page.getByTestId('gemeente-summary').getAttribute('data-code')).toBe(TILBURG);
      // "weighs most" reads percentiles, which only the full table has: a summary drawn from the slice lists none
      const { themes } = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
      for (const theme of themes) {
        expect(await other.page.locator(`[data-testid="summary-weighs-${theme.id}"] li`).count(), theme.id).toBe(2);
      }
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('/gemeente picks a gemeente by name', async () => {
    await page.getByTestId('nav-gemeente').click();
    await page.getByTestId('gemeente-picker').waitFor();
    await page.getByTestId('gemeente-search').fill('Tilbu');
    await page.getByTestId(`gemeente-search-option-${TILBURG}`).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/gemeente/${TILBURG}`);
    await waitForSummary(page);
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
