/**
 * The draw cache (data-pipeline/compute/uncertainty/draw-cache.ts) as `npm run build:data` uses it, on the real raw
 * folder: a build that reads every level's intervals from the cache publishes exactly the files of the build that
 * drew them, and a damaged entry is drawn again (the other levels still read) and mended.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataCommand } from '../../data-pipeline/cli/build-data-command.ts';
import { dataFile } from '@atlas/contract';
import { GEOMETRY_CACHE_DIR, RAW_DIR, REPO_ROOT, tempDir } from './helpers.ts';

let root: string;
const drawCache = () => join(root, 'draws');

/** One `npm run build:data` into `out`; its stage lines, and the sha256 of every published file but the manifest. */
async function build(out: string): Promise<{ log: string; files: Map<string, string> }> {
  const [node, ...launcher] = buildDataCommand(REPO_ROOT);
  const child = spawn(node, [...launcher, '--raw', RAW_DIR, '--out', join(root, out)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ATLAS_DRAW_CACHE_DIR: drawCache(), ATLAS_GEOMETRY_CACHE_DIR: GEOMETRY_CACHE_DIR },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code, log).toBe(0);
  const manifest = JSON.parse(await readFile(join(root, out, dataFile.manifest), 'utf8')) as { files: { path: string; sha256: string }[] };
  return { log, files: new Map(manifest.files.map((f) => [f.path, f.sha256])) };
}

const scoresLine = (log: string) => log.split('\n').find((line) => line.includes('percentiles and theme scores')) ?? '';

/** The cache's entries, largest (the buurt level's) first. */
async function entries(): Promise<string[]> {
  const names = (await readdir(drawCache())).filter((name) => name.endsWith('.bin'));
  const sized = await Promise.all(names.map(async (name) => ({ name, bytes: (await stat(join(drawCache(), name))).size })));
  return sized.sort((a, b) => b.bytes - a.bytes).map((e) => join(drawCache(), e.name));
}

beforeAll(async () => {
  root = await tempDir('draw-cache-build');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run build:data with its draw cache', () => {
  it('publishes the same files from cached intervals as from drawn ones, and draws a damaged entry again', { timeout: 180_000 }, async () => {
    const drawn = await build('drawn');
    expect(scoresLine(drawn.log)).not.toContain('draws from cache');
    const stored = await entries();
    expect(stored).toHaveLength(3);

    const cached = await build('cached');
    expect(scoresLine(cached.log)).toContain('draws from cache: buurt, gemeente, wijk');
    expect(cached.files.size).toBeGreaterThan(20);
    expect(cached.files).toEqual(drawn.files);

    const [buurtEntry = ''] = stored;
    const intact = await readFile(buurtEntry);
    const damaged = Buffer.from(intact);
    damaged[intact.length >> 1] = (damaged[intact.length >> 1] ?? 0) ^ 0x40;
    await writeFile(buurtEntry, damaged);
    const mended = await build('mended');
    expect(scoresLine(mended.log)).toContain('draws from cache: gemeente, wijk');
    expect(mended.files).toEqual(drawn.files);
    expect(await readFile(buurtEntry)).toEqual(intact);
    expect(await entries()).toHaveLength(3);
  });
});
