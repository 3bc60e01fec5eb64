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

  it('draws names with a local font only: symbol layers, but no glyph server', () => {
    const symbols = offlineStyle().layers.filter((l) => l.type === 'symbol');
    expect(symbols.map((l) => l.id)).toEqual(['label-gemeente', 'label-wijk', 'label-buurt']);
    expect(offlineStyle().glyphs).toBeUndefined();
  });

  it('makes a hatch pattern of the right size', () => {
    const img = hatchImage(8, 2);
    expect(img.width).toBe(16);
    expect(img.data.length).toBe(16 * 16 * 4);
  });
});
