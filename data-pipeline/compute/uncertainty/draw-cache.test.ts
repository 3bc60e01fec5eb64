import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledWorkerText } from '../../io/worker-start.ts';
import { drawCacheIn, drawPlanKey, readCachedIntervals, storeIntervals, type DrawCache } from './draw-cache.ts';
import { runDrawPlan, type DrawPlan } from './draw-plan.ts';
import { testDrawPlan } from './test-draw-plan.ts';

const plan = testDrawPlan;

let dir: string;
let cache: DrawCache;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-draw-cache-'));
  cache = { dir, code: 'the draw code, version 1' };
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const onlyEntry = async () => {
  const files = await readdir(dir);
  expect(files).toHaveLength(1); // no temporary file is left beside it
  return join(dir, files[0] ?? '');
};

describe('the draw cache', () => {
  it('gives back exactly the intervals that were drawn, NaN for regions without a value included', () => {
    expect(readCachedIntervals(cache, plan())).toBeNull();
    const drawn = runDrawPlan(plan());
    storeIntervals(cache, plan(), drawn);
    const read = readCachedIntervals(cache, plan());
    expect(read).toEqual(drawn);
    expect(read?.indicators[0]?.lo[0]).toBeNaN();
    expect(read?.themes).toHaveLength(2);
  });

  it('has a new key for a change of one bit of any number, of the structure, or of the code that draws', () => {
    const key = drawPlanKey(plan(), cache.code);
    expect(drawPlanKey(plan(), cache.code)).toBe(key);
    const changed = (edit: (p: DrawPlan) => void) => {
      const p = plan();
      edit(p);
      return drawPlanKey(p, cache.code);
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
      drawPlanKey(plan(), 'the draw code, version 2'),
    ];
    expect(new Set([key, ...keys]).size).toBe(keys.length + 1);
    storeIntervals(cache, plan(), runDrawPlan(plan()));
    expect(readCachedIntervals({ ...cache, code: 'the draw code, version 2' }, plan())).toBeNull();
  });

  it('counts a damaged, short or misplaced entry as absent, and a new store mends it', async () => {
    const drawn = runDrawPlan(plan());
    storeIntervals(cache, plan(), drawn);
    const file = await onlyEntry();
    const intact = await readFile(file);

    const flipped = Buffer.from(intact);
    flipped[100] = (flipped[100] ?? 0) ^ 1;
    await writeFile(file, flipped);
    expect(readCachedIntervals(cache, plan())).toBeNull();

    await writeFile(file, intact.subarray(0, intact.length - 8));
    expect(readCachedIntervals(cache, plan())).toBeNull();

    // another plan's entry (with its own key inside) under this plan's name
    const other = { ...plan(), themes: [] };
    storeIntervals(cache, other, runDrawPlan(other));
    const otherFile = (await readdir(dir)).map((name) => join(dir, name)).find((path) => path.includes(drawPlanKey(other, cache.code))) ?? '';
    await writeFile(file, await readFile(otherFile));
    await rm(otherFile);
    expect(readCachedIntervals(cache, plan())).toBeNull();

    storeIntervals(cache, plan(), drawn);
    expect(await readFile(await onlyEntry())).toEqual(intact);
    expect(readCachedIntervals(cache, plan())).toEqual(drawn);
  });

  it("keeps only the current code's entries: storing one removes those of other draw code", async () => {
    const other = { ...plan(), themes: [] };
    storeIntervals(cache, plan(), runDrawPlan(plan()));
    storeIntervals(cache, other, runDrawPlan(other));
    await writeFile(join(dir, 'notes.txt'), 'not an entry\n');
    expect(await readdir(dir)).toHaveLength(3);
    const next = { ...cache, code: 'the draw code, version 2' };
    storeIntervals(next, other, runDrawPlan(other));
    expect(readCachedIntervals(next, other)).not.toBeNull();
    expect(readCachedIntervals(cache, plan())).toBeNull();
    expect(readCachedIntervals(cache, other)).toBeNull();
    expect((await readdir(dir)).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    expect(await readdir(dir)).toContain('notes.txt');
  });

  it('refuses intervals that do not fit the plan', () => {
    const drawn = runDrawPlan(plan());
    expect(() => storeIntervals(cache, plan(), { ...drawn, themes: [] })).toThrow(/2 \+ 0 intervals for a plan of 2 \+ 2/);
  });

  it('is used only where the draw code is one bundled text: never unbundled, as in these tests', async () => {
    expect(drawCacheIn(dir)).toBeNull();
    expect(drawCacheIn(undefined)).toBeNull();
    await writeFile(join(dir, 'draw-worker.mjs'), 'export const bundled = true;\n');
    expect(bundledWorkerText(pathToFileURL(join(dir, 'cli.mjs')).href, 'draw-worker')).toBe('export const bundled = true;\n');
    expect(bundledWorkerText(pathToFileURL(join(dir, 'cli.ts')).href, 'draw-worker')).toBeNull();
  });
});
