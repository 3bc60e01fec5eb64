import { describe, expect, it } from 'vitest';
import { cameraOf, mercatorRect, mercatorX, mercatorY } from './camera-framing.ts';

describe('camera of a framing', () => {
  it('puts Greenwich on the equator in the middle of the world, the north up', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(52)).toBeLessThan(mercatorY(51));
    const box = mercatorRect([3.31, 50.75, 7.23, 53.56]);
    expect(box.top).toBeLessThan(box.bottom);
    expect(box.left).toBeLessThan(box.right);
  });

  it('gives the centre and zoom that draw the framed point in the middle of the map', () => {
    const view = { width: 800, height: 600 };
    const [lon, lat] = [5.3, 52.1];
    // zoom 7: the world is 512 · 2^7 pixels wide; the point drawn at the map's middle
    const scale = 512 * 2 ** 7;
    const camera = cameraOf({ scale, tx: 400 - mercatorX(lon) * scale, ty: 300 - mercatorY(lat) * scale }, view);
    expect(camera.zoom).toBeCloseTo(7, 12);
    expect(camera.center[0]).toBeCloseTo(lon, 9);
    expect(camera.center[1]).toBeCloseTo(lat, 9);
  });
});
