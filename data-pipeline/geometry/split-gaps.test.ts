import { describe, expect, it } from 'vitest';
import { describeDefects, findMosaicDefects } from './mosaic-defects.ts';
import { prepareLevelGeometry, type PrepareGeometryInput } from './prepare-level-geometry.ts';

/**
 * Two buurten traced apart, a third across their north ends: a wedge-shaped gap between them, 0 m wide at the south end and 0.0015° (≈ 100 m)
 * at the north end, as the approximate buurt layer has them.
 */
const square = (code: string, ring: number[][]) => ({ type: 'Feature', properties: { buurtcode: code }, geometry: { type: 'Polygon', coordinates: [ring] } });
const layer = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    square('BU00010001', [
      [5.0, 52.0],
      [5.01, 52.0],
      [5.01, 52.01],
      [5.0, 52.01],
      [5.0, 52.0],
    ]),
    square('BU00010002', [
      [5.01, 52.0],
      [5.02, 52.0],
      [5.02, 52.01],
      [5.0115, 52.01],
      [5.01, 52.0],
    ]),
    // closes the wedge at the north, so it is a gap inside the mosaic rather than an inlet from outside
    square('BU00010003', [
      [5.0, 52.01],
      [5.02, 52.01],
      [5.02, 52.015],
      [5.0, 52.015],
      [5.0, 52.01],
    ]),
  ],
});
const input: PrepareGeometryInput = {
  geojsonText: layer,
  sourcePath: 'wedge.geojson',
  codeProperty: 'buurtcode',
  keepCodes: new Set(['BU00010001', 'BU00010002', 'BU00010003']),
  keepShare: 1,
  snapDeg: 0.0003,
  gapM: 150,
};

describe('gap split', () => {
  it('splitGaps shares the wedge between both neighbours and keeps the outer borders where they were', async () => {
    const { labelPoints, missingCodes, topojson } = await prepareLevelGeometry({ ...input, splitGaps: true });
    expect(missingCodes).toEqual([]);
    // No spike, and the wedge is closed.
    expect(describeDefects(findMosaicDefects(topojson, 150))).toEqual([]);
    const west = labelPoints.get('BU00010001')?.bbox ?? [];
    const east = labelPoints.get('BU00010002')?.bbox ?? [];
    // Both keep part of the wedge: the west buurt grows into it, the east one keeps its own border.
    expect(west[2]).toBeGreaterThan(5.0101);
    expect(west[2]).toBeLessThan(5.0114);
    expect(east[0]).toBeCloseTo(5.01, 4);
    // The coast of the two (the outer border) does not grow: the growth is clipped to what -clean covers.
    expect(west[0]).toBeCloseTo(5.0, 5);
    expect([west[1], west[3], east[1], east[3]].map((v) => Math.round((v ?? 0) * 1e4) / 1e4)).toEqual([52.0, 52.01, 52.0, 52.01]);
    // The north buurt takes its share from the wedge's wide end; its outer borders stay.
    const north = labelPoints.get('BU00010003')?.bbox ?? [];
    expect([north[0], north[2], north[3]]).toEqual([5.0, 5.02, 52.015]);
    expect(north[1]).toBeLessThan(52.01);
    expect(east[2]).toBeCloseTo(5.02, 5);
  });
});
