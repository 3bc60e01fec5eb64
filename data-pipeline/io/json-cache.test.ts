import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_WARNING } from './cache-store.ts';
import { readJsonCache, writeJsonCache } from './json-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-json-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const isList = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => typeof v === 'number');

describe('the JSON cache', () => {
  it('reads back what it stored, and nothing of another shape', async () => {
    const file = join(dir, 'sub', 'entry.json');
    await writeJsonCache(file, [1, 2, 3]);
    expect(await readJsonCache(file, isList)).toEqual([1, 2, 3]);
    expect(await readJsonCache(file, (v): v is string => typeof v === 'string')).toBeNull();
    expect(await readdir(join(dir, 'sub'))).toEqual(['entry.json']);
  });

  it('leaves an entry it cannot store out with a warning that names it, and the build goes on', async () => {
    await writeFile(join(dir, 'not-a-folder'), '');
    const file = join(dir, 'not-a-folder', 'entry.json');
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    await expect(writeJsonCache(file, [1])).resolves.toBeUndefined();
    const warning = await warned;
    expect(warning.name).toBe(CACHE_WARNING);
    expect(warning.message).toContain(file);
    expect(await readJsonCache(file, isList)).toBeNull();
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });
});
