/**
 * The header search on the published search index (issue 12 item 5, issue 18 item 2): the first map never
 * requests the index; the first focus does; a buurt found by its name and one found by its code are each
 * flown to (the map view in the address moves inside the buurt's bounds) and selected at buurt level; a
 * buurt without a polygon flies to its wijk; a region chosen while a shared link is still locating its own keeps
 * the map. Screenshots of the list on a phone and on a desktop.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataFile, type SearchBounds, type SearchIndexFile } from '@atlas/contract';
import { fold } from '../../web/src/search/search-index.ts';
import { REPO_ROOT } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { framed, mapBox, viewOf } from './map-view.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (ATLAS_E2E_DATA_DIR when a run serves its own data build).
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
const TILBURG = 'GM0855';

interface Buurt {
  code: string;
  name: string;
  wijk: string;
  gemeente: string;
  bounds: SearchBounds;
  wijkBounds: SearchBounds;
}

const isIndexRequest = (url: string): boolean => new URL(url).pathname.endsWith(`/data/${dataFile.searchIndex}`);

/** Whether the map, as the address gives its view, shows the region of `bounds` framed (map-view.ts). */
const shows = async (page: Page, bounds: SearchBounds): Promise<boolean> => !!bounds && framed(viewOf(page), await mapBox(page), bounds);

/** Choose `option` from the list and wait until the buurt is selected, drawn at buurt level, and the map has flown to `bounds`. */
async function chooseAndLand(page: Page, buurt: Buurt, bounds: SearchBounds): Promise<void> {
  await page.getByTestId(`search-option-${buurt.code}`).click();
  await page.waitForFunction((c) => new URL(location.href).searchParams.get('gebied') === c, buurt.code);
  await expect.poll(() => new URL(page.url()).searchParams.get('niveau')).toBe('buurt');
  await page.waitForFunction(() => window.__atlas.mapLevel === 'buurt' || window.__atlas.mapLevel === 'wijk', null, { timeout: 30_000 });
  await expect.poll(() => shows(page, bounds), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => page.locator('#profile-title').innerText()).toBe(buurt.name);
}

