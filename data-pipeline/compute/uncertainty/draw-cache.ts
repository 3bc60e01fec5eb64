/**
 * The seeded draws are about half of a build's time (a build that skipped them took 2.2 s instead of 3.7 s, and
 * 3.0 s of CPU instead of 5.8 s: they also keep the second core and the GC busy), and their intervals depend only on
 * the level's draw plan and on the code that draws. So a rebuild from the same counts reads the intervals back from a
 * cache entry instead of drawing them again; a level whose counts, denominators, seeds, themes or fixed percentiles
 * differ by one bit draws anew.
 *
 * The code is part of the key as its own text: the draw worker's bundle (draw-worker.mjs beside the CLI bundle) holds
 * every module the draws run, so any change to them is a new key, with no version number to forget to bump. So is
 * the V8 version, whose Math.log, sin and cos the samplers use. Without a bundle (tsx, the tests) there is no such
 * text and no cache: those builds always draw.
 *
 * An entry is its key, the intervals as float64 and the sha256 of those; one that is short, of another key or
 * damaged counts as absent and is drawn and written again (atomically: a concurrent build never reads half of one).
 * Its name begins with a stamp of the code and V8 version, and storing an entry removes those of other stamps: they
 * can never be read again by this code, and each build of changed draw code would otherwise leave ~2.6 MB behind.
 * Entries of the same code for other counts (other raw data, the test fixtures) stay until the folder is full, as the
 * geometry cache's do: a build then removes those used longest ago (io/cache-prune.ts, which a read touches).
 * An entry that cannot be stored, or a folder that cannot be tidied, is a warning, not a failed build (io/cache-store.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { touchCacheEntry } from '../../io/cache-prune.ts';
import { storeCacheEntry, warnCache } from '../../io/cache-store.ts';
import type { DrawIntervals, DrawPlan } from './draw-plan.ts';
import { drawCodeText } from './draw-worker-url.ts';

export interface DrawCache {
  dir: string;
  /** The sha256 of the code that draws (see above), the V8 version and the byte order: part of every key. */
  codeDigest: string;
  /** What the names of this code's entries begin with. */
  stamp: string;
}

export function drawCacheAt(dir: string, code: string): DrawCache {
  const codeDigest = createHash('sha256').update(`${code}\0${process.versions.v8}\0${endianness()}`).digest('hex');
  return { dir, codeDigest, stamp: `draws-${codeDigest.slice(0, 16)}-` };
}

/** The cache in `dir` when the draw code is one text (the pipeline runs bundled), else null: see above. */
export function drawCacheIn(dir: string | undefined): DrawCache | null {
  const code = dir === undefined ? null : drawCodeText();
  return dir === undefined || code === null ? null : drawCacheAt(dir, code);
}

const DIGEST_BYTES = 32;

const bytesOf = (column: Float64Array) => new Uint8Array(column.buffer, column.byteOffset, column.byteLength);

/** The sha256 of everything a plan's intervals depend on: its numbers bit for bit, its structure, and `codeDigest` (DrawCache). */
export function drawPlanKey(plan: DrawPlan, codeDigest: string): string {
  const hash = createHash('sha256');
  const structure = {
    regions: plan.regions,
    indicators: plan.indicators.map(({ direction, seed, counts, denominators }) => ({
      direction,
      seed,
      counts: counts.length,
      denominators: denominators.length,
    })),
    themes: plan.themes.map(({ parts, weights, rule }) => ({
      parts: parts.map((part) => (typeof part === 'number' ? part : `fixed ${part.length}`)),
      weights,
      rule,
    })),
  };
  hash.update(JSON.stringify(structure));
  hash.update('\0');
  hash.update(codeDigest);
  for (const { counts, denominators } of plan.indicators) hash.update(bytesOf(counts)).update(bytesOf(denominators));
  for (const { parts } of plan.themes) for (const part of parts) if (typeof part !== 'number') hash.update(bytesOf(part));
  return hash.digest('hex');
}

