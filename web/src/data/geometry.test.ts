import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseTopology } from './geometry.ts';

const file = 'geo/gemeente.topojson';
const topology: unknown = JSON.parse(readFileSync(resolve(fileURLToPath(import.meta.url), '../../../../tests/expected/fixture-build', file), 'utf8'));

/** Undirected segments (a→b and b→a are one) of a list of lines. */
function segments(lines: Position[][]): string[] {
  return lines.flatMap((line) =>
    line.slice(1).map((to, i) => {
      const [a, b] = [String(line[i]), String(to)].sort();
      return `${a}|${b}`;
    }),
  );
}

describe('parseTopology borders', () => {
  it('draws every border of the regions exactly once', () => {
    const geometry = parseTopology(file, topology, { borders: true });
    const rings = geometry.collection.features.flatMap((f) =>
      f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [],
    );
    const ringSegments = segments(rings);
    const borders = geometry.borders?.();
    const lines = borders?.features.flatMap((f) => f.geometry.coordinates) ?? [];
    const borderSegments = segments(lines);
    // The fixture's gemeenten share borders, so their rings hold segments twice.
    expect(new Set(ringSegments).size).toBeLessThan(ringSegments.length);
    expect(new Set(borderSegments).size).toBe(borderSegments.length);
    expect(new Set(borderSegments)).toEqual(new Set(ringSegments));
  });

  it('computes them once, and only when asked to keep the topology', () => {
    const geometry = parseTopology(file, topology, { borders: true });
    expect(geometry.borders?.()).toBe(geometry.borders?.());
    expect(parseTopology(file, topology).borders).toBeUndefined();
  });
});
