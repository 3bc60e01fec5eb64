/**
 * Users' tasks from issue 16, end to end on the real build: every "i" popover shows all its facts inside its
 * box; a gemeente's wijken can be listed in the table and exported as exactly that gemeente's wijken.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dataFile, type Manifest } from '@atlas/contract';
import { parseCsv } from '../support/csv-reader.ts';
import { tableFromIPC } from 'apache-arrow';
import { t } from '../../web/src/i18n/nl.ts';
import { sessionForBlock } from './block-session.ts';
import { ARTIFACTS, screenshot } from './browser.ts';
import { DIST_DIR } from './static-site-checks.ts';
import { MAP_PAGE, PAGE_LINK_ATTRIBUTE } from '../../server/app-shells.ts';

const baseUrl = inject('baseUrl');
const DESKTOP = { width: 1440, height: 900 };
// Expected values come from the files the server under test serves, so they are the ones the app reads.
const served = async (file: string): Promise<Response> => {
  const r = await fetch(`${baseUrl}/data/${file}`);
  if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
  return r;
};
const ready = (page: Page) => page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });

/** Every label and value of the open popover that lies outside its box (after scrolling it into view). */
function factsOutsidePopover(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pop = document.querySelector<HTMLElement>('.popover');
    if (!pop) return ['no popover'];
    const bad: string[] = [];
    for (const el of pop.querySelectorAll<HTMLElement>('.facts > dt:not(.sr-only), .facts > dd')) {
      // A long value may be taller than the scrolling popover: its start must show, and all of its width.
      el.scrollIntoView({ block: 'start' });
      const box = pop.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.top < box.bottom;
      if (!inside || r.width === 0)
        bad.push(
          `${el.tagName} "${el.textContent?.slice(0, 40)}" at ${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(box.left)}–${Math.round(box.right)}`,
        );
    }
    return bad;
  });
}

describe('info popovers', () => {
  let manifest: Manifest;
  const session = sessionForBlock(baseUrl, DESKTOP);
  beforeAll(async () => {
    manifest = (await (await served('manifest.json')).json()) as Manifest;
  });

  it('shows every label and value inside the popover for every published indicator-level', async () => {
    const { page } = session();
    const checked = new Set<string>();
    let seriesShown = false;
    for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
      for (const theme of manifest.themes) {
        await page.goto(`${baseUrl}/?thema=${theme.id}&niveau=${level}`);
        await ready(page);
        for (const { id } of theme.indicators) {
          if (checked.has(`${id}@${level}`)) continue;
          const indicator = manifest.indicators.find((i) => i.id === id);
          if (!indicator?.levels.some((l) => l.level === level)) continue;
          await page.getByTestId(`info-${id}`).click();
          await page.locator('.popover .facts').waitFor();
          const labels = await page.locator('.popover .facts > dt:not(.sr-only)').count();
          expect(labels, `${id} on ${level}`).toBeGreaterThanOrEqual(5);
          expect(await factsOutsidePopover(page), `${id} on ${level}`).toEqual([]);
          // The yearly series line, inside the box like every fact (checked above), for exactly the indicators with one.
          const trend = manifest.trends.find((s) => s.id === indicator.series);
          expect(await page.locator('.popover [data-testid="series-fact"]').count(), `${id} series line`).toBe(trend && trend.years.length >= 2 ? 1 : 0);
          if (trend && !seriesShown) {
            await page.locator('.popover [data-testid="series-fact"]').scrollIntoViewIfNeeded();
            await screenshot(page, 'vakantie/popover-series-desktop');
            seriesShown = true;
          }
          if (checked.size === 0) await screenshot(page, 'w2/popover-desktop');
          await page.keyboard.press('Escape');
          await page.locator('.popover').waitFor({ state: 'detached' });
          checked.add(`${id}@${level}`);
        }
      }
    }
    // Every indicator a theme uses has its "i" in the map's panel on every level it is published on.
    const inThemes = new Set(manifest.themes.flatMap((th) => th.indicators.map((i) => i.id)));
    const published = manifest.indicators.filter((i) => inThemes.has(i.id)).reduce((n, i) => n + i.levels.length, 0);
    expect(checked.size).toBe(published);
    expect(seriesShown, 'some popover showed a series').toBe(true);
  }, 600_000); // one popover per published indicator-level (over a hundred), on a shared machine
});

