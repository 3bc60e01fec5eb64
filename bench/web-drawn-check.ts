/**
 * Does the app's "drawn" stamp (the animation frame after MapLibre's idle) agree with what reaches the screen?
 * Chromium's screencast sends every frame it presents with the frame's own timestamp; the first frame whose map
 * pixels show the new picture is when it was presented. Its timestamp and the app's stamps are both wall clock on
 * one machine (Date.now, performance.timeOrigin + now), so they compare directly. Checked once per bench run, for
 * the first map and for an indicator switch, each apart from the timed runs (encoding frames costs the page time).
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { changedShare, colourShares, legendClassColours } from '../tests/e2e/map-pixels.ts';
import { waitReady } from './page-signals.ts';

export interface DrawnCheck {
  /** ms from the start (navigation or click) to the app's drawn stamp. */
  drawnMs: number;
  /** ms from the start to the first presented frame with the new picture, and to the frame before it. */
  presentedMs: number;
  previousFrameMs: number;
  frames: number;
}

interface Frame {
  png: PNG;
  /** Wall clock, ms. */
  at: number;
}

/** Frames are recorded at half size. */
const SCALE = 0.5;

/** Records the page's presented frames until stopped. */
async function recordScreencast(page: Page): Promise<{ frames: Frame[]; stop(): Promise<void> }> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const cdp = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    frames.push({ png: PNG.sync.read(Buffer.from(data, 'base64')), at: (metadata.timestamp ?? NaN) * 1000 });
    void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', maxWidth: Math.round(viewport.width * SCALE), maxHeight: Math.round(viewport.height * SCALE) });
  return {
    frames,
    stop: async () => {
      // Frames after the stamp, so the settled picture is among them.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
      await cdp.send('Page.stopScreencast');
      await cdp.detach();
    },
  };
}

/** The middle of the map, without its edges (legend, attribution and controls sit there and carry class colours too). */
async function mapMiddle(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!canvas) throw new Error('no map canvas');
  return { x: canvas.x + canvas.width * 0.25, y: canvas.y + canvas.height * 0.2, width: canvas.width * 0.5, height: canvas.height * 0.6 };
}

/** That part of a half-size frame. */
function crop(png: PNG, box: { x: number; y: number; width: number; height: number }): PNG {
  const [x0, y0] = [Math.round(box.x * SCALE), Math.round(box.y * SCALE)];
  const out = new PNG({ width: Math.round(box.width * SCALE), height: Math.round(box.height * SCALE) });
  for (let y = 0; y < out.height; y++) png.data.copy(out.data, y * out.width * 4, ((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + out.width) * 4);
  return out;
}

/** The check for frames after `start`: the first whose score reaches 90 % of `full`. */
function check(frames: Frame[], start: number, drawnMs: number, score: (frame: Frame) => number, full: number): DrawnCheck {
  const after = frames.filter((f) => f.at >= start);
  const first = after.findIndex((f) => score(f) >= 0.9 * full);
  // a check without a presented frame must fail, not print NaN beside the stamp
  if (first < 0) throw new Error(`no frame of the screencast after the start reaches 90 % of the change (${after.length} of ${frames.length} frames after it)`);
  const before = frames.filter((f) => f.at < start).pop();
  return {
    drawnMs,
    presentedMs: (after[first]?.at ?? NaN) - start,
    previousFrameMs: (first > 0 ? (after[first - 1]?.at ?? NaN) : (before?.at ?? NaN)) - start,
    frames: after.length,
  };
}

/** An indicator switch: the first frame showing ≥ 90 % of the change the settled map shows. */
export async function drawnVsScreenshot(page: Page, selector: string): Promise<DrawnCheck> {
  const box = await mapMiddle(page);
  const cast = await recordScreencast(page);
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
  await cast.stop();
  const before = cast.frames.filter((f) => f.at < clickedAt).pop();
  const settled = cast.frames[cast.frames.length - 1];
  if (!before || !settled || settled.at < clickedAt) throw new Error(`screencast sent no frame before or after the click (${cast.frames.length} frames)`);
  const [from, to] = [crop(before.png, box), crop(settled.png, box)];
  const full = changedShare(from, to);
  if (full === 0) throw new Error('the click changed no pixel in the middle of the map');
  return check(cast.frames, clickedAt, drawnMs, (f) => changedShare(from, crop(f.png, box)), full);
}

/**
 * The first map, on a page opened fresh at `url`: the first frame whose middle of the map shows ≥ 90 % of the most
 * class colour (the legend's swatches) any frame showed. The most, not the last: names and lines drawn after the
 * first map cover some of the colour.
 */
export async function firstMapVsScreencast(page: Page, url: string): Promise<DrawnCheck> {
  const cast = await recordScreencast(page);
  await page.goto(url);
  await waitReady(page, '__atlas');
  const { firstMapMs, timeOrigin } = await page.evaluate(() => ({ firstMapMs: window.__atlas.firstMapMs ?? NaN, timeOrigin: performance.timeOrigin }));
  await cast.stop();
  const [box, colours] = [await mapMiddle(page), await legendClassColours(page)];
  const shares = new Map(cast.frames.map((f) => [f, colourShares(crop(f.png, box), colours).reduce((a, b) => a + b, 0)]));
  const full = Math.max(...shares.values());
  if (!(full > 0)) throw new Error(`no frame of the screencast shows a class colour (${cast.frames.length} frames)`);
  return check(cast.frames, timeOrigin, firstMapMs, (f) => shares.get(f) ?? 0, full);
}
