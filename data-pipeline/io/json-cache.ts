/**
 * Results kept on disk under the sha256 of everything they depend on (geometry checks, neighbour graphs): read
 * back only when the entry parses and has the expected shape, written atomically so a concurrent build never
 * reads half an entry. A damaged or unreadable entry counts as absent, never as an answer.
 */
import { readFile } from 'node:fs/promises';
import { touchCacheEntry } from './cache-prune.ts';
import { storeCacheEntry } from './cache-store.ts';

/** The stored value, or null when the entry is absent, unreadable or not of the expected shape. A hit is touched (cache-prune.ts). */
export async function readJsonCache<T>(file: string, isValid: (value: unknown) => value is T): Promise<T | null> {
  let stored: unknown;
  try {
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isValid(stored)) return null;
  touchCacheEntry(file);
  return stored;
}

/** Stores `value` under `file`; when that fails, a warning instead of an error (cache-store.ts). */
export async function writeJsonCache(file: string, value: unknown): Promise<void> {
  storeCacheEntry(file, JSON.stringify(value));
}
