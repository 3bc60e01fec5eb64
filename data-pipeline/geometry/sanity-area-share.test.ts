import { describe, expect, it } from 'vitest';
import { BandedPolygon, PolygonLayer, areaShareInside, type Ring } from './sanity-area-share.ts';

const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const polygon = (...rings: Ring[]) => new BandedPolygon(rings);

describe('area share by sampling', () => {
  // Two parents side by side: [5, 6] × [52, 53] and [6, 7] × [52, 53].
  const west = polygon(square(5, 52, 1));
  const east = polygon(square(6, 52, 1));
  const layer = new PolygonLayer([west, east]);

  it('is 1 for a child well inside its parent, 0 for one inside the neighbour', () => {
    expect(areaShareInside([square(5.2, 52.2, 0.3)], west, layer)).toBe(1);
    expect(areaShareInside([square(6.2, 52.2, 0.3)], west, layer)).toBe(0);
  });

  it('measures area, not the bounding box: a child straddling the border by a quarter scores about 0.75', () => {
    const share = areaShareInside([square(5.7, 52.4, 0.4)], west, layer);
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });

  it('counts holes out (even-odd): a ring with its west half cut out lies in the east parent', () => {
    // Outer ring over both parents, a hole over all of its part in the west parent.
    const child: Ring[] = [
      square(5.5, 52.2, 1),
      [
        [5.5, 52.2],
        [6, 52.2],
        [6, 53.2],
        [5.5, 53.2],
        [5.5, 52.2],
      ],
    ];
    expect(areaShareInside(child, east, layer)).toBeGreaterThan(0.95);
  });

  it('leaves out what no parent covers (sea next to a land-clipped gemeente layer) and says null when too little is covered', () => {
    // Half over the west parent, half north of the layer: everything covered is inside.
    expect(areaShareInside([square(5.3, 52.8, 0.4)], west, layer)).toBe(1);
    expect(areaShareInside([square(5.3, 53.5, 0.4)], west, layer)).toBeNull();
  });

  it('samples a thin child on a finer lattice instead of failing on it', () => {
    const sliver: Ring = [
      [5.1, 52.5],
      [5.9, 52.5],
      [5.9, 52.5005],
      [5.1, 52.5],
    ];
    expect(areaShareInside([sliver], west, layer)).toBe(1);
  });
});
