import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import { describe, expect, it } from 'vitest';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { CODE_FIELD, prepareLevelGeometry, type PrepareGeometryInput } from './prepare-level-geometry.ts';
import { M_PER_DEG } from './ring-spikes.ts';
import { arcUseCounts, featureArea, readTopology, unionHoles } from '../../tests/support/geometry.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturePath = path.join(repoRoot, 'tests/fixtures/geometry/buurten-mismatched-borders.geojson');
const fixtureText = readFileSync(fixturePath, 'utf8');
const BUURTEN = ['BU08550101', 'BU08550102', 'BU08550103', 'BU08550104'];
const [ZW, ZO, NW, NO] = BUURTEN as [string, string, string, string];

const buurtInput = (overrides: Partial<PrepareGeometryInput> = {}): PrepareGeometryInput => ({
  geojsonText: fixtureText,
  sourcePath: fixturePath,
  codeProperty: 'buurtcode',
  keepCodes: new Set(BUURTEN),
  keepShare: 1,
  ...overrides,
});

describe('prepareLevelGeometry on buurten whose borders were simplified one by one', () => {
  it('the fixture really has mismatching borders: no shared border segment, gaps and overlaps', async () => {
    // Import only (mapshaper builds arcs from exactly coinciding vertices), no snapping or cleaning.
    const commands = `-quiet -i in.json -rename-layers ${TOPOJSON_OBJECT} -o out.json format=topojson id-field=buurtcode`;
    const out = await mapshaper.applyCommands(commands, { 'in.json': fixtureText });
    const raw = readTopology(String(out['out.json']));
    expect(raw.ids).toEqual(BUURTEN);
    expect(arcUseCounts(raw).every((n) => n === 1)).toBe(true);
    for (const id of BUURTEN) expect(raw.neighbours.get(id)?.size).toBe(0);
    const sum = BUURTEN.reduce((s, id) => s + featureArea(raw, id), 0);
    const square = 0.01 * M_PER_DEG * Math.cos((51.563 * Math.PI) / 180) * 0.006 * M_PER_DEG; // the 0.01° × 0.006° block
    expect(Math.abs(sum - square) / square).toBeGreaterThan(0.002);
  });

  it('comes out as one mosaic: shared arcs between the four neighbours, no gaps, no overlaps', async () => {
    const result = await prepareLevelGeometry(buurtInput());
    expect(result.features).toBe(4);
    expect(result.missingCodes).toEqual([]);
    expect(result.droppedCodes).toEqual([]);

    const read = readTopology(result.topojson);
    expect(Object.keys(read.topology.objects)).toEqual([TOPOJSON_OBJECT]);
    expect([...read.ids].sort()).toEqual(BUURTEN);
    for (const geometry of read.collection.geometries) {
      expect(geometry.properties).toEqual({ [CODE_FIELD]: geometry.id });
    }
    // The 2 × 2 block: each buurt borders the two next to it (the diagonal pairs only touch in the middle).
    expect(read.neighbours.get(ZW)).toEqual(new Set([ZO, NW]));
    expect(read.neighbours.get(ZO)).toEqual(new Set([ZW, NO]));
    expect(read.neighbours.get(NW)).toEqual(new Set([ZW, NO]));
    expect(read.neighbours.get(NO)).toEqual(new Set([ZO, NW]));
    const uses = arcUseCounts(read);
    expect(uses.filter((n) => n === 2).length).toBe(4); // one arc per inner border
    expect(uses.every((n) => n === 1 || n === 2)).toBe(true);

    expect(unionHoles(read)).toEqual([]);
    // No overlaps: the parts add up to the block.
    const sum = BUURTEN.reduce((s, id) => s + featureArea(read, id), 0);
    const square = 0.01 * M_PER_DEG * Math.cos((51.563 * Math.PI) / 180) * 0.006 * M_PER_DEG;
    expect(Math.abs(sum - square) / square).toBeLessThan(0.002);
    // Each buurt keeps (roughly) its own quarter.
    for (const id of BUURTEN) expect(featureArea(read, id) / (square / 4)).toBeGreaterThan(0.9);
  });

  it('keeps the shared arcs and every buurt when simplifying hard, and is deterministic', async () => {
    const a = await prepareLevelGeometry(buurtInput({ keepShare: 0.05 }));
    const b = await prepareLevelGeometry(buurtInput({ keepShare: 0.05 }));
    expect(a.topojson).toBe(b.topojson);
    const read = readTopology(a.topojson);
    expect(read.ids.length).toBe(4);
    for (const id of BUURTEN) expect(read.neighbours.get(id)?.size).toBe(2);
    expect(unionHoles(read)).toEqual([]);
  });

  it('drops features outside keepCodes and reports codes without a feature', async () => {
    const result = await prepareLevelGeometry(buurtInput({ keepCodes: new Set([ZW, ZO, 'BU08550199']) }));
    expect(result.features).toBe(2);
    expect(result.droppedCodes).toEqual([NW, NO]);
    expect(result.missingCodes).toEqual(['BU08550199']);
    const read = readTopology(result.topojson);
    expect([...read.ids].sort()).toEqual([ZW, ZO]);
    expect(read.neighbours.get(ZW)).toEqual(new Set([ZO]));
  });

  it('writes an empty collection when no feature is kept', async () => {
    const result = await prepareLevelGeometry(buurtInput({ keepCodes: new Set(['BU00000000']) }));
    expect(result.features).toBe(0);
    expect(result.missingCodes).toEqual(['BU00000000']);
    expect(result.droppedCodes).toEqual(BUURTEN);
    expect(readTopology(result.topojson).ids).toEqual([]);
  });
});

