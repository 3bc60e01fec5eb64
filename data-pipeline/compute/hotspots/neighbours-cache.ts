/**
 * Contiguity neighbours take over a second of CPU per build (the buurt layer's 14.5k regions) and depend only on
 * the published TopoJSON of a level and the level's rule, so they are kept beside the geometry cache under the
 * sha256 of those.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Level } from '@atlas/contract';
import { readJsonCache, writeJsonCache } from '../../io/json-cache.ts';
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

const storedFor =
  (level: Level) =>
  (value: unknown): value is Stored => {
    const stored = value as Partial<Stored> | null;
    return stored?.level === level && Array.isArray(stored.neighbours) && Array.isArray(stored.islands);
  };

/** neighboursFromTopojson, read from `cacheDir` when it holds the answer for exactly this TopoJSON; no cache when cacheDir is null. */
export async function neighboursCached(level: Level, topojsonText: string, cacheDir: string | null): Promise<LevelNeighbours> {
  if (cacheDir === null) return neighboursFromTopojson(level, topojsonText);
  const file = join(cacheDir, `neighbours-${neighboursCacheKey(level, topojsonText)}.json`);
  const stored = await readJsonCache(file, storedFor(level));
  if (stored) return { level, neighbours: new Map(stored.neighbours), islands: stored.islands };
  const graph = neighboursFromTopojson(level, topojsonText);
  await writeJsonCache(file, { level, neighbours: [...graph.neighbours], islands: graph.islands } satisfies Stored);
  return graph;
}
