import { describe, expect, it } from 'vitest';
import { describeDefects, findMosaicDefects } from './mosaic-defects.ts';
import { prepareLevelGeometry } from './prepare-level-geometry.ts';
import { spikesOf, type Position, type Ring } from './ring-spikes.ts';

/**
 * WK001404 (Groningen) in miniature: wijk A pokes a needle 0.004° (≈ 270 m) long and ≈ 3 m wide at its base
 * between wijken B and C, which meet along the needle's line. -clean keeps it (no gap, no overlap), so the
 * official route must hand it over.
 */
const ring = (...points: Position[]): Ring => [...points, points[0] as Position];
const wijk = (code: string, outer: Ring) => ({ type: 'Feature', properties: { wijkcode: code }, geometry: { type: 'Polygon', coordinates: [outer] } });
const base: Position = [5.01, 52.005];
const tip: Position = [5.014, 52.005];
const side: Position = [5.01, 52.005025]; // the needle's other base corner, ≈ 3 m north
const layer = {
  type: 'FeatureCollection',
  features: [
    wijk('WK000101', ring([5.0, 52.0], [5.01, 52.0], base, tip, side, [5.01, 52.01], [5.0, 52.01])),
    wijk('WK000102', ring([5.01, 52.0], [5.02, 52.0], [5.02, 52.005], tip, base)),
    wijk('WK000103', ring(side, tip, [5.02, 52.005], [5.02, 52.01], [5.01, 52.01])),
  ],
};

describe('clean route (official layers)', () => {
  it('hands a needle that -clean leaves to a neighbour, keeping the mosaic closed', async () => {
    const needle = layer.features[0]?.geometry.coordinates[0] ?? [];
    expect(spikesOf(needle)).toHaveLength(1);
    const { topojson, missingCodes } = await prepareLevelGeometry({
      geojsonText: JSON.stringify(layer),
      sourcePath: 'needle.geojson',
      codeProperty: 'wijkcode',
      keepCodes: new Set(['WK000101', 'WK000102', 'WK000103']),
      keepShare: 1,
      snapDeg: 0.000001,
    });
    expect(missingCodes).toEqual([]);
    expect(describeDefects(findMosaicDefects(topojson, 100))).toEqual([]);
  });
});
