/**
 * Storing one cache entry, for every cache of the build (JSON results, the seeded draws): written to a temporary file
 * and renamed, so a concurrent build never reads half an entry. A cache that cannot store it (a read-only or full
 * disk, a cache folder that is a file) costs the next build time, not this build its output: the entry is left out
 * and Node's own warning channel says so on stderr, where the build's progress goes (a test listens with
 * process.on('warning')). Reading already treats a missing entry as absent.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const CACHE_WARNING = 'CacheWarning';

/** A cache warning: `what` happened for `error`'s reason, and what that costs. */
export function warnCache(what: string, error: unknown, cost: string): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.emitWarning(`${what} (${reason}); ${cost}`, CACHE_WARNING);
}

/** Stores `data` as `file`; whether it was stored (if not, a CacheWarning says why and no temporary file is left). */
export function storeCacheEntry(file: string, data: string | Uint8Array): boolean {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`; // test workers may share a pid
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // its folder cannot be reached either: then there is no temporary file to remove
    }
    warnCache(`cache entry ${file} not stored`, error, 'the next build computes it again');
    return false;
  }
}
