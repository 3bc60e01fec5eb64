import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareLevelGeometryCached } from './geometry-cache.ts';
import type { PrepareGeometryInput } from './prepare-level-geometry.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturePath = path.join(repoRoot, 'tests/fixtures/geometry/buurten-mismatched-borders.geojson');
const input: PrepareGeometryInput = {
  geojsonText: readFileSync(fixturePath, 'utf8'),
  sourcePath: fixturePath,
  codeProperty: 'buurtcode',
  keepCodes: new Set(['BU08550101', 'BU08550102', 'BU08550103', 'BU08550104']),
  keepShare: 1,
};

describe('geometry cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-geometry-cache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the same input from the cache, with the same TopoJSON and label points', async () => {
    const first = await prepareLevelGeometryCached(input, dir);
    const second = await prepareLevelGeometryCached(input, dir);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.topojson).toBe(first.topojson);
    expect([...second.labelPoints]).toEqual([...first.labelPoints]);
    expect(first.labelPoints.size).toBe(4);
    // Every label point lies inside its own polygon's bounds.
    for (const { lon, lat, bbox } of first.labelPoints.values()) {
      expect(lon).toBeGreaterThan(bbox[0]);
      expect(lon).toBeLessThan(bbox[2]);
      expect(lat).toBeGreaterThan(bbox[1]);
      expect(lat).toBeLessThan(bbox[3]);
    }
  });

  it('runs mapshaper again when a setting or the codes change, and ignores a damaged entry', async () => {
    expect((await prepareLevelGeometryCached({ ...input, gapM: 40 }, dir)).cached).toBe(false);
    expect((await prepareLevelGeometryCached({ ...input, splitGaps: true }, dir)).cached).toBe(false);
    expect((await prepareLevelGeometryCached({ ...input, splitGaps: true }, dir)).cached).toBe(true);
    expect((await prepareLevelGeometryCached({ ...input, keepCodes: new Set(['BU08550101']) }, dir)).cached).toBe(false);
    for (const name of await readdir(dir)) await writeFile(path.join(dir, name), '{"topojson":');
    const again = await prepareLevelGeometryCached(input, dir);
    expect(again.cached).toBe(false);
    expect(again.features).toBe(4);
  });
});
