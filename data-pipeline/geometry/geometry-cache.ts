/**
 * mapshaper's clean is most of a build's time when it runs (the buurt layer alone about a minute) and its answer only
 * depends on the input text, the settings and the codes to keep. The result is stored under the sha256 of
 * those, so a rebuild with the same boundary files reads it back instead of running mapshaper again.
 * A damaged or unreadable entry is recomputed, never trusted.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readJsonCache, writeJsonCache } from '../io/json-cache.ts';
import { prepareLevelGeometry, type PrepareGeometryInput, type PreparedGeometry } from './prepare-level-geometry.ts';
import { SPIKE_REPAIR_SETTINGS } from './remove-spikes.ts';
import { GAP_SPLIT_SETTINGS } from './split-gaps.ts';

/** Bump when prepareLevelGeometry's output changes for the same input (commands, output shape). */
const CACHE_VERSION = 1;

interface Stored extends Omit<PreparedGeometry, 'labelPoints'> {
  labelPoints: [string, PreparedGeometry['labelPoints'] extends Map<string, infer V> ? V : never][];
}

/** The shape of an entry (its content is trusted: the key is the sha256 of everything it depends on). */
function isStored(value: unknown): value is Stored {
  const v = value as Partial<Record<keyof Stored, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.topojson === 'string' &&
    Array.isArray(v.labelPoints) &&
    Array.isArray(v.missingCodes) &&
    Array.isArray(v.droppedCodes)
  );
}

export function geometryCacheKey(input: PrepareGeometryInput): string {
  const hash = createHash('sha256');
  // The split layer's settings hold the spike repair's; the clean route's layers (clean-layer.ts) name it on
  // their own, so their keys changed with the repair while the split layer's key stayed as it was.
  const settings = {
    v: CACHE_VERSION,
    code: input.codeProperty,
    keep: input.keepShare,
    snap: input.snapDeg ?? null,
    gap: input.gapM ?? null,
    ...(input.splitGaps ? { split: GAP_SPLIT_SETTINGS } : { spikes: SPIKE_REPAIR_SETTINGS }),
  };
  hash.update(JSON.stringify(settings));
  hash.update('\0');
  hash.update([...input.keepCodes].sort().join(','));
  hash.update('\0');
  hash.update(input.geojsonText);
  return hash.digest('hex');
}

/** How a layer is prepared when the cache does not hold it: prepareLevelGeometry, here or on a worker thread. */
export type PrepareLayer = (input: PrepareGeometryInput) => Promise<PreparedGeometry>;

/**
 * `prepare`'s answer, read from `cacheDir` when it holds the answer for exactly this input; no cache when cacheDir is
 * null. An answer that comes after `signal` stopped the build is not stored (the build, or a test, has let go of the folder).
 */
export async function prepareLevelGeometryCached(
  input: PrepareGeometryInput,
  cacheDir: string | null,
  prepare: PrepareLayer = prepareLevelGeometry,
  signal?: AbortSignal,
): Promise<PreparedGeometry & { cached: boolean }> {
  if (cacheDir === null) return { ...(await prepare(input)), cached: false };
  const file = join(cacheDir, `${geometryCacheKey(input)}.json`);
  const stored = await readJsonCache(file, isStored);
  if (stored) return { ...stored, labelPoints: new Map(stored.labelPoints), cached: true };
  const prepared = await prepare(input);
  if (!signal?.aborted) await writeJsonCache(file, { ...prepared, labelPoints: [...prepared.labelPoints] } satisfies Stored);
  return { ...prepared, cached: false };
}
