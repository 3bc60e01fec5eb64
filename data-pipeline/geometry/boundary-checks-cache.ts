/**
 * Where a passed boundary check keeps its warnings (geometry-sanity.ts): under the sha256 of the checked files'
 * own sha256, their specs (path, code property, approximate …), the raw folder, and every register fact the checks read (codes per level and
 * each region's gemeente and wijk).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { LEVELS } from '@atlas/contract';
import { readJsonCache } from '../io/json-cache.ts';
import type { RegionRegister } from '../regions/register.ts';
import type { BoundarySpec } from '../sources/boundary-files.ts';

/** Bump when the checks (geometry-sanity.ts, sanity-area-share.ts, ring-intersections.ts, wgs84.ts) or their thresholds change. */
const CACHE_VERSION = 1;

export function boundaryChecksFile(
  cacheDir: string,
  rawRoot: string,
  inputs: readonly { spec: BoundarySpec; sha256: string }[],
  register: RegionRegister,
): string {
  const hash = createHash('sha256');
  // the raw folder's own path too: warnings may name files by their full path
  hash.update(JSON.stringify({ v: CACHE_VERSION, root: rawRoot, files: inputs.map((i) => [i.spec, i.sha256]) }));
  for (const level of LEVELS) {
    hash.update(`\0${level}`);
    for (const region of register.byLevel[level]) hash.update(`\n${region.code} ${region.gemeenteCode} ${region.wijkCode ?? ''}`);
  }
  return join(cacheDir, `boundary-checks-${hash.digest('hex')}.json`);
}

const isWarningList = (value: unknown): value is string[] => Array.isArray(value) && value.every((w) => typeof w === 'string');

export const readBoundaryChecks = (file: string): Promise<string[] | null> => readJsonCache(file, isWarningList);
