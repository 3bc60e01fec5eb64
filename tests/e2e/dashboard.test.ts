/**
 * The map explorer end to end, on the real published data, in Chromium against the production build:
 * one analyst's session from the first map to a reload, then the tablet layout and broken data files.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { fmt } from '../../web/src/format/format.ts';
import { t } from '../../web/src/i18n/nl.ts';
import { dutch } from './dutch.ts';
import { hoverRegion, type MapPoint } from './map-hover.ts';
import { afterRedraw, changedShare, colourShares, legendClassColours, mapPixels, settledMapPixels } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (ATLAS_E2E_DATA_DIR when a run serves its own data build).
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
/** With a buurt layer (official or the approximate one) the buurt level is a map, not a list: see buurt-map.test.ts. */
const BUURT_MAP = existsSync(resolve(DATA, 'geo/buurt.topojson'));
type Row = Record<string, unknown>;

const hooks = (page: Page) => page.evaluate(() => ({ ...window.__atlas }));
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

/** Points in the middle of the map, tried in turn until one is over a region. */
const MIDDLE: readonly MapPoint[] = [
  [0.55, 0.45],
  [0.6, 0.35],
  [0.5, 0.55],
  [0.65, 0.5],
  [0.45, 0.4],
];
const hoverSomeRegion = (page: Page) => hoverRegion(page, MIDDLE, 3);

