/**
 * Keeping a cache folder within a size. Every entry is keyed by the sha256 of what it depends on, so one that no
 * input of a later build matches (older raw data, earlier geometry settings) is never read again; without a limit the
 * geometry cache grew by ~15-45 MB with each of them. Reading an entry touches it (its mtime is its last use), and a
 * build ends by removing the entries used longest ago until the folder fits: never one this build used or wrote.
 */
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { warnCache } from './cache-store.ts';

/** A temporary file older than this was left by a build that was killed while writing it. */
export const LEFT_TEMPORARY_MS = 10 * 60_000;

/** Marks an entry as used now; a cache that cannot be touched only loses the order of its eviction. */
export function touchCacheEntry(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // read-only cache: eviction then goes by when entries were written
  }
}

export interface PruneResult {
  removed: number;
  freedBytes: number;
}

/**
 * Removes the entries of `dir` used longest ago until the rest take at most `maxBytes`, keeping every entry used
 * since `usedSince` (ms since the epoch: this build's start) even above it, and the temporary files of killed
 * builds. A folder that is absent needs nothing; one that cannot be read or tidied is a CacheWarning.
 */
export function pruneCache(dir: string, maxBytes: number, usedSince: number, now = Date.now()): PruneResult {
  const result: PruneResult = { removed: 0, freedBytes: 0 };
  const remove = (path: string, bytes: number): void => {
    rmSync(path, { force: true });
    result.removed += 1;
    result.freedBytes += bytes;
  };
  try {
    const entries: { path: string; bytes: number; used: number }[] = [];
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info?.isFile()) continue;
      if (name.endsWith('.tmp')) {
        if (now - info.mtimeMs > LEFT_TEMPORARY_MS) remove(path, info.size);
        continue;
      }
      entries.push({ path, bytes: info.size, used: info.mtimeMs });
    }
    let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    for (const entry of entries.sort((a, b) => a.used - b.used)) {
      if (total <= maxBytes || entry.used >= usedSince) break;
      remove(entry.path, entry.bytes);
      total -= entry.bytes;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnCache(`cache ${dir} not pruned`, error, 'it keeps entries no build may read again');
  }
  return result;
}
