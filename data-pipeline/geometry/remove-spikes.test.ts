import { describe, expect, it } from 'vitest';
import { removeLayerSpikes } from './remove-spikes.ts';
import { spikesOf, type Position, type Ring } from './ring-spikes.ts';

/**
 * Theresia Midden (BU08552702, Tilburg) after the 15 m simplification, in miniature: a three-way node T
 * where the south buurt, the north-west one and the north-east one meet; the north-east buurt's border runs
 * along the south buurt to T and turns back 34 m along the north-west one (a needle 2 m wide at its base).
 */
/** Published as TopoJSON quantised to this many steps over the layer's box (prepare-level-geometry.ts QUANTIZATION). */
const STEPS = 100_000;
const T: Position = [5.009, 52.01];
const P: Position = [5.0095, 52.01002];
const ring = (...points: Position[]): Ring => [...points, points[0] as Position];
const feature = (code: string, rings: Ring[]) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: rings } });
const mosaic = [
  feature('south', [ring([5.0, 52.0], [5.02, 52.0], [5.02, 52.01], T, [5.0, 52.01])]),
  feature('northwest', [ring([5.0, 52.01], T, P, [5.0095, 52.02], [5.0, 52.02])]),
  feature('northeast', [ring(T, [5.02, 52.01], [5.02, 52.02], [5.0095, 52.02], P)]),
];

const read = (layerJson: string) =>
  new Map(
    (JSON.parse(layerJson) as { features: { properties: { code: string }; geometry: { coordinates: Ring[] } }[] }).features.map((f) => [
      f.properties.code,
      f.geometry.coordinates,
    ]),
  );
const area = (r: Ring) => Math.abs(r.slice(1).reduce((sum, p, i) => sum + (r[i] as Position)[0] * p[1] - p[0] * (r[i] as Position)[1], 0)) / 2;

describe('removeLayerSpikes', () => {
  it('gives the needle at a three-way node to the neighbour across it and keeps the mosaic without gaps or overlaps', () => {
    const { layerJson, removed } = removeLayerSpikes(JSON.stringify({ type: 'FeatureCollection', features: mosaic }), STEPS);
    expect(removed).toBeGreaterThan(0);
    const rings = read(layerJson);
    for (const [code, polygon] of rings) expect(polygon.flatMap(spikesOf), code).toEqual([]);
    // The needle's tip cut off 34 m from T along the south buurt's border (the length of the shorter leg).
    const hasTip = (r: Ring | undefined) => (r ?? []).some((p) => Math.abs(p[0] - 5.0095) < 1e-5 && Math.abs(p[1] - 52.01) < 1e-6);
    const northeast = rings.get('northeast')?.[0] ?? [];
    expect(northeast.some((p) => Math.abs(p[0] - T[0]) < 1e-6)).toBe(false);
    // The north-west buurt takes the needle; the south one gets the new vertex on its (unchanged) border.
    expect(hasTip(rings.get('northwest')?.[0])).toBe(true);
    expect(hasTip(rings.get('south')?.[0])).toBe(true);
    expect(hasTip(northeast)).toBe(true);
    // Still a mosaic of the 0.02° square: the areas add up to it exactly.
    const total = [...rings.values()].reduce((sum, polygon) => sum + area(polygon[0] ?? []), 0);
    expect(total).toBeCloseTo(0.02 * 0.02, 12);
  });

  it('cuts a needle on the coast, where no neighbour can take it', () => {
    const alone = feature('alone', [ring([5.0, 52.0], [5.01, 52.0], [5.0105, 52.00001], [5.01, 52.00002], [5.01, 52.01], [5.0, 52.01])]);
    const { layerJson, removed } = removeLayerSpikes(JSON.stringify({ type: 'FeatureCollection', features: [alone] }), STEPS);
    expect(removed).toBeGreaterThan(0);
    expect(read(layerJson).get('alone')?.flatMap(spikesOf)).toEqual([]);
  });

  it('leaves a layer without spikes as it was', () => {
    const square = feature('square', [ring([5.0, 52.0], [5.01, 52.0], [5.01, 52.01], [5.0, 52.01])]);
    const { layerJson, removed } = removeLayerSpikes(JSON.stringify({ type: 'FeatureCollection', features: [square] }), STEPS);
    expect(removed).toBe(0);
    const [after] = read(layerJson).get('square') ?? [];
    (square.geometry.coordinates[0] ?? []).forEach(([x, y], i) => {
      expect(after?.[i]?.[0]).toBeCloseTo(x, 9);
      expect(after?.[i]?.[1]).toBeCloseTo(y, 9);
    });
  });
});