/**
 * Removes the entries of other draw code (or another V8), which this code can never read. Killed builds' temporary
 * files, and entries of this code for other counts once the folder is full, go at the end of a build (io/cache-prune.ts).
 */
function removeOtherCode(cache: DrawCache): void {
  for (const name of readdirSync(cache.dir)) {
    if (/^draws-[0-9a-f]{16}-[0-9a-f]{64}\.bin$/.test(name) && !name.startsWith(cache.stamp)) rmSync(join(cache.dir, name), { force: true });
  }
}

/** One plan's place in the cache: its intervals when the cache holds them intact, and how to store them when not. */
export interface DrawCacheEntry {
  intervals: DrawIntervals | null;
  /** Stores the intervals the plan gave (before anything widens them), in the plan's order; a failure is a CacheWarning. */
  store(intervals: DrawIntervals): void;
}

export function drawCacheEntry(cache: DrawCache, plan: DrawPlan): DrawCacheEntry {
  const key = drawPlanKey(plan, cache.codeDigest);
  const file = join(cache.dir, `${cache.stamp}${key}.bin`);
  const dataBytes = 2 * (plan.indicators.length + plan.themes.length) * plan.regions * Float64Array.BYTES_PER_ELEMENT;
  return { intervals: readIntervals(file, key, plan, dataBytes), store: (intervals) => storeIntervals(cache, file, key, plan, intervals) };
}

function readIntervals(file: string, key: string, plan: DrawPlan, dataBytes: number): DrawIntervals | null {
  let entry: Buffer;
  try {
    entry = readFileSync(file);
  } catch {
    return null;
  }
  if (entry.length !== DIGEST_BYTES + dataBytes + DIGEST_BYTES) return null;
  if (entry.subarray(0, DIGEST_BYTES).toString('hex') !== key) return null;
  const data = entry.subarray(DIGEST_BYTES, DIGEST_BYTES + dataBytes);
  const digest = createHash('sha256').update(data).digest();
  if (!digest.equals(entry.subarray(DIGEST_BYTES + dataBytes))) return null;
  touchCacheEntry(file);
  // copied into an aligned buffer of its own (the file's buffer may start anywhere); each interval is a view into it
  const values = new Float64Array(new Uint8Array(data).buffer);
  let next = 0;
  const interval = () => {
    const lo = values.subarray(next, next + plan.regions);
    const hi = values.subarray(next + plan.regions, next + 2 * plan.regions);
    next += 2 * plan.regions;
    return { lo, hi };
  };
  return { indicators: plan.indicators.map(interval), themes: plan.themes.map(interval) };
}

function storeIntervals(cache: DrawCache, file: string, key: string, plan: DrawPlan, intervals: DrawIntervals): void {
  const all = [...intervals.indicators, ...intervals.themes];
  if (intervals.indicators.length !== plan.indicators.length || intervals.themes.length !== plan.themes.length)
    throw new Error(
      `draw cache: ${intervals.indicators.length} + ${intervals.themes.length} intervals for a plan of ${plan.indicators.length} + ${plan.themes.length}`,
    );
  const data = new Float64Array(2 * all.length * plan.regions);
  all.forEach(({ lo, hi }, j) => {
    if (lo.length !== plan.regions || hi.length !== plan.regions)
      throw new Error(`draw cache: an interval of ${lo.length}/${hi.length} for ${plan.regions} regions`);
    data.set(lo, 2 * j * plan.regions);
    data.set(hi, (2 * j + 1) * plan.regions);
  });
  const bytes = bytesOf(data);
  if (!storeCacheEntry(file, Buffer.concat([Buffer.from(key, 'hex'), bytes, createHash('sha256').update(bytes).digest()]))) return;
  try {
    removeOtherCode(cache);
  } catch (error) {
    warnCache(`draw cache ${cache.dir} not tidied`, error, 'entries of other draw code stay until the next store');
  }
}