describe('the wijken of a gemeente', () => {
  let tilburg: string[];
  const session = sessionForBlock(baseUrl, DESKTOP);
  beforeAll(async () => {
    const wijk = tableFromIPC(new Uint8Array(await (await served('wijk.arrow')).arrayBuffer()));
    tilburg = wijk.toArray().flatMap((r: { code: string; gemeente_code: string }) => (r.gemeente_code === 'GM0855' ? [String(r.code)] : []));
  });

  it("lists Tilburg's wijken in its profile and opens the table limited to exactly them", async () => {
    const { page } = session();
    await page.goto(`${baseUrl}/?niveau=gemeente&gebied=GM0855`);
    await ready(page);
    const list = page.getByTestId('child-list');
    await expect.poll(() => list.locator('li').count(), { timeout: 30_000 }).toBe(tilburg.length);
    await page.getByTestId('child-list-table').click();
    await page.getByTestId('table-within').waitFor();
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('tabel');
    const more = page.getByRole('button', { name: 'Meer tonen' });
    while (await more.isVisible().catch(() => false)) await more.click();
    await expect.poll(() => page.locator('.data-table tbody tr').count(), { timeout: 30_000 }).toBe(tilburg.length);
    await screenshot(page, 'w2/table-tilburg-desktop');
  });

  it('exports exactly those wijken to CSV', async () => {
    const { page } = session();
    await page.waitForFunction(() => window.__atlas?.duckdbReady, null, { timeout: 60_000 });
    await page.getByTestId('export-menu').click();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-csv').click()]);
    expect(d.suggestedFilename()).toMatch(/_wijk_gm0855\.csv$/);
    const text = (await readFile(await d.path())).subarray(3).toString('utf8');
    const [about, , ...body] = parseCsv(text);
    expect(about?.join(' ')).toContain('Tilburg');
    expect(body.map((cells) => cells[0]).sort()).toEqual([...tilburg].sort());
  });
});

