import mapshaper from 'mapshaper';
import { describe, expect, it } from 'vitest';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { outputText } from './mapshaper-run.ts';
import { describeDefects, findMosaicDefects } from './mosaic-defects.ts';
import type { Position, Ring } from './ring-spikes.ts';

const ring = (...points: Position[]): Ring => [...points, points[0] as Position];
const feature = (code: string, outer: Ring) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [outer] } });

/** The layer as the geometry stage publishes it: one topology, object TOPOJSON_OBJECT, id = code; no cleaning. */
async function topojson(features: object[]): Promise<string> {
  const files = { 'layer.json': JSON.stringify({ type: 'FeatureCollection', features }) };
  const out = await mapshaper.applyCommands(
    `-i layer.json -rename-layers ${TOPOJSON_OBJECT} -o out.topojson format=topojson quantization=100000 id-field=code`,
    files,
  );
  return outputText(out['out.topojson'], 'TopoJSON of the test layer');
}

describe('findMosaicDefects', () => {
  it('names the region with a needle turning back on its border', async () => {
    const west = feature('BU00010001', ring([5.0, 52.0], [5.01, 52.0], [5.01, 52.01], [5.0, 52.01]));
    // 34 m west along its own border and back, 1 m apart: a needle the map draws as a wedge
    const east = feature('BU00010002', ring([5.01, 52.0], [5.02, 52.0], [5.02, 52.01], [5.01, 52.01], [5.01, 52.005], [5.0095, 52.005], [5.01, 52.00499]));
    const defects = findMosaicDefects(await topojson([west, east]), 150);
    expect(defects.spikes.map((s) => s.code)).toEqual(['BU00010002']);
    expect(defects.spikes[0]?.lengthM).toBeGreaterThan(30);
    expect(defects.gaps).toEqual([]);
    expect(describeDefects(defects)[0]).toMatch(/^BU00010002: spike at 5\.0095\d,52\.0050\d, 3\d m long/);
  });

  it('names the regions around a wedge gap narrower than the gap width, and leaves a wide hole alone', async () => {
    const south = feature('BU00010001', ring([4.99, 52.0], [5.03, 52.0], [5.03, 52.01], [5.02, 52.01], [5.0, 52.01], [4.99, 52.01]));
    // its south border bows 22 m north between 5.00° and 5.02°: a wedge gap 1.4 km long, about 11 m wide on average
    const north = feature('BU00010002', ring([4.99, 52.01], [5.0, 52.01], [5.01, 52.0102], [5.02, 52.01], [5.03, 52.01], [5.03, 52.02], [4.99, 52.02]));
    const layer = await topojson([south, north]);
    const defects = findMosaicDefects(layer, 150);
    expect(defects.spikes).toEqual([]);
    expect(defects.gaps).toHaveLength(1);
    expect(defects.gaps[0]?.codes).toEqual(['BU00010001', 'BU00010002']);
    expect(defects.gaps[0]?.widthM).toBeGreaterThan(5);
    expect(defects.gaps[0]?.widthM).toBeLessThan(20);
    // The same hole counts as real (water, a missing region) when the layer fills only narrower gaps.
    expect(findMosaicDefects(layer, 5).gaps).toEqual([]);
  });
});
