/**
 * Contiguity neighbours take over a second of CPU per build (the buurt layer's 14.5k regions) and depend only on
 * the published TopoJSON of a level and the level's rule, so they are kept beside the geometry cache under the
 * sha256 of those. A damaged or unreadable entry is recomputed, never trusted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Level } from '@atlas/contract';
import { CONTIGUITY_RULE, neighboursFromTopojson, type LevelNeighbours } from './level-neighbours.ts';

/** Bump when neighboursFromTopojson or maths/contiguity-neighbours.ts answers differently for the same TopoJSON. */
const CACHE_VERSION = 1;

interface Stored {
  level: Level;
  neighbours: [string, string[]][];
  islands: string[];
}

export function neighboursCacheKey(level: Level, topojsonText: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ v: CACHE_VERSION, level, rule: CONTIGUITY_RULE[level] }));
  hash.update('\0');
  hash.update(topojsonText);
  return hash.digest('hex');
}

function isStored(value: unknown, level: Level): value is Stored {
  if (!value || typeof value !== 'object') return false;
  const stored = value as Partial<Stored>;
  return stored.level === level && Array.isArray(stored.neighbours) && Array.isArray(stored.islands);
}

/** neighboursFromTopojson, read from `cacheDir` when it holds the answer for exactly this TopoJSON; no cache when cacheDir is null. */
export async function neighboursCached(level: Level, topojsonText: string, cacheDir: string | null): Promise<LevelNeighbours> {
  if (cacheDir === null) return neighboursFromTopojson(level, topojsonText);
  const file = join(cacheDir, `neighbours-${neighboursCacheKey(level, topojsonText)}.json`);
  try {
    const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isStored(stored, level)) return { level, neighbours: new Map(stored.neighbours), islands: stored.islands };
  } catch {
    // absent or unreadable: compute below
  }
  const graph = neighboursFromTopojson(level, topojsonText);
  const stored: Stored = { level, neighbours: [...graph.neighbours], islands: graph.islands };
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`; // test workers may share a pid
  await writeFile(temporary, JSON.stringify(stored));
  await rename(temporary, file); // atomic: a concurrent build never reads half an entry
  return graph;
}
