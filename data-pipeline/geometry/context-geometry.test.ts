import { describe, expect, it } from 'vitest';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { prepareContextGeometry } from './context-geometry.ts';
import { readTopology } from '../../tests/support/geometry.ts';

const file = 'raw/boundaries/provincie_test.topojson';

/** Two provinces sharing arc 0 (a quantised topology in the cartomap/nl layout). */
const topology = () => ({
  type: 'Topology',
  transform: { scale: [0.001, 0.001], translate: [4, 51] },
  arcs: [
    [
      [1000, 0],
      [0, 1000],
    ],
    [
      [1000, 1000],
      [-1000, 0],
      [0, -1000],
      [1000, 0],
    ],
    [
      [1000, 0],
      [1000, 0],
      [0, 1000],
      [-1000, 0],
    ],
  ],
  objects: {
    provincie_2024: {
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'Polygon',
          arcs: [[0, 1]],
          id: 'PV26',
          properties: { statcode: 'PV26', jrstatcode: '2024PV26', statnaam: 'Utrecht', rubriek: 'provincie', id: 1, FID: 'x' },
        },
        {
          type: 'Polygon',
          arcs: [[2, -1]],
          id: 'PV25',
          properties: { statcode: 'PV25', jrstatcode: '2024PV25', statnaam: 'Gelderland', rubriek: 'provincie', id: 2, FID: 'y' },
        },
      ],
    },
  },
});

type Mutable = ReturnType<typeof topology> & Record<string, unknown>;
const variant = (change: (t: Mutable) => void) => {
  const t = topology() as Mutable;
  change(t);
  return JSON.stringify(t);
};
const geometries = (t: Mutable) => t.objects.provincie_2024.geometries as Record<string, unknown>[];

describe('prepareContextGeometry', () => {
  it('renames the object, sets id = statcode and keeps only name = statnaam, arcs untouched', async () => {
    const result = await prepareContextGeometry(JSON.stringify(topology()), file, 'provincie_2024');
    expect(result.features).toBe(2);
    const read = readTopology(result.topojson);
    expect(Object.keys(read.topology.objects)).toEqual([TOPOJSON_OBJECT]);
    expect(read.collection.geometries.map((g) => [g.id, g.properties])).toEqual([
      ['PV26', { name: 'Utrecht' }],
      ['PV25', { name: 'Gelderland' }],
    ]);
    expect(read.topology.arcs).toEqual(topology().arcs);
    expect(read.topology.transform).toEqual(topology().transform);
    expect(read.neighbours.get('PV26')).toEqual(new Set(['PV25']));
  });

  it.each([
    ['invalid JSON', '{"type":"Topology",', /provincie_test\.topojson: is not valid JSON/],
    [
      'not a Topology',
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
      /provincie_test\.topojson, field "type": is "FeatureCollection", expected "Topology"/,
    ],
    [
      'a missing object',
      variant((t) => {
        t.objects = { provincie_2023: t.objects.provincie_2024 } as never;
      }),
      /field "objects\.provincie_2024": is missing \(objects in the file: provincie_2023\)/,
    ],
    [
      'a geometry without statcode',
      variant((t) => {
        delete (geometries(t)[1]!.properties as Record<string, unknown>).statcode;
      }),
      /provincie_test\.topojson, objects\.provincie_2024\.geometries\[1\], field "properties\.statcode": is null; expected a non-empty string code/,
    ],
    [
      'a duplicate statcode',
      variant((t) => {
        (geometries(t)[1]!.properties as Record<string, unknown>).statcode = 'PV26';
      }),
      /geometries\[1\] \(PV26\), field "properties\.statcode": duplicate code: geometries\[0\]/,
    ],
    [
      'a geometry without statnaam',
      variant((t) => {
        (geometries(t)[0]!.properties as Record<string, unknown>).statnaam = '';
      }),
      /geometries\[0\] \(PV26\), field "properties\.statnaam": is ""; expected a name/,
    ],
    [
      'a point geometry',
      variant((t) => {
        geometries(t)[1]!.type = 'Point';
      }),
      /geometries\[1\] \(PV25\), field "type": is "Point"; expected "Polygon" or "MultiPolygon"/,
    ],
    [
      'an arc index out of range',
      variant((t) => {
        geometries(t)[1]!.arcs = [[2, -8]];
      }),
      /geometries\[1\] \(PV25\), field "arcs\[0\]\[1\]": refers to arc -8, but the topology has 3 arcs/,
    ],
    [
      'RD New coordinates',
      variant((t) => {
        t.transform = { scale: [1, 1], translate: [13000, 306000] };
      }),
      /geometries\[0\] \(PV26\), field "arcs\[0\]\[0\]": position \[14000, 306000\] is outside the WGS84 lon\/lat range.*EPSG:28992/,
    ],
    [
      'a broken transform',
      variant((t) => {
        t.transform = { scale: [0.001], translate: [4, 51] } as never;
      }),
      /provincie_test\.topojson, field "transform": expected \{ scale: \[x, y\], translate: \[x, y\] \}/,
    ],
  ])('rejects %s, naming file, feature and field', async (_label, text, message) => {
    await expect(prepareContextGeometry(text, file, 'provincie_2024')).rejects.toThrow(message);
  });
});
