/**
 * Results kept on disk under the sha256 of everything they depend on (geometry checks, neighbour graphs): read
 * back only when the entry parses and has the expected shape, written atomically so a concurrent build never
 * reads half an entry. A damaged or unreadable entry counts as absent, never as an answer.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The stored value, or null when the entry is absent, unreadable or not of the expected shape. */
export async function readJsonCache<T>(file: string, isValid: (value: unknown) => value is T): Promise<T | null> {
  try {
    const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isValid(stored) ? stored : null;
  } catch {
    return null;
  }
}

export async function writeJsonCache(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`; // test workers may share a pid
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, file);
}
