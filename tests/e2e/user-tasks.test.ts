/**
 * Users' tasks from issue 16, end to end on the real build: every "i" popover shows all its facts inside its
 * box; a gemeente's wijken can be listed in the table and exported as exactly that gemeente's wijken.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Manifest } from '@atlas/contract';
import { parseCsv } from '../support/csv-reader.ts';
import { tableFromIPC } from 'apache-arrow';
import { openSession, screenshot, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
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
  let session: Session;
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = (await (await served('manifest.json')).json()) as Manifest;
    session = await openSession(baseUrl, { width: 1440, height: 900 });
  });
  afterAll(async () => session?.close());

  it('shows every label and value inside the popover for every published indicator-level', async () => {
    const { page } = session;
    const checked = new Set<string>();
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
          if (checked.size === 0) await screenshot(page, 'w2/popover-desktop');
          await page.keyboard.press('Escape');
          await page.locator('.popover').waitFor({ state: 'detached' });
          checked.add(`${id}@${level}`);
        }
      }
    }
    const published = manifest.indicators.reduce((n, i) => n + i.levels.length, 0);
    expect(checked.size).toBe(published);
  });
});

describe('the wijken of a gemeente', () => {
  let session: Session;
  let tilburg: string[];
  beforeAll(async () => {
    const wijk = tableFromIPC(new Uint8Array(await (await served('wijk.arrow')).arrayBuffer()));
    tilburg = wijk.toArray().flatMap((r: { code: string; gemeente_code: string }) => (r.gemeente_code === 'GM0855' ? [String(r.code)] : []));
    session = await openSession(baseUrl, { width: 1440, height: 900 });
  });
  afterAll(async () => session?.close());

  it("lists Tilburg's wijken in its profile and opens the table limited to exactly them", async () => {
    const { page } = session;
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
    const { page } = session;
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

describe('moving between pages', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(baseUrl, { width: 1440, height: 900 });
  });
  afterAll(async () => session?.close());

  it('preloads the map files on the map route only', async () => {
    const { page } = session;
    const mapPreloads = () =>
      page.$$eval('link[rel="preload"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href).filter((h) => /gemeente\.arrow|topojson/.test(h)));
    await page.goto(`${baseUrl}/`);
    await ready(page);
    expect(await mapPreloads()).toHaveLength(3);
    for (const path of ['/vergelijk', '/methode', '/gemeente/GM0855']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('#main h1').first().waitFor({ timeout: 60_000 });
      expect(await mapPreloads(), path).toEqual([]);
    }
  });

  it('moves focus to the new page heading after following a link, and copies the address', async () => {
    const { page, context } = session;
    await page.goto(`${baseUrl}/?niveau=gemeente&gebied=GM0855`);
    await ready(page);
    await page.getByTestId('nav-compare').click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vergelijk gebieden');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link-status').innerText()).toBe('Link gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});
