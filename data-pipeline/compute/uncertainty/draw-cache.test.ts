import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_WARNING } from '../../io/cache-store.ts';
import { bundledWorkerText } from '../../io/worker-start.ts';
import { drawCacheAt, drawCacheEntry, drawCacheIn, drawPlanKey, type DrawCache } from './draw-cache.ts';
import { runDrawPlan, type DrawPlan } from './draw-plan.ts';
import { testDrawPlan } from '../../../tests/support/test-draw-plan.ts';

const plan = testDrawPlan;

let dir: string;
let cache: DrawCache;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-draw-cache-'));
  cache = drawCacheAt(dir, 'the draw code, version 1');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const onlyEntry = async () => {
  const files = await readdir(dir);
  expect(files).toHaveLength(1); // no temporary file is left beside it
  return join(dir, files[0] ?? '');
};

describe('the draw cache', () => {
  it('leaves an entry it cannot store out with a warning that names it, and the build goes on', async () => {
    // A cache folder inside a regular file: no entry can be written there, also not by root.
    await writeFile(join(dir, 'not-a-folder'), '');
    const blocked = drawCacheAt(join(dir, 'not-a-folder', 'cache'), 'the draw code, version 1');
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    const drawn = runDrawPlan(plan());
    expect(() => drawCacheEntry(blocked, plan()).store(drawn)).not.toThrow();
    const warning = await warned;
    expect(warning.name).toBe(CACHE_WARNING);
    expect(warning.message).toContain(join(dir, 'not-a-folder', 'cache', blocked.stamp));
    expect(drawCacheEntry(blocked, plan()).intervals).toBeNull();
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('gives back exactly the intervals that were drawn, NaN for regions without a value included', () => {
    expect(drawCacheEntry(cache, plan()).intervals).toBeNull();
    const drawn = runDrawPlan(plan());
    drawCacheEntry(cache, plan()).store(drawn);
    const read = drawCacheEntry(cache, plan()).intervals;
    expect(read).toEqual(drawn);
    expect(read?.indicators[0]?.lo[0]).toBeNaN();
    expect(read?.themes).toHaveLength(2);
  });

  it('marks an entry it gives back as used now, so a build prunes the draws it reads last (io/cache-prune.ts)', async () => {
    drawCacheEntry(cache, plan()).store(runDrawPlan(plan()));
    const file = await onlyEntry();
    const longAgo = new Date(Date.now() - 100 * 3_600_000);
    await utimes(file, longAgo, longAgo);
    const before = Date.now();
    expect(drawCacheEntry(cache, plan()).intervals).not.toBeNull();
    expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(before - 1);
  });

  it('has a new key for a change of one bit of any number, of the structure, or of the code that draws', () => {
    const key = drawPlanKey(plan(), cache.codeDigest);
    expect(drawPlanKey(plan(), cache.codeDigest)).toBe(key);
    const changed = (edit: (p: DrawPlan) => void) => {
      const p = plan();
      edit(p);
      return drawPlanKey(p, cache.codeDigest);
    };
    const nextUp = (x: number) => {
      const bits = new Float64Array([x]);
      const words = new BigUint64Array(bits.buffer);
      words[0] = (words[0] ?? 0n) + 1n;
      return bits[0] ?? x;
    };
    const keys = [
      changed((p) => p.indicators[0]?.counts.set([nextUp(p.indicators[0].counts[1] ?? 0)], 1)),
      changed((p) => p.indicators[1]?.denominators.set([51], 3)),
      changed((p) => p.indicators[0]?.counts.set([Number.NaN], 2)),
      changed((p) => {
        const first = p.indicators[0];
        if (first) first.seed += 1;
      }),
      changed((p) => {
        const first = p.indicators[0];
        if (first) first.direction = 'lower_is_risk';
      }),
      changed((p) => p.themes[0]?.weights.splice(0, 1, 2)),
      changed((p) => {
        const theme = p.themes[0];
        if (theme) theme.rule = { ...theme.rule, minWeightShare: 0.6 };
      }),
      changed((p) => {
        const fixed = p.themes[0]?.parts[2];
        if (fixed instanceof Float64Array) fixed[5] = nextUp(fixed[5] ?? 0);
      }),
      changed((p) => p.themes[0]?.parts.splice(0, 2, 1, 0)),
      changed((p) => p.indicators.pop()),
      drawPlanKey(plan(), drawCacheAt(dir, 'the draw code, version 2').codeDigest),
    ];
    expect(new Set([key, ...keys]).size).toBe(keys.length + 1);
    drawCacheEntry(cache, plan()).store(runDrawPlan(plan()));
    expect(drawCacheEntry(drawCacheAt(dir, 'the draw code, version 2'), plan()).intervals).toBeNull();
  });

  it('counts a damaged, short or misplaced entry as absent, and a new store mends it', async () => {
    const drawn = runDrawPlan(plan());
    drawCacheEntry(cache, plan()).store(drawn);
    const file = await onlyEntry();
    const intact = await readFile(file);

    const flipped = Buffer.from(intact);
    flipped[100] = (flipped[100] ?? 0) ^ 1;
    await writeFile(file, flipped);
    expect(drawCacheEntry(cache, plan()).intervals).toBeNull();

    await writeFile(file, intact.subarray(0, intact.length - 8));
    expect(drawCacheEntry(cache, plan()).intervals).toBeNull();

    // another plan's entry (with its own key inside) under this plan's name
    const other = { ...plan(), themes: [] };
    drawCacheEntry(cache, other).store(runDrawPlan(other));
    const otherFile = (await readdir(dir)).map((name) => join(dir, name)).find((path) => path.includes(drawPlanKey(other, cache.codeDigest))) ?? '';
    await writeFile(file, await readFile(otherFile));
    await rm(otherFile);
    expect(drawCacheEntry(cache, plan()).intervals).toBeNull();

    drawCacheEntry(cache, plan()).store(drawn);
    expect(await readFile(await onlyEntry())).toEqual(intact);
    expect(drawCacheEntry(cache, plan()).intervals).toEqual(drawn);
  });

  it("keeps only the current code's entries: storing one removes those of other draw code", async () => {
    const other = { ...plan(), themes: [] };
    drawCacheEntry(cache, plan()).store(runDrawPlan(plan()));
    drawCacheEntry(cache, other).store(runDrawPlan(other));
    await writeFile(join(dir, 'notes.txt'), 'not an entry\n');
    expect(await readdir(dir)).toHaveLength(3);
    const next = drawCacheAt(dir, 'the draw code, version 2');
    drawCacheEntry(next, other).store(runDrawPlan(other));
    expect(drawCacheEntry(next, other).intervals).not.toBeNull();
    expect(drawCacheEntry(cache, plan()).intervals).toBeNull();
    expect(drawCacheEntry(cache, other).intervals).toBeNull();
    expect((await readdir(dir)).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    expect(await readdir(dir)).toContain('notes.txt');
  });

  it('refuses intervals that do not fit the plan', () => {
    const drawn = runDrawPlan(plan());
    expect(() => drawCacheEntry(cache, plan()).store({ ...drawn, themes: [] })).toThrow(/2 \+ 0 intervals for a plan of 2 \+ 2/);
  });

  it('is used only where the draw code is one bundled text: never unbundled, as in these tests', async () => {
    expect(drawCacheIn(dir)).toBeNull();
    expect(drawCacheIn(undefined)).toBeNull();
    await writeFile(join(dir, 'draw-worker.mjs'), 'export const bundled = true;\n');
    expect(bundledWorkerText(pathToFileURL(join(dir, 'cli.mjs')).href, 'draw-worker')).toBe('export const bundled = true;\n');
    expect(bundledWorkerText(pathToFileURL(join(dir, 'cli.ts')).href, 'draw-worker')).toBeNull();
  });
});
