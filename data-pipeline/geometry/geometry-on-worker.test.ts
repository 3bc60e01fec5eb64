import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GeometryInputError } from './geometry-input-error.ts';
import { prepareLevelGeometryOnWorker } from './geometry-on-worker.ts';
import { prepareLevelGeometry, type PrepareGeometryInput } from './prepare-level-geometry.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturePath = path.join(repoRoot, 'tests/fixtures/geometry/buurten-mismatched-borders.geojson');
const input = (overrides: Partial<PrepareGeometryInput> = {}): PrepareGeometryInput => ({
  geojsonText: readFileSync(fixturePath, 'utf8'),
  sourcePath: fixturePath,
  codeProperty: 'buurtcode',
  // one of the four left out, so the dropped codes and label points cross the thread too
  keepCodes: new Set(['BU08550101', 'BU08550102', 'BU08550103']),
  keepShare: 0.5,
  ...overrides,
});

describe('a layer prepared on a worker thread', () => {
  it('is exactly the layer prepared on this thread: TopoJSON, label points, kept and dropped codes', async () => {
    const [here, there] = await Promise.all([prepareLevelGeometry(input()), prepareLevelGeometryOnWorker(input())]);
    expect(there).toEqual(here);
    expect(there.droppedCodes).toEqual(['BU08550104']);
    expect(there.labelPoints.size).toBe(3);
  });

  it('fails with the same GeometryInputError, naming file, feature and field', async () => {
    const broken = input({ geojsonText: readFileSync(fixturePath, 'utf8').replace('"buurtcode":"BU08550102"', '"buurtcode":42') });
    const here = await prepareLevelGeometry(broken).catch((e: unknown) => e);
    const there = await prepareLevelGeometryOnWorker(broken).catch((e: unknown) => e);
    expect(here).toBeInstanceOf(GeometryInputError);
    expect(there).toBeInstanceOf(GeometryInputError);
    const [a, b] = [here as GeometryInputError, there as GeometryInputError];
    expect(b.message).toBe(a.message);
    expect([b.file, b.feature, b.field]).toEqual([a.file, a.feature, a.field]);
    expect(b.message).toMatch(/buurten-mismatched-borders\.geojson, features\[1\].*properties\.buurtcode/);
  });

  it('is stopped when the build stops: the promise says so and the thread ends', async () => {
    // A thread that never answers and never ends by itself (a stand-in for a minute of mapshaper): only stopping it
    // ends it. It writes down its own thread id, whose /proc entry is there exactly while the thread runs.
    const idFile = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-geometry-worker-')), 'thread');
    const endless = () => ({
      code: `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(idFile)}, fs.readlinkSync('/proc/thread-self')); setInterval(() => {}, 1000);`,
      eval: true,
    });
    const stop = new AbortController();
    const running = prepareLevelGeometryOnWorker(input(), stop.signal, endless);
    await expect.poll(() => (existsSync(idFile) ? readFileSync(idFile, 'utf8') : ''), { timeout: 20_000, interval: 20 }).toMatch(/task\/\d+$/);
    const task = path.join('/proc', readFileSync(idFile, 'utf8')); // the link reads "<pid>/task/<tid>"
    expect(existsSync(task)).toBe(true);
    stop.abort();
    await expect(running).rejects.toThrow(/stopped, the build ended first/);
    await expect.poll(() => existsSync(task), { timeout: 20_000, interval: 20 }).toBe(false);
    await expect(prepareLevelGeometryOnWorker(input(), stop.signal)).rejects.toThrow(/the build stopped before it began/);
  });
});
