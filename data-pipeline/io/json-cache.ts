/**
 * Results kept on disk under the sha256 of everything they depend on (geometry checks, neighbour graphs): read
 * back only when the entry parses and has the expected shape, written atomically so a concurrent build never
 * reads half an entry. A damaged or unreadable entry counts as absent, never as an answer.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { warnCacheNotStored } from './cache-warning.ts';

/** The stored value, or null when the entry is absent, unreadable or not of the expected shape. */
export async function readJsonCache<T>(file: string, isValid: (value: unknown) => value is T): Promise<T | null> {
  try {
    const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isValid(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Stores `value` under `file`; when that fails, a warning instead of an error (cache-warning.ts). */
export async function writeJsonCache(file: string, value: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`; // test workers may share a pid
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    warnCacheNotStored(file, error);
  }
}
