/** Hovering the map in e2e tests until its tooltip names a region. */
import type { Page } from 'playwright-core';

/** A point on the map as fractions of its box: [across, down]. */
export type MapPoint = readonly [number, number];

/**
 * Moves over `points` in turn until the tooltip shows a region; returns its name and where the pointer is. At each
 * point it waits for the tooltip (isVisible does not: Playwright ignores its timeout, and on a busy machine the
 * tooltip comes a few frames after the move).
 */
export async function hoverRegion(page: Page, points: readonly MapPoint[], steps = 1): Promise<{ name: string; x: number; y: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map box');
  const tooltip = page.getByTestId('tooltip');
  for (const [fx, fy] of points) {
    const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
    await page.mouse.move(x, y, { steps });
    const shown = await tooltip.waitFor({ state: 'visible', timeout: 3000 }).then(
      () => true,
      () => false,
    );
    if (shown) return { name: (await tooltip.locator('.tooltip-name').innerText()).trim(), x, y };
  }
  throw new Error('no tooltip over the middle of the map');
}