describe('prepareLevelGeometry rejects bad input, naming file, feature and field', () => {
  const file = 'raw/boundaries/buurten_test.geojson';
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ];
  const feature = (properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: square(5, 52) }) => ({
    type: 'Feature',
    properties,
    geometry,
  });
  const ok = feature({ buurtcode: 'BU00010001' });
  const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  /** The valid buurt and a second one, BU00010002, with `geometry` (the case under test). */
  const withSecond = (geometry: unknown) => collection(ok, feature({ buurtcode: 'BU00010002' }, geometry));
  const polygon = (...rings: unknown[][]) => ({ type: 'Polygon', coordinates: rings });
  const run = (geojsonText: string) =>
    prepareLevelGeometry({ geojsonText, sourcePath: file, codeProperty: 'buurtcode', keepCodes: new Set(['BU00010001']), keepShare: 0.15 });

  it.each([
    ['invalid JSON', '{"type": "FeatureCollection", "features": [', /buurten_test\.geojson: is not valid JSON/],
    [
      'not a FeatureCollection',
      JSON.stringify({ type: 'Topology', objects: {} }),
      /buurten_test\.geojson, field "type": is "Topology", expected "FeatureCollection"/,
    ],
    ['no features array', JSON.stringify({ type: 'FeatureCollection' }), /buurten_test\.geojson, field "features": is not an array/],
    [
      'a projected crs',
      JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } }, features: [ok] }),
      /buurten_test\.geojson, field "crs": declares .*28992/,
    ],
    [
      'a feature that is not a Feature',
      collection(ok, { type: 'Polygon', coordinates: square(5, 52) }),
      /buurten_test\.geojson, features\[1\], field "type": is not a GeoJSON Feature/,
    ],
    [
      'a feature without the code property',
      collection(ok, feature({ buurtnaam: 'Centrum' })),
      /buurten_test\.geojson, features\[1\], field "properties\.buurtcode": is missing/,
    ],
    [
      'a numeric code',
      collection(ok, feature({ buurtcode: 10001 })),
      /features\[1\], field "properties\.buurtcode": is 10001; expected a non-empty string code/,
    ],
    [
      'a duplicate code',
      collection(ok, feature({ buurtcode: 'BU00010001' })),
      /buurten_test\.geojson, features\[1\] \(BU00010001\), field "properties\.buurtcode": duplicate code: features\[0\]/,
    ],
    ['a null geometry', withSecond(null), /features\[1\] \(BU00010002\), field "geometry": is missing or null/],
    ['a point geometry', withSecond({ type: 'Point', coordinates: [5, 52] }), /features\[1\] \(BU00010002\), field "geometry\.type": is "Point"/],
    [
      'RD New coordinates',
      withSecond(
        polygon([
          [155000, 463000],
          [155100, 463000],
          [155100, 463100],
          [155000, 463000],
        ]),
      ),
      /features\[1\] \(BU00010002\), field "geometry\.coordinates\[0\]\[0\]": position \[155000, 463000\] is outside the WGS84 lon\/lat range.*EPSG:28992/,
    ],
    [
      'a latitude out of range',
      collection(
        ok,
        feature(
          { buurtcode: 'BU00010002' },
          {
            type: 'MultiPolygon',
            coordinates: [
              square(5, 52),
              [
                [
                  [5, 52],
                  [5.1, 95],
                  [5.1, 52],
                  [5, 52],
                ],
              ],
            ],
          },
        ),
      ),
      /features\[1\] \(BU00010002\), field "geometry\.coordinates\[1\]\[0\]\[1\]": position \[5\.1, 95\] is outside the WGS84/,
    ],
    [
      'a non-numeric coordinate',
      withSecond(
        polygon([
          [5, 52],
          [5.1, '52'],
          [5.1, 52.1],
          [5, 52],
        ]),
      ),
      /features\[1\] \(BU00010002\), field "geometry\.coordinates\[0\]\[1\]": position \[5\.1, 52\] is not a pair of finite numbers/,
    ],
    [
      'an unclosed ring',
      withSecond(
        polygon([
          [5, 52],
          [5.1, 52],
          [5.1, 52.1],
          [5, 52.1],
        ]),
      ),
      /features\[1\] \(BU00010002\), field "geometry\.coordinates\[0\]": is not closed/,
    ],
  ])('%s', async (_label, text, message) => {
    await expect(run(text)).rejects.toThrow(message);
  });

  it('rejects a keepShare outside (0, 1]', async () => {
    await expect(prepareLevelGeometry({ ...buurtInput(), keepShare: 15 })).rejects.toThrow(/keepShare must be a number in \(0, 1\]/);
  });
});
