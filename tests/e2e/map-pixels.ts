/**
 * Reading what the map really drew: a screenshot of the map element (legend and attribution masked, since
 * they carry the same swatch colours) decoded with pngjs, so tests count colours a user would see.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** Pure magenta is in no palette we use, so masked pixels never count as a class colour. */
const MASK = '#ff00ff';

export type Rgb = [number, number, number];

export async function mapPixels(page: Page): Promise<PNG> {
  const buffer = await page.getByTestId('map').screenshot({
    mask: [page.getByTestId('legend'), page.locator('.attribution, .maplibregl-ctrl')],
    maskColor: MASK,
    animations: 'disabled',
  });
  return PNG.sync.read(buffer);
}

/**
 * Does `action`, then waits for the map's next counted render and two frames more, for the compositor. A render
 * counted may be an earlier one (a table arriving in the background redraws the map): compare pixels by polling.
 */
export async function afterRedraw(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => window.__atlas.renders);
  await action();
  await page.waitForFunction((n) => window.__atlas.renders > n, before, { timeout: 30_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The map once it has stopped changing: two screenshots, at least two frames apart, that agree. A baseline taken
 * this way is not a frame that was still on its way to the screen (new colours are drawn a frame or more after
 * the legend and the DOM show them), nor one before the names and water arrived.
 */
export async function settledMapPixels(page: Page): Promise<PNG> {
  let last = await mapPixels(page);
  for (let i = 0; i < 30; i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const next = await mapPixels(page);
    if (changedShare(last, next) < 0.0005) return next;
    last = next;
  }
  throw new Error('the map kept changing over 30 screenshots');
}

export function parseCssColor(css: string): Rgb {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The most frequent colour that is not the mask: the map's background (sea and the world outside). */
export function backgroundColour(png: PNG): Rgb {
  const counts = new Map<number, number>();
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    if (key !== 0xff00ff) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return [key >> 16, (key >> 8) & 0xff, key & 0xff];
}

/**
 * Share of the image's pixels drawn in each class colour. Fills are slightly translucent, so a pixel counts
 * when it lies on the line from the class colour towards the background at an opacity of at least 0.75.
 */
export function colourShares(png: PNG, colours: Rgb[], tolerance = 6, background?: Rgb): number[] {
  // Pass the map's background when fills cover most of the view (zoomed in): the most frequent colour is then a fill.
  const bg = background ?? backgroundColour(png);
  const counts = colours.map(() => 0);
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const p = [data[i]!, data[i + 1]!, data[i + 2]!];
    for (let c = 0; c < colours.length; c++) {
      const d = colours[c]!.map((v, k) => v - bg[k]!);
      const q = p.map((v, k) => v - bg[k]!);
      const len2 = d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2;
      const alpha = len2 === 0 ? 1 : (q[0]! * d[0]! + q[1]! * d[1]! + q[2]! * d[2]!) / len2;
      if (alpha < 0.75 || alpha > 1.02) continue;
      if (q.every((v, k) => Math.abs(v - alpha * d[k]!) <= tolerance)) {
        counts[c]! += 1;
        break;
      }
    }
  }
  const total = data.length / 4;
  return counts.map((n) => n / total);
}

/** Fraction of pixels whose colour changed visibly between two drawings of the same size. */
export function changedShare(a: PNG, b: PNG, threshold = 24): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > threshold ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > threshold ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > threshold
    )
      changed++;
  }
  return changed / (a.data.length / 4);
}

/** The legend's class swatch colours as drawn (not the ones for "geen gegevens"/"te weinig inwoners"). */
export async function legendClassColours(page: Page): Promise<Rgb[]> {
  const css = await page
    .locator('[data-testid="legend"] .legend-row .swatch:not(.swatch-hatch):not(.swatch-missing)')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  return css.map(parseCssColor);
}