describe('search', () => {
  let session: Session;
  let page: Page;
  const requests: string[] = [];
  let buurten: Buurt[];
  let allNames: string[];
  let amsterdamBounds: SearchBounds;

  beforeAll(async () => {
    const index = JSON.parse(await readFile(resolve(DATA, dataFile.searchIndex), 'utf8')) as SearchIndexFile;
    buurten = index.buurt.map(([code, name, wijkRow, , bounds]) => {
      const [, wijk, gemeenteRow, , wijkBounds] = index.wijk[wijkRow] ?? [];
      const gemeente = gemeenteRow === undefined ? undefined : index.gemeente[gemeenteRow]?.[1];
      if (wijk === undefined || gemeente === undefined || wijkBounds === undefined) throw new Error(`${code}: wijk or gemeente missing in the index`);
      return { code, name, wijk, gemeente, bounds, wijkBounds };
    });
    amsterdamBounds = index.gemeente.find(([code]) => code === 'GM0363')?.[3] ?? null;
    allNames = [...index.gemeente, ...index.wijk, ...index.buurt, ...index.aggregate].map((row) => row[1]);
    session = await openSession(baseUrl, { width: 1440, height: 900 });
    page = session.page;
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the first map does not request the search index; the first focus on the search does', async () => {
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    // The background prefetch after the first map is done once every level's table is in DuckDB and the wijk and buurt
    // polygons are handed to the map (waiting for a quiet network could end before the first map: the state is kept).
    await page.waitForFunction(
      () =>
        ['gemeente', 'wijk', 'buurt'].every((l) => window.__atlas.inDatabase.includes(l)) &&
        ['wijk', 'buurt'].every((l) => window.__atlas.prepared.includes(l)),
      null,
      { timeout: 60_000 },
    );
    expect(
      requests.some((u) => u.includes('/data/gemeente.arrow')),
      'the request log sees data files',
    ).toBe(true);
    expect(requests.filter(isIndexRequest)).toEqual([]);
    const indexRequest = page.waitForRequest((r) => isIndexRequest(r.url()));
    await page.getByTestId('search').focus();
    await indexRequest;
  });

  it('finds a buurt of Tilburg by its name, shows its wijk and gemeente, flies there and selects it', async () => {
    // A name no other region shares once case, accents and punctuation are ignored ("Binnenstad-West" in Alkmaar).
    const counts = new Map<string, number>();
    for (const name of allNames) counts.set(fold(name), (counts.get(fold(name)) ?? 0) + 1);
    const buurt = buurten.find((b) => b.code.startsWith(`BU${TILBURG.slice(2)}`) && b.bounds && counts.get(fold(b.name)) === 1 && b.name.length > 6);
    if (!buurt) throw new Error('no buurt of Tilburg with a name of its own');
    await page.getByTestId('search').fill(buurt.name.toLowerCase());
    const option = page.getByTestId(`search-option-${buurt.code}`);
    await option.waitFor();
    expect(await option.innerText()).toContain(`in ${buurt.wijk}, ${buurt.gemeente}`);
    expect(await page.locator('.search-option').first().getAttribute('data-testid')).toBe(`search-option-${buurt.code}`);
    await screenshot(page, 'search-01-buurt-by-name-1440');
    await chooseAndLand(page, buurt, buurt.bounds);
    await screenshot(page, 'search-02-buurt-selected-1440');
  });

  it('finds an Amsterdam buurt by its code (letters and digits), flies there and selects it', async () => {
    const buurt = buurten.find((b) => /^BU0363[A-Z]/.test(b.code) && b.bounds);
    if (!buurt) throw new Error('no Amsterdam buurt with a letter code');
    await page.getByTestId('search').fill(buurt.code.toLowerCase());
    await page.getByTestId(`search-option-${buurt.code}`).waitFor();
    expect(await page.locator('.search-option').first().getAttribute('data-testid')).toBe(`search-option-${buurt.code}`);
    await chooseAndLand(page, buurt, buurt.bounds);
  });

  it('flies to the wijk of a buurt without a polygon', async () => {
    const buurt = buurten.find((b) => b.bounds === null);
    if (!buurt) throw new Error('every buurt has a polygon: nothing to check');
    await page.getByTestId('search').fill(buurt.code);
    await chooseAndLand(page, buurt, buurt.wijkBounds);
  });

  it("a region chosen while a shared link's region is still being located keeps the map", async () => {
    // A link to a Tilburg buurt without a map view waits for the buurt polygons to frame it; hold them back.
    const buurt = buurten.find((b) => b.code.startsWith(`BU${TILBURG.slice(2)}`) && b.bounds);
    if (!buurt) throw new Error('no buurt of Tilburg with a polygon');
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    const geometry = `**/data/${dataFile.geometry('buurt')}`;
    await page.route(geometry, async (route) => {
      await held;
      await route.continue();
    });
    // released and unrouted also when an assertion fails, or the later tests of this page would wait on it
    try {
      await page.goto(`${baseUrl}/?gebied=${buurt.code}`);
      await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
      await page.getByTestId('search').fill('amsterdam');
      await page.getByTestId('search-option-GM0363').click();
      await expect.poll(() => shows(page, amsterdamBounds), { timeout: 20_000 }).toBe(true);
      release();
      // The polygons have arrived and been handed to the map, and the map has come to rest since.
      await page.waitForFunction(() => window.__atlas.prepared.includes('buurt'), null, { timeout: 60_000 });
      expect(await shows(page, amsterdamBounds), `still over Amsterdam: ${JSON.stringify(viewOf(page))}`).toBe(true);
    } finally {
      release();
      await page.unroute(geometry);
    }
  });

  it('lists results readably on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const search = page.getByTestId('search');
    await search.fill('');
    await search.fill('centrum');
    await page.locator('.search-option').first().waitFor();
    expect(await page.locator('.search-option').count()).toBeGreaterThan(5);
    const list = await page.locator('.search-list').boundingBox();
    expect(list && list.x >= 0 && list.x + list.width <= 390, `list inside the screen: ${JSON.stringify(list)}`).toBe(true);
    await screenshot(page, 'search-03-list-390');
  });
});