describe('a link to a provincie on the map', () => {
  const session = sessionForBlock(baseUrl, DESKTOP);

  it('opens its profile, saying it loads until the gemeente table is in, never that it is unknown', async () => {
    const { page } = session();
    const gemeente = tableFromIPC(new Uint8Array(await (await served('gemeente.arrow')).arrayBuffer()));
    const [first] = gemeente.toArray() as { provincie_code: string; provincie_name: string }[];
    if (!first) throw new Error('gemeente.arrow has no rows');
    const unknown = t('profile.notFound', { code: first.provincie_code });
    // Every text the profile shows from the first script on, however briefly.
    await page.addInitScript((text) => {
      const seen = { notFound: false };
      Object.assign(window, { seen });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="profile"]')?.textContent?.includes(text)) seen.notFound = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, unknown);
    await page.goto(`${baseUrl}/?gebied=${first.provincie_code}`);
    await expect.poll(() => page.locator('#profile-title').innerText(), { timeout: 60_000 }).toBe(first.provincie_name);
    expect(await page.evaluate(() => (window as unknown as { seen: { notFound: boolean } }).seen.notFound)).toBe(false);
  });
});

describe('moving between pages', () => {
  const session = sessionForBlock(baseUrl, DESKTOP);

  it('preloads the map’s files on the map route and a gemeente summary’s on its page, none on other pages', async () => {
    const { page } = session();
    // the data files preloaded by the app (both app shells preload the manifest on every page)
    const dataPreloads = () =>
      page.$$eval('link[rel="preload"]', (ls) =>
        ls.map((l) => new URL((l as HTMLLinkElement).href).pathname).filter((p) => p.startsWith('/data/') && !p.endsWith('/manifest.json')),
      );
    const data = (...files: string[]) => files.map((f) => `/data/${f}`);
    await page.goto(`${baseUrl}/`);
    await ready(page);
    // the first map of a plain address is drawn from the first-view table; an indicator's percentiles need the full one
    expect(await dataPreloads()).toEqual(data(dataFile.sliceArrow('gemeente', 'first-view'), dataFile.geometry('gemeente'), dataFile.context('provincie')));
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&indicator=geweldsmisdrijven`);
    await ready(page);
    expect((await dataPreloads()).filter((h) => h.endsWith('.arrow'))).toEqual(data(dataFile.arrow('gemeente')));
    await page.goto(`${baseUrl}/gemeente/GM0855`);
    await page.locator('#main h1').first().waitFor({ timeout: 60_000 });
    expect(await dataPreloads()).toEqual(
      data(dataFile.arrow('gemeente'), dataFile.sliceArrow('wijk', 'themes'), dataFile.geometry('wijk'), dataFile.trendsGemeenteArrow),
    );
    for (const path of ['/vergelijk', '/methode', '/gemeente']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('#main h1').first().waitFor({ timeout: 60_000 });
      expect(await dataPreloads(), path).toEqual([]);
    }
  });

  it('downloads MapLibre on the map page only: a summary, /vergelijk and /methode do not fetch it, and the map still opens from them', async () => {
    const { page } = session();
    // every script asked for, from before each page is opened (a preload still on its way counts too)
    const asked: string[] = [];
    const record = (request: { url(): string }) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) asked.push(path);
    };
    page.on('request', record);
    const holdingMapLibre = async (paths: readonly string[]) => {
      const held = await Promise.all(paths.map(async (p) => (await readFile(`${DIST_DIR}${p}`, 'utf8')).includes('maplibregl-canvas')));
      return [...new Set(paths.filter((_, i) => held[i]))];
    };
    try {
      // away from the menu: pointing at its map link fetches MapLibre ahead (map/MapLink.tsx)
      await page.mouse.move(600, 600);
      for (const path of ['/gemeente/GM0855', '/vergelijk', '/methode']) {
        asked.length = 0;
        await page.goto(`${baseUrl}${path}`);
        await page.locator('#main h1').first().waitFor({ timeout: 60_000 });
        expect(await page.locator(`link[${PAGE_LINK_ATTRIBUTE}]`).count(), path).toBe(0);
        expect(asked.length, path).toBeGreaterThan(0);
        expect(await holdingMapLibre(asked), path).toEqual([]);
      }
      // following the menu to the map fetches the map page's code then, and draws
      asked.length = 0;
      await page.getByTestId('nav-map').click();
      await ready(page);
      expect(await holdingMapLibre(asked)).toHaveLength(1);
      // the map page's own address preloads it from its HTML
      asked.length = 0;
      await page.goto(`${baseUrl}/`);
      const preloaded = await page.$$eval(`link[rel="modulepreload"][${PAGE_LINK_ATTRIBUTE}="${MAP_PAGE}"]`, (ls) =>
        ls.map((l) => new URL((l as HTMLLinkElement).href).pathname),
      );
      await ready(page);
      const mapLibre = await holdingMapLibre(asked);
      expect(mapLibre).toHaveLength(1);
      expect(preloaded).toContain(mapLibre[0]);
      // the summary's own link to the map fetches it ahead too, when pointed at, and not before (the pointer left
      // the menu's map link, which does the same)
      await page.mouse.move(600, 600);
      asked.length = 0;
      await page.goto(`${baseUrl}/gemeente/GM0855`);
      await page.locator('#main h1').first().waitFor({ timeout: 60_000 });
      expect(await holdingMapLibre(asked)).toEqual([]);
      const fetched = page.waitForRequest((r) => new URL(r.url()).pathname === mapLibre[0]);
      await page.getByRole('link', { name: t('summary.onMap') }).hover();
      await fetched;
    } finally {
      page.off('request', record);
    }
  });

  it('says so over the map when MapLibre’s code cannot be fetched, and keeps the rest of the page', async () => {
    const { page } = session();
    const mapLibre = /\/assets\/maplibre-runtime-[^/]*\.js$/;
    await page.route(mapLibre, (route) => route.abort());
    try {
      await page.goto(`${baseUrl}/`);
      const error = page.getByTestId('data-error');
      await error.waitFor({ timeout: 60_000 });
      const text = await error.innerText();
      // its own title, not the data's, and no advice to rebuild the data
      expect(text).toContain(t('map.codeFailed.title'));
      expect(text).toContain(t('map.codeFailed', { detail: 'X' }).split(' (X)')[0]);
      expect(await error.getByRole('button').innerText()).toBe(t('map.reload'));
      expect(text).not.toContain(t('error.hint'));
      // the legend does not need MapLibre; the page does not say the map is still loading
      await page.getByTestId('legend').waitFor({ timeout: 30_000 });
      expect(await page.locator('.map-loading').count()).toBe(0);
    } finally {
      await page.unroute(mapLibre);
    }
  });

  it('draws the map after a fetch ahead of MapLibre’s code failed (a network blip while pointing at a link)', async () => {
    const { context } = session();
    // a page of its own: a module the page once failed to import must not come from an earlier test's page
    const page = await context.newPage();
    const mapLibre = /\/assets\/maplibre-runtime-[^/]*\.js$/;
    let refused = 0;
    await page.route(mapLibre, (route) => {
      refused += 1;
      return route.abort();
    });
    try {
      await page.goto(`${baseUrl}/gemeente/GM0855`);
      await page.locator('#main h1').first().waitFor({ timeout: 60_000 });
      const link = page.getByRole('link', { name: t('summary.onMap') });
      const failed = page.waitForEvent('requestfailed', (r) => mapLibre.test(new URL(r.url()).pathname));
      await link.hover();
      await failed;
      await page.unroute(mapLibre);
      await link.click();
      await ready(page);
      expect(refused).toBe(1);
      expect(await page.getByTestId('data-error').count()).toBe(0);
    } finally {
      // the route goes with the page
      await page.close();
    }
  });

  it('says so over the map when the browser cannot draw it (no WebGL2), and still starts the database for the table', async () => {
    const { context } = session();
    // a page of its own: the stand-in for a browser without WebGL stays with the page it was added to
    const page = await context.newPage();
    try {
      await page.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
          return kind.startsWith('webgl') ? null : (getContext as (...a: unknown[]) => unknown).call(this, kind, ...rest);
        } as typeof getContext;
      });
      await page.goto(`${baseUrl}/`);
      const error = page.getByTestId('data-error');
      await error.waitFor({ timeout: 60_000 });
      expect(await error.innerText()).toContain(t('map.drawFailed'));
      expect(await page.locator('.map-loading').count()).toBe(0);
      // what waited for the first map goes on without it
      await page.waitForFunction(() => window.__atlas?.duckdbReady, null, { timeout: 60_000 });
    } finally {
      await page.close();
    }
  });

  it('moves focus to the new page heading after following a link, and copies the address', async () => {
    const { page, context } = session();
    await page.goto(`${baseUrl}/?niveau=gemeente&gebied=GM0855`);
    await ready(page);
    await page.getByTestId('nav-compare').click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vergelijk gebieden');
    // every page names the tab after itself, so tabs and a screen reader's page list tell them apart
    expect(await page.title()).toBe(`${t('nav.compare')} — ${t('app.title')}`);
    for (const [link, title] of [
      ['nav-method', t('nav.method')],
      ['nav-analyse', t('nav.analyse')],
    ] as const) {
      await page.getByTestId(link).click();
      await expect.poll(() => page.title()).toBe(`${title} — ${t('app.title')}`);
    }
    await page.getByTestId('nav-map').click();
    await expect.poll(() => page.title()).toBe(t('app.title'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link-status').innerText()).toBe('Link gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // an address the atlas does not have says so, in its heading and its tab
    await page.goto(`${baseUrl}/bestaat-niet`);
    await expect.poll(() => page.locator('#main h1').innerText()).toBe(t('page.notfound.title'));
    expect(await page.title()).toBe(`${t('page.notfound.title')} — ${t('app.title')}`);
  });
});

/** Pages in a PDF: page objects (/Type /Page, not /Pages). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('the one-pager for a burgemeester', () => {
  let tilburgWijken: string[];
  const A4 = { width: Math.round((210 / 25.4) * 96), height: Math.round((297 / 25.4) * 96) };
  const session = sessionForBlock(baseUrl, A4);
  beforeAll(async () => {
    const wijk = tableFromIPC(new Uint8Array(await (await served('wijk.arrow')).arrayBuffer()));
    tilburgWijken = wijk.toArray().flatMap((r: { name: string; gemeente_code: string }) => (r.gemeente_code === 'GM0855' ? [String(r.name)] : []));
  });

  const open = async (query: string): Promise<Page> => {
    const { page } = session();
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl}/gemeente/GM0855${query}`);
    await page.waitForSelector('[data-testid="gemeente-summary"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="gemeente-summary"] [data-testid="crime-trend"][data-state="ready"]', { timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    return page;
  };

  /** The smallest computed font size (px) of any visible text on the sheet, the map markers' digits aside. */
  const smallestText = (page: Page) =>
    page.getByTestId('gemeente-summary').evaluate((sheet) => {
      let min = Infinity;
      const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('title, .wijk-marker')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
        min = Math.min(min, parseFloat(style.fontSize));
      }
      return min;
    });

  it('prints /gemeente/GM0855 on one A4 page with no text under 9 pt, and says what it does and does not say', async () => {
    const page = await open('');
    expect(await smallestText(page)).toBeGreaterThanOrEqual(12); // 12 px = 9 pt
    const { natural, shown } = await page.getByTestId('gemeente-summary').evaluate((el) => ({ natural: el.scrollHeight, shown: el.clientHeight }));
    expect(natural).toBe(shown);
    expect(natural).toBeLessThanOrEqual(A4.height);
    const text = await page.getByTestId('gemeente-summary').innerText();
    expect(text).toContain('Wat zegt dit profiel wel');
    expect(text).toContain('Wat zegt het niet');
    expect(text).toMatch(/percentiel/);
    expect(await page.getByTestId('summary-handle').innerText()).toMatch(/Omgaan met deze wijknamen/);
    await page.screenshot({ path: `${ARTIFACTS}/w2/gemeente-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
  });

  it('keeps the numbered markers on the mini-maps apart', async () => {
    const page = await open('');
    const overlaps = await page.$$eval('[data-testid="wijk-map"]', (maps) =>
      maps.map((m) => {
        // Circles (with their outline) overlap when their centres are closer than a diameter.
        const circles = [...m.querySelectorAll('.wijk-marker circle')].map((c) => c.getBoundingClientRect());
        let n = 0;
        for (let i = 0; i < circles.length; i++)
          for (let j = i + 1; j < circles.length; j++) {
            const [a, b] = [circles[i]!, circles[j]!];
            const d = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
            if (d < (a.width + b.width) / 2 - 0.25) n++;
          }
        return n;
      }),
    );
    expect(overlaps.length).toBeGreaterThan(0);
    expect(overlaps.every((n) => n === 0)).toBe(true);
  });

  it('with ?zonder-wijknamen names no wijk, still on one page', async () => {
    const page = await open('?zonder-wijknamen');
    const text = await page.getByTestId('gemeente-summary').evaluate((el) => el.textContent ?? '');
    expect(tilburgWijken.length).toBeGreaterThan(10);
    expect(tilburgWijken.filter((name) => text.includes(name))).toEqual([]);
    expect(await page.locator('[data-testid="wijk-map"] .wijk-marker').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/w2/gemeente-print-zonder-wijknamen.png`, fullPage: true });
    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
  });
});

describe('uncertainty and "vergeleken met Nederland" in the profile', () => {
  const session = sessionForBlock(baseUrl, DESKTOP);

  it("shows Stokhasselt's geweld with its interval, its percentile band and one sentence that explains both numbers", async () => {
    const { page } = session();
    const wijk = tableFromIPC(new Uint8Array(await (await served('wijk.arrow')).arrayBuffer()));
    const manifest = (await (await served('manifest.json')).json()) as Manifest;
    const row = wijk.toArray().find((r: { gemeente_code: string; name: string }) => r.gemeente_code === 'GM0855' && r.name === 'Stokhasselt') as Record<
      string,
      number | string
    >;
    const indicator = manifest.indicators.find((i) => i.id === 'geweldsmisdrijven')!;
    const nl = (v: number): string => v.toLocaleString('nl-NL', { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals });
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&niveau=wijk&gebied=${String(row['code'])}`);
    await ready(page);
    const item = page.getByTestId('profile-indicator-geweldsmisdrijven');
    await item.waitFor({ timeout: 30_000 });
    const value = row['geweldsmisdrijven'] as number;
    expect(await item.locator('.ind-values dd').first().innerText()).toBe(
      `${nl(value)} ${indicator.unit} (${nl(row['geweldsmisdrijven__lo'] as number)}–${nl(row['geweldsmisdrijven__hi'] as number)})`,
    );
    expect(await item.getByTestId('percentile-band').count()).toBe(1);
    const sentence = await item.getByTestId('profile-sentence-geweldsmisdrijven').innerText();
    // the sentence counts the other wijken below and equal to it, the counts the published percentile is made of
    // (rows, not the column's values array, in which a missing value reads as 0)
    const others = wijk
      .toArray()
      .map((r: Record<string, number | null>) => r['geweldsmisdrijven'])
      .filter((v: number | null | undefined): v is number => typeof v === 'number' && !Number.isNaN(v));
    const below = others.filter((v) => v < value).length;
    const equal = others.filter((v) => v === value).length - 1;
    expect((100 * (below + equal / 2)) / (others.length - 1)).toBeCloseTo(row['geweldsmisdrijven__pct'] as number, 6);
    expect(sentence).toContain(`Hoger dan ${Math.round((100 * below) / (others.length - 1))} % van de wijken`);
    expect(sentence.includes('gelijk aan'), `${equal} wijken share its value`).toBe(equal > 0);
    expect(sentence).toContain(value < indicator.national! ? 'lager dan het landelijke cijfer' : 'hoger dan het landelijke cijfer');
    if (value < indicator.national! && (row['geweldsmisdrijven__pct'] as number) > 50) expect(sentence).toContain('Dat kan allebei kloppen');
    // Its buurten are listed in its profile, though the buurt level is not on the map.
    await expect.poll(() => page.getByTestId('child-list').locator('li').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, 'w2/profile-interval-desktop');
  });
});

describe('exporting a comparison', () => {
  const session = sessionForBlock(baseUrl, DESKTOP);

  it('downloads the compared gemeenten and Nederland as CSV, scores rounded to one decimal', async () => {
    const { page } = session();
    const codes = ['GM0855', 'GM0758', 'GM0772'];
    const manifest = (await (await served('manifest.json')).json()) as Manifest;
    const gemeente = tableFromIPC(new Uint8Array(await (await served('gemeente.arrow')).arrayBuffer()));
    const byCode = new Map(gemeente.toArray().map((r: Record<string, unknown>) => [String(r['code']), r]));
    await page.goto(`${baseUrl}/vergelijk?niveau=gemeente&gebieden=${codes.join(',')}`);
    await page.getByTestId('compare-col-national').waitFor({ timeout: 60_000 });
    await page.getByTestId('export-menu').click();
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-csv').click()]);
    expect(d.suggestedFilename()).toBe('ondermijningsatlas_vergelijking_gm0855_gm0758_gm0772.csv');
    const [about, header, ...body] = parseCsv((await readFile(await d.path())).subarray(3).toString('utf8'));
    expect(about?.join(' ')).toContain('Nederland als referentie');
    expect(body.map((cells) => cells[0])).toEqual([...codes, 'NL00']);
    const theme = manifest.themes[0]!;
    const at = header!.indexOf(`Themascore ${theme.label} (0–100)`);
    expect(at).toBeGreaterThan(0);
    for (const cells of body.slice(0, 3)) {
      const published = byCode.get(cells[0]!)![`theme__${theme.id}`] as number | null;
      expect(cells[at], cells[0]).toBe(published === null ? '' : (Math.round(published * 10) / 10).toString().replace('.', ','));
    }
    const first = manifest.indicators.find((i) => i.id === theme.indicators[0]!.id)!;
    const nlAt = header!.findIndex((h) => h.startsWith(first.label));
    if (first.national !== null) expect(Number(body[3]![nlAt]!.replace(',', '.'))).toBeCloseTo(first.national, first.decimals);
  });
});

describe('theme scores for aggregates', () => {
  const session = sessionForBlock(baseUrl, DESKTOP);

  it('compares three provincies with a theme score for each, ranked among the provincies', async () => {
    const { page } = session();
    const manifest = (await (await served('manifest.json')).json()) as Manifest;
    const gemeente = tableFromIPC(new Uint8Array(await (await served('gemeente.arrow')).arrayBuffer()));
    const provincies = [...new Set(gemeente.toArray().map((r: Record<string, unknown>) => String(r['provincie_code'])))].sort().slice(0, 3);
    // Every theme is scored among the provincies from the indicators summed for them, as the pipeline scores a level;
    // also with an indicator weighted 0 ("weglaten"), which once stopped the page.
    const summed = manifest.indicators.filter((i) => i.levels.some((l) => l.level === 'gemeente' && l.aggregatable)).map((i) => i.id);
    const theme0 = manifest.themes.find((th) => th.indicators.filter((r) => summed.includes(r.id)).length > th.minIndicators);
    expect(theme0, 'a theme with more summed indicators than its minimum').toBeDefined();
    const dropped = theme0!.indicators.find((r) => summed.includes(r.id))!;
    for (const weging of ['', `&weging=${theme0!.id}.${dropped.id}:0`]) {
      await page.goto(`${baseUrl}/vergelijk?niveau=provincie&gebieden=${provincies.join(',')}${weging}`);
      await page.getByTestId('compare-col-national').waitFor({ timeout: 60_000 });
      for (const theme of manifest.themes) {
        const row = page.getByTestId(`compare-row-${theme.id}-theme:${theme.id}`);
        await row.waitFor({ timeout: 60_000 });
        const scores = await row.locator('td[data-code^="PV"]').allInnerTexts();
        expect(scores, `${theme.id}${weging}`).toHaveLength(3);
        for (const s of scores) expect(s.trim(), `${theme.id}${weging}`).toMatch(/^\d{1,3}\b/);
      }
    }
    await screenshot(page, 'w2/compare-provincies-desktop');
  });
});
