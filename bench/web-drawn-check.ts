/**
 * Does the app's "drawn" stamp (the animation frame after MapLibre's idle) agree with what reaches the screen?
 * Chromium's screencast sends every frame it presents with the frame's own timestamp; the first frame whose
 * map pixels show the new colours (≥ 90 % of the change the settled map shows) is when they were presented.
 * Its timestamp and the app's stamp are both wall clock on one machine (Date.now), so they compare directly.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { changedShare } from '../tests/e2e/map-pixels.ts';

export interface DrawnCheck {
  /** ms from the click to the app's drawn stamp. */
  drawnMs: number;
  /** ms from the click to the first presented frame with the new colours, and to the frame before it. */
  presentedMs: number;
  previousFrameMs: number;
  frames: number;
}

interface Frame {
  png: PNG;
  at: number;
}

/** The map's part of a (scaled) screencast frame. */
function crop(png: PNG, box: { x: number; y: number; width: number; height: number }, scale: number): PNG {
  const [x0, y0] = [Math.round(box.x * scale), Math.round(box.y * scale)];
  const out = new PNG({ width: Math.round(box.width * scale), height: Math.round(box.height * scale) });
  for (let y = 0; y < out.height; y++) png.data.copy(out.data, y * out.width * 4, ((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + out.width) * 4);
  return out;
}

export async function drawnVsScreenshot(page: Page, selector: string): Promise<DrawnCheck> {
  const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
  const viewport = page.viewportSize();
  if (!canvas || !viewport) throw new Error('no map canvas');
  // The map without its edges (legend, attribution and controls sit there and carry class colours too).
  const box = { x: canvas.x + canvas.width * 0.25, y: canvas.y + canvas.height * 0.2, width: canvas.width * 0.5, height: canvas.height * 0.6 };
  const scale = 0.5;
  const cdp = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    frames.push({ png: crop(PNG.sync.read(Buffer.from(data, 'base64')), box, scale), at: (metadata.timestamp ?? NaN) * 1000 });
    void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', maxWidth: Math.round(viewport.width * scale), maxHeight: Math.round(viewport.height * scale) });
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  const renders = await page.evaluate(() => window.__atlas.renders);
  await page.locator(selector).first().waitFor();
  // Clicked inside the page, so the click time and the app's change mark are the same moment.
  const clickedAt = await page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel}`);
    const t = Date.now();
    el.click();
    return t;
  }, selector);
  await page.waitForFunction((n) => window.__atlas.renders > n, renders, { timeout: 60_000, polling: 10 });
  const drawnMs = await page.evaluate(() => window.__atlas.lastRenderMs ?? NaN);
  // Frames after the stamp, so the settled picture is among them.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
  await cdp.send('Page.stopScreencast');
  await cdp.detach();
  const before = frames.filter((f) => f.at < clickedAt).pop();
  const after = frames.filter((f) => f.at >= clickedAt);
  const settled = after[after.length - 1];
  if (!before || !settled) throw new Error(`screencast sent no frame before or after the click (${frames.length} frames)`);
  const full = changedShare(before.png, settled.png);
  if (full === 0) throw new Error('the click changed no pixel in the middle of the map');
  const first = after.findIndex((f) => changedShare(before.png, f.png) >= 0.9 * full);
  return {
    drawnMs,
    presentedMs: (after[first]?.at ?? NaN) - clickedAt,
    previousFrameMs: (first > 0 ? (after[first - 1]?.at ?? NaN) : before.at) - clickedAt,
    frames: after.length,
  };
}
