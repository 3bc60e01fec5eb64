import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { hotspotColumn, neighbourIndices } from './gi-star.ts';
import { neighboursFromTopojson } from './level-neighbours.ts';
import { neighboursCacheKey, neighboursCached } from './neighbours-cache.ts';

/** Four squares of ~1.1 km in a row at 52° N, plus one far away; TopoJSON without quantisation. */
function topology(): string {
  const square = (x: number) => [
    [x, 52],
    [x + 0.016, 52],
    [x + 0.016, 52.01],
    [x, 52.01],
    [x, 52],
  ];
  const arcs = [0, 0.016, 0.032, 0.048, 1].map((x) => square(x));
  return JSON.stringify({
    type: 'Topology',
    arcs,
    objects: {
      [TOPOJSON_OBJECT]: {
        type: 'GeometryCollection',
        geometries: ['WK000101', 'WK000102', 'WK000103', 'WK000104', 'WK000199'].map((id, i) => ({
          type: 'Polygon',
          id,
          properties: { code: id },
          arcs: [[i]],
        })),
      },
    },
  });
}

describe('contiguity neighbours from a published TopoJSON layer', () => {
  it('links regions sharing a border, symmetric, and lists a region without neighbours as an island', () => {
    const graph = neighboursFromTopojson('wijk', topology());
    expect(graph.neighbours.get('WK000101')).toEqual(['WK000102']);
    expect(graph.neighbours.get('WK000102')).toEqual(['WK000101', 'WK000103']);
    expect(graph.islands).toEqual(['WK000199']);
  });

  it('feeds Gi* with the neighbours in the register order; regions missing from the layer get none', () => {
    const graph = neighboursFromTopojson('wijk', topology());
    const codes = ['WK000104', 'WK000103', 'WK000102', 'WK000101', 'WK000199', 'WK000200'];
    expect(neighbourIndices(codes, graph)).toEqual([[1], [2, 0], [3, 1], [2], [], []]);
    const column = hotspotColumn([1, 2, 3, 4, 5, 6], neighbourIndices(codes, graph));
    expect(column.z[4]).toBeNaN(); // island
    expect(column.z[5]).toBeNaN(); // no geometry
    expect(column.z[0]).not.toBeNaN();
  });
});

describe('neighbour graphs kept by TopoJSON hash', () => {
  it('reads back the same graph, recomputes a damaged entry, and keys on the level as well as the text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-neighbours-'));
    try {
      const computed = neighboursFromTopojson('wijk', topology());
      expect(await neighboursCached('wijk', topology(), dir)).toEqual(computed);
      expect(await readdir(dir)).toEqual([`neighbours-${neighboursCacheKey('wijk', topology())}.json`]);
      expect(await neighboursCached('wijk', topology(), dir)).toEqual(computed);
      await writeFile(join(dir, `neighbours-${neighboursCacheKey('wijk', topology())}.json`), '{"level":"wijk","neighb');
      expect(await neighboursCached('wijk', topology(), dir)).toEqual(computed);
      expect(neighboursCacheKey('buurt', topology())).not.toBe(neighboursCacheKey('wijk', topology()));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
