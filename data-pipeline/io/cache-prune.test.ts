import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEFT_TEMPORARY_MS, pruneCache } from './cache-prune.ts';
import { readJsonCache, writeJsonCache } from './json-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-cache-prune-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = Date.parse('2026-11-30T12:00:00Z');
const HOUR = 3_600_000;

/** An entry of `bytes` bytes last used `hoursAgo` hours before NOW. */
async function entry(name: string, bytes: number, hoursAgo: number): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, Buffer.alloc(bytes, 1));
  const used = new Date(NOW - hoursAgo * HOUR);
  await utimes(path, used, used);
}
const left = async () => (await readdir(dir)).sort();

describe('pruneCache', () => {
  it('removes the entries used longest ago until the folder fits, and no more', async () => {
    await entry('a.json', 400, 1);
    await entry('b.json', 300, 2);
    await entry('c.json', 200, 3);
    await entry('d.json', 100, 4);
    // 1,000 bytes: without d (4 h) and c (3 h) they are 700, within 750
    expect(pruneCache(dir, 750, NOW, NOW)).toEqual({ removed: 2, freedBytes: 300 });
    expect(await left()).toEqual(['a.json', 'b.json']);
    // a folder within its limit is left alone
    expect(pruneCache(dir, 750, NOW, NOW)).toEqual({ removed: 0, freedBytes: 0 });
  });

  it('never removes an entry this build used, even when those alone exceed the limit', async () => {
    await entry('used-now.json', 600, 0);
    await entry('used-before.bin', 600, 0.5);
    await entry('older.bin', 10, 5);
    pruneCache(dir, 100, NOW - HOUR, NOW);
    expect(await left()).toEqual(['used-before.bin', 'used-now.json']);
  });

  it("removes a killed build's temporary file once it is old, never a fresh one", async () => {
    await entry('x.json.1.a.tmp', 10, LEFT_TEMPORARY_MS / HOUR + 0.1);
    await entry('y.json.2.b.tmp', 10, 0);
    pruneCache(dir, 1_000_000, NOW, NOW);
    expect(await left()).toEqual(['y.json.2.b.tmp']);
  });

  it('needs nothing of a cache folder that does not exist', () => {
    expect(pruneCache(join(dir, 'none'), 0, NOW, NOW)).toEqual({ removed: 0, freedBytes: 0 });
  });
});

describe('readJsonCache', () => {
  it('marks an entry it returns as used now, so the entries a build reads are the last to go', async () => {
    const file = join(dir, 'entry.json');
    await writeJsonCache(file, { answer: 42 });
    const longAgo = new Date(NOW - 100 * HOUR);
    await utimes(file, longAgo, longAgo);
    const before = Date.now();
    expect(await readJsonCache(file, (v): v is { answer: number } => typeof v === 'object' && v !== null && 'answer' in v)).toEqual({ answer: 42 });
    expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(before - 1);
  });

  it('leaves an entry of the wrong shape as it was (it is not an answer)', async () => {
    const file = join(dir, 'entry.json');
    await writeJsonCache(file, { other: true });
    const longAgo = new Date(NOW - 100 * HOUR);
    await utimes(file, longAgo, longAgo);
    expect(await readJsonCache(file, (v): v is { answer: number } => typeof v === 'object' && v !== null && 'answer' in v)).toBeNull();
    expect((await stat(file)).mtimeMs).toBe(longAgo.getTime());
  });
});
