/**
 * A cache that cannot store an entry (a read-only or full disk, a cache folder that is a file) costs the next build
 * time, not this build its output: the entry is left out and Node's own warning channel says so on stderr, where the
 * build's progress goes (a test listens with process.on('warning')). Reading already treats a missing entry as absent.
 */
export const CACHE_WARNING = 'CacheWarning';

export function warnCacheNotStored(file: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.emitWarning(`cache entry ${file} not stored (${reason}); the next build computes it again`, CACHE_WARNING);
}