describe('map explorer', () => {
  let session: Session;
  let page: Page;
  let gemeenten: Map<string, Row>;
  let wijken: Map<string, Row>;
  const manifest = async (): Promise<ManifestJson> => JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as ManifestJson;

  interface ManifestJson {
    indicators: { id: string; unit: string; decimals: number; themes: string[]; levels: { level: string }[] }[];
    themes: { id: string; indicators: { id: string }[] }[];
    population: { variable: string; date: string; sourceId: string };
    sources: { id: string; title: string }[];
  }

  beforeAll(async () => {
    gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
    wijken = rowsByCode(await readArrow(DATA, 'wijk'));
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the gemeente map in at least three class colours with a five-class legend', async () => {
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    const legendRows = page.locator('[data-testid="legend"] .legend-row');
    const colours = await legendClassColours(page);
    expect(colours).toHaveLength(5);
    expect(await legendRows.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('geen gegevens'), expect.stringContaining('te weinig inwoners')]),
    );
    const shares = colourShares(await mapPixels(page), colours);
    // Each class covers roughly a fifth of the gemeenten; a class colour on ≥ 0.3 % of the map is really drawn.
    expect(shares.filter((s) => s > 0.003).length).toBeGreaterThanOrEqual(3);
    // after the first map its names follow, the gemeenten ranked by inhabitants from their table
    await page.waitForFunction(() => window.__atlas.named.includes('gemeente:inhabitants'), null, { timeout: 30_000 });
    await screenshot(page, 'dashboard-01-gemeente-map');
  });

  it('hover shows the region name, its published value in Dutch notation with unit, and its percentile', async () => {
    const { indicators } = await manifest();
    const indicator = indicators.find((i) => i.id === 'jongeren_15_24')!;
    await afterRedraw(page, () => page.getByTestId('theme-jonge_aanwas').click());
    await afterRedraw(page, () => page.getByTestId(`indicator-${indicator.id}`).check());
    const { name } = await hoverSomeRegion(page);
    const row = [...gemeenten.values()].find((r) => r.name === name);
    expect(row, `hovered "${name}" is a published gemeente`).toBeDefined();
    const value = row![indicator.id] as number;
    const tooltip = page.getByTestId('tooltip');
    await expect.poll(() => tooltip.innerText()).toContain(`${dutch(value, indicator.decimals)}%`);
    expect(await tooltip.innerText()).toMatch(new RegExp(`percentiel: ${dutch(row![`${indicator.id}__pct`] as number, 0)}\\b`, 'i'));
    await screenshot(page, 'dashboard-02-hover');
  });

  it('clicking a gemeente selects it and opens its profile with every indicator of the theme', async () => {
    const { name, x, y } = await hoverSomeRegion(page);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gebied')?.startsWith('GM'));
    const code = param(page, 'gebied')!;
    expect(gemeenten.get(code)?.name).toBe(name);
    const profile = page.getByTestId('profile');
    await expect.poll(() => profile.locator('#profile-title').innerText()).toBe(name);
    const { themes } = await manifest();
    const theme = themes.find((t) => t.id === 'jonge_aanwas')!;
    for (const { id } of theme.indicators) await expect.poll(() => profile.getByTestId(`profile-indicator-${id}`).count()).toBe(1);
    // the inhabitants say when they were counted and, one click on, from which source and variable
    const { population, sources } = await manifest();
    expect(await profile.getByTestId('population-fact').innerText()).toContain(
      `${t('profile.population')} (${fmt.date(population.date)}): ${dutch(gemeenten.get(code)!['population'] as number, 0)}`,
    );
    await profile.getByTestId('population-info').click();
    const explanation = await page.locator('.popover').innerText();
    expect(explanation).toContain(population.variable);
    expect(explanation).toContain(sources.find((s) => s.id === population.sourceId)!.title);
    await screenshot(page, 'dashboard-03-profile');
    await page.keyboard.press('Escape');
  });

  it('search finds Tilburg, and a wijk by name with its gemeente to tell equal names apart', async () => {
    const search = page.getByTestId('search');
    await search.fill('Tilburg');
    await page.getByTestId('search-option-GM0855').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gebied') === 'GM0855');
    await expect.poll(() => page.locator('#profile-title').innerText()).toBe('Tilburg');

    // A wijk of Tilburg whose name also occurs in another gemeente.
    const names = new Map<string, number>();
    for (const r of wijken.values()) names.set(r.name as string, (names.get(r.name as string) ?? 0) + 1);
    const wijk = [...wijken.values()].find((r) => r.gemeente_code === 'GM0855' && (names.get(r.name as string) ?? 0) > 1)!;
    expect(wijk).toBeDefined();
    await search.fill(wijk.name as string);
    const option = page.getByTestId(`search-option-${wijk.code as string}`);
    await option.waitFor();
    expect(await option.innerText()).toContain('Tilburg');
    await screenshot(page, 'dashboard-04-search-wijk');
    await option.click();
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('gebied') === c, wijk.code as string);
    await expect.poll(() => page.locator('#profile-title').innerText()).toBe(wijk.name);
    await page.waitForFunction(() => window.__atlas.mapLevel === 'wijk', null, { timeout: 20_000 });
    await screenshot(page, 'dashboard-05-wijk-selected');
  });

  it('switching theme, indicator and level each draws other colours', async () => {
    // The whole country, so every switch recolours many regions.
    await page.goto(`${baseUrl}/?thema=jonge_aanwas&niveau=gemeente`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    // The map as it rests: a table arriving in the background also redraws it.
    let before = await settledMapPixels(page);
    const changes: [string, () => Promise<unknown>][] = [
      ['theme', () => page.getByTestId('theme-maatschappelijke_onrust').click()],
      ['indicator', () => page.locator('[data-testid^="indicator-"]:not([data-testid="indicator-theme"])').first().check()],
      ['level', () => page.getByTestId('level-wijk').click()],
    ];
    for (const [label, change] of changes) {
      await afterRedraw(page, change);
      // Quantile classes keep the same five colours, so the test looks at where they are drawn; new colours
      // reach the screen a frame or more after the render is counted.
      await expect.poll(async () => changedShare(before, await mapPixels(page)), { message: `${label} switch recolours the map` }).toBeGreaterThan(0.02);
      before = await settledMapPixels(page);
    }
    expect((await hooks(page)).mapLevel).toBe('wijk');
    await screenshot(page, 'dashboard-06-onrust-wijk');
  });

  it('an indicator the level does not have greys the map as "niet op dit niveau", not as missing data', async () => {
    const m = await manifest();
    const gemeenteOnly = m.indicators.find((i) => i.themes.length > 0 && !i.levels.some((l) => l.level === 'wijk'));
    expect(gemeenteOnly, 'an indicator published per gemeente only').toBeDefined();
    await page.goto(`${baseUrl}/?thema=${gemeenteOnly!.themes[0]!}&indicator=${gemeenteOnly!.id}&niveau=wijk`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    const ranges = await page.locator('[data-testid="legend"] .legend-range').allInnerTexts();
    expect(ranges).toContain(t('legend.notOnLevel'));
    expect(ranges).not.toContain(t('legend.missing'));
    // and no line on how classes are made: there are none
    expect(await page.locator('[data-testid="legend"] .legend-note').count()).toBe(0);
  });

  it('the URL holds the view: reload restores it exactly, back and forward step through it', async () => {
    const viewBefore = param(page, 'kaart');
    await page.getByTestId('search').fill('Tilburg');
    await page.getByTestId('search-option-GM0855').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gebied') === 'GM0855');
    // The fly-to ends in one 'moveend', which writes the new map view into the URL.
    await page.waitForFunction((before) => new URL(location.href).searchParams.get('kaart') !== before, viewBefore);
    const url = page.url();
    for (const key of ['thema', 'niveau', 'gebied', 'kaart']) expect(param(page, key), key).not.toBeNull();

    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    // The restored selection is drawn in the profile: by then any rewrite of the address would have happened.
    await expect.poll(() => page.locator('#profile-title').innerText()).toBe('Tilburg');
    expect(page.url()).toBe(url);
    expect(await page.getByTestId('theme-maatschappelijke_onrust').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId(`indicator-${param(page, 'indicator') ?? 'theme'}`).isChecked()).toBe(true);

    await afterRedraw(page, () => page.getByTestId('theme-vakantieparken').click());
    const afterThemeChange = page.url();
    expect(param(page, 'thema')).toBe('vakantieparken');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('thema') === 'maatschappelijke_onrust');
    expect(await page.getByTestId('theme-maatschappelijke_onrust').getAttribute('aria-selected')).toBe('true');
    await page.goForward();
    await page.waitForFunction((u) => location.href === u, afterThemeChange);
    expect(await page.getByTestId('theme-vakantieparken').getAttribute('aria-selected')).toBe('true');
  });

  it.skipIf(BUURT_MAP)('buurt level without boundaries lists the selected wijk’s buurten and says why there is no map', async () => {
    const wijk = [...wijken.values()].find((r) => r.gemeente_code === 'GM0855')!;
    await page.goto(`${baseUrl}/?thema=jonge_aanwas&niveau=buurt&gebied=${wijk.code as string}`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    await page.getByTestId('no-buurt-map').waitFor();
    // In the wijk's profile, under its theme score: in view without scrolling the side panel.
    const list = page.getByTestId('profile').getByTestId('buurt-list');
    await list.waitFor();
    const buurten = rowsByCode(await readArrow(DATA, 'buurt'));
    const expected = [...buurten.values()].filter((b) => b.wijk_code === wijk.code).map((b) => b.name as string);
    expect(expected.length).toBeGreaterThan(0);
    for (const name of expected) expect(await list.innerText()).toContain(name);
    await screenshot(page, 'dashboard-07-buurt-list');
  });

  it('the table view shows every gemeente and sorts', async () => {
    await page.goto(`${baseUrl}/?thema=jonge_aanwas&niveau=gemeente&weergave=tabel`);
    const rows = page.locator('[data-testid="table"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(100);
    // The table pages by 100 rows; "meer tonen" until every gemeente is listed.
    const more = page.locator('.table-foot button');
    while (await more.isVisible()) {
      const shown = await rows.count();
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(shown);
    }
    expect(await rows.count()).toBe(gemeenten.size);
    const first = await rows.first().innerText();
    await page.locator('[data-testid="table"] .sort-button').nth(1).click();
    await expect.poll(() => rows.first().innerText()).not.toBe(first);
    await screenshot(page, 'dashboard-08-table');
  });

  it('works on a tablet', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(`${baseUrl}/?gebied=GM0855`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    await expect.poll(() => page.locator('#profile-title').innerText()).toBe('Tilburg');
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    // The profile takes the side panel's place: nothing of the map or its legend lies under it.
    const profile = (await page.getByTestId('profile').boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    const legend = (await page.getByTestId('legend').boundingBox())!;
    expect(profile.x + profile.width).toBeLessThanOrEqual(map.x + 1);
    expect(legend.x).toBeGreaterThanOrEqual(profile.x + profile.width);
    await screenshot(page, 'dashboard-09-tablet');
    await page.getByTestId('profile-close').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });

  it('no request left the origin and the console stayed free of errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('broken data files', () => {
  for (const [label, body] of [
    ['missing', null],
    ['corrupt', 'dit is geen Arrow-bestand'],
  ] as const) {
    it(`a ${label} gemeente file gives a Dutch message, not a blank map`, async () => {
      const session = await openSession(baseUrl);
      try {
        await session.page.route('**/data/gemeente.arrow', (route) =>
          body === null ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, body, contentType: 'application/octet-stream' }),
        );
        await session.page.goto(baseUrl);
        const error = session.page.getByTestId('data-error');
        await error.waitFor({ timeout: 30_000 });
        expect(await error.innerText()).toMatch(/gemeente\.arrow/);
        expect(await error.innerText()).toMatch(/kon niet|niet geladen|ontbreekt|beschadigd|fout/i);
        await screenshot(session.page, `dashboard-error-${label}`);
        expect(session.foreignRequests).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }

  it('without the gemeente table the wijk map is drawn and still names the gemeenten, ranked by area', async () => {
    const session = await openSession(baseUrl);
    try {
      await session.page.route('**/data/gemeente.arrow', (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await session.page.goto(`${baseUrl}/?niveau=wijk`);
      await session.page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
      expect(await session.page.evaluate(() => window.__atlas.mapLevel)).toBe('wijk');
      await session.page.waitForFunction(() => window.__atlas.named.includes('gemeente:area'), null, { timeout: 30_000 });
      expect(await session.page.evaluate(() => window.__atlas.error)).toMatch(/gemeente\.arrow/);
    } finally {
      await session.close();
    }
  });
});
