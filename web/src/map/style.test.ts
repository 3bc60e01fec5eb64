import { describe, expect, it } from 'vitest';
import { hatchImage, offlineStyle } from './style.ts';

describe('offline map style', () => {
  it('references nothing outside our origin: no glyphs, sprites or remote sources', () => {
    const style = offlineStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|mapbox:|\/\//);
    for (const src of Object.values(style.sources)) expect(src.type).toBe('geojson');
  });

  it('has no symbol layers (they would need remote glyphs)', () => {
    expect(offlineStyle().layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('makes a hatch pattern of the right size', () => {
    const img = hatchImage(8, 2);
    expect(img.width).toBe(16);
    expect(img.data.length).toBe(16 * 16 * 4);
  });
});
