/**
 * Developer smoke run in a real browser (not the e2e suite): drives the built app served by `vite preview`,
 * blocks and counts every request to another origin, collects console errors and CSP violations, measures
 * the window.__atlas hooks and writes screenshots to test-artifacts/.
 *
 *   npx vite build && cp -r <data> dist/data && npx vite preview --port 5173 --strictPort &
 *   npx tsx web/dev/smoke.ts [baseUrl=http://localhost:5173]
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:5173';
const out = 'test-artifacts';
mkdirSync(out, { recursive: true });

const origin = new URL(base).origin;
const foreign: string[] = [];
const problems: string[] = [];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function open(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`[console.${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

const hooks = (page: Page) => page.evaluate(() => ({ ...window.__atlas }));
const step = async (label: string, fn: () => Promise<unknown>): Promise<void> => {
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${label} (${Date.now() - t0} ms)`);
  } catch (e) {
    problems.push(`[step] ${label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    console.log(`FAIL ${label}`);
  }
};

const page = await open(1366, 768);
const t0 = Date.now();
await page.goto(base);
await step('first map', () => page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 15_000 }));
console.log('first map wall-clock ms', Date.now() - t0, await hooks(page));
await page.screenshot({ path: `${out}/01-gemeente.png` });

await step('duckdb ready', () => page.waitForFunction(() => window.__atlas?.duckdbReady, null, { timeout: 60_000 }));
console.log('hooks', await hooks(page));

// Indicator switch timing.
const indicators = await page.$$eval('[data-testid^="indicator-"]', (els) => els.map((e) => e.getAttribute('data-testid')!));
console.log('indicators', indicators);
for (const id of indicators.slice(1, 3)) {
  await step(`switch ${id}`, async () => {
    const before = (await hooks(page)).renders;
    await page.getByTestId(id).check();
    await page.waitForFunction((n) => window.__atlas.renders > n, before);
  });
  console.log('  lastRenderMs', (await hooks(page)).lastRenderMs);
}

// Hover tooltip over the middle of the map.
await step('hover tooltip', async () => {
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  await page.getByTestId('tooltip').waitFor({ timeout: 5000 });
});
await page.screenshot({ path: `${out}/02-hover.png` });

// Click selects and opens the profile.
await step('click selects', async () => {
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.5);
  await page.waitForFunction(() => new URL(location.href).searchParams.has('gebied'));
});
await page.screenshot({ path: `${out}/03-profile.png` });

// Search, keyboard only.
await step('search keyboard', async () => {
  await page.getByTestId('search').fill('Utrecht');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('gebied') === 'GM0344');
  await page.waitForTimeout(1500);
});
await page.screenshot({ path: `${out}/04-search-utrecht.png` });

// Wijk level.
await step('wijk level', async () => {
  const before = (await hooks(page)).renders;
  await page.getByTestId('level-wijk').click();
  await page.waitForFunction((n) => window.__atlas.renders > n && window.__atlas.mapLevel === 'wijk', before, { timeout: 15_000 });
});
console.log('  wijk lastRenderMs', (await hooks(page)).lastRenderMs);
await page.screenshot({ path: `${out}/05-wijk.png` });

// Buurt: no geometry → list.
await step('buurt list', async () => {
  await page.getByTestId('level-buurt').click();
  await page.getByTestId('no-buurt-map').waitFor({ timeout: 5000 });
});
await page.screenshot({ path: `${out}/06-buurt.png` });

// Aggregate profile via hierarchy link.
await step('aggregate profile', async () => {
  await page.getByTestId('level-gemeente').click();
  await page.getByTestId('search').fill('Amsterdam');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await page.locator('.hierarchy a').first().click();
  await page.waitForSelector('.member-list li', { timeout: 20_000 });
});
await page.screenshot({ path: `${out}/07-aggregate.png` });

// Info popover.
await step('info popover', async () => {
  await page.locator('.side-panel .info-button').nth(1).click();
  await page.locator('.popover').waitFor();
});
await page.screenshot({ path: `${out}/08-info.png` });
await page.keyboard.press('Escape');

// Table view.
await step('table view', async () => {
  await page.getByTestId('view-table').click();
  await page.locator('.data-table tbody tr').first().waitFor();
  await page.locator('.sort-button').nth(1).click();
  await page.waitForTimeout(500);
});
await page.screenshot({ path: `${out}/09-table.png` });

// Back/forward restore.
await step('history back', async () => {
  const before = page.url();
  await page.goBack();
  await page.waitForFunction((u) => location.href !== u, before);
});

// Reload restores the exact view.
await step('reload restores', async () => {
  await page.getByTestId('view-map').click().catch(() => undefined);
  const url = page.url();
  await page.reload();
  await page.waitForFunction(() => window.__atlas?.ready);
  await page.waitForTimeout(800);
  if (page.url() !== url) throw new Error(`url changed after reload: ${url} → ${page.url()}`);
});

// Tablet.
const tablet = await open(820, 1180);
await tablet.goto(`${base}/?gebied=GM0363`);
await step('tablet first map', () => tablet.waitForFunction(() => window.__atlas?.ready, null, { timeout: 15_000 }));
await tablet.waitForTimeout(1500);
await tablet.screenshot({ path: `${out}/10-tablet.png` });

// Placeholder route and keyboard focus.
const other = await open(1366, 768);
await other.goto(`${base}/methode`);
await other.getByTestId('placeholder-page').waitFor();
await other.keyboard.press('Tab');
await other.keyboard.press('Tab');
await other.screenshot({ path: `${out}/11-methode-focus.png` });

await browser.close();
console.log(`\nforeign requests: ${foreign.length}`);
for (const f of foreign) console.log('  ', f);
console.log(`problems: ${problems.length}`);
for (const p of problems) console.log('  ', p);
process.exit(problems.length || foreign.length ? 1 : 0);
