/**
 * The map layers (begun by build.ts after the boundary checks, beside the later stages). Every level with a boundary
 * file becomes TopoJSON holding exactly the register's regions, plus a places file (label point, name and bounds per
 * region); the aggregate layers become context TopoJSON. Kept in memory until publish/ writes them.
 */
import {
  AGGREGATES,
  LEVELS,
  dataFile,
  placesFile,
  waterFile,
  type Aggregate,
  type Level,
  type LevelGeometry,
  type PlaceRow,
  type PlacesFile,
} from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import { BOUNDARY_FILES, CONTEXT_FILES } from '../sources/boundary-files.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { prepareContextGeometry } from './context-geometry.ts';
import type { BoundaryInput } from './boundary-inputs.ts';
import { prepareLevelGeometryCached, type PrepareLayer } from './geometry-cache.ts';
import { prepareLevelGeometryOnWorker, stoppedBefore } from './geometry-on-worker.ts';
import { prepareLevelGeometry } from './prepare-level-geometry.ts';
import type { LabelPoint } from './label-points.ts';

export interface GeometryOutcome {
  features: Record<Level, number>;
  codes: Record<Level, Set<string>>;
  contextFeatures: Record<Aggregate, number>;
  notes: string[];
  missingLevels: Level[];
  /** Per level: the file, who made it, whether it is approximate, and the regions without a polygon. */
  layers: Record<Level, LevelGeometry | null>;
  /** Levels read from the geometry cache instead of running mapshaper. */
  cachedLevels: Level[];
}

/** One file to publish, at its path under the data folder. */
export type GeometryLayer =
  | { path: string; kind: 'geometry'; level: Level; topojson: string }
  | { path: string; kind: 'places'; level: Level; topojson: string }
  | { path: string; kind: 'geometry'; level?: undefined; topojson: string }
  | { path: string; kind: 'context-geometry'; level: Aggregate; topojson: string };

export interface PreparedGeometrySet {
  /** Per level its TopoJSON then its places file, in LEVELS order; then context layers in AGGREGATES order. */
  layers: GeometryLayer[];
  outcome: GeometryOutcome;
}

function placesOf(level: Level, register: RegionRegister, points: ReadonlyMap<string, LabelPoint>): string {
  const rows: PlaceRow[] = [];
  for (const region of register.byLevel[level]) {
    const p = points.get(region.code);
    if (p) rows.push([region.code, region.name, p.lon, p.lat, ...p.bbox]);
  }
  const file: PlacesFile = { level, rows };
  return JSON.stringify(file);
}

/**
 * A layer of at least this many characters is prepared on a worker thread when the cache does not hold it. Every
 * real boundary layer is larger (the smallest, the gemeenten, ~650 kB), so the in-thread route runs only for test
 * fixtures, where a thread's start and mapshaper's load would cost more than the layer.
 */
const ON_WORKER_FROM_CHARS = 256 * 1024;

const preparing =
  (signal: AbortSignal, onWorkerFromChars: number): PrepareLayer =>
  async (input) => {
    if (input.geojsonText.length >= onWorkerFromChars) return prepareLevelGeometryOnWorker(input, signal);
    // here it cannot be stopped once begun, but a layer of a stopped build is not begun
    if (signal.aborted) throw stoppedBefore(input.sourcePath);
    return prepareLevelGeometry(input);
  };

export interface GeometryOptions {
  /** Where prepared layers are kept by the sha256 of their input (geometry-cache.ts); none when null. */
  cacheDir?: string | null;
  /** Ends the layers' worker threads, for a build that failed elsewhere. */
  signal?: AbortSignal;
  /** From this many characters of GeoJSON on, a layer is prepared on a worker thread (default ON_WORKER_FROM_CHARS). */
  onWorkerFromChars?: number;
}

/**
 * The wijk layer's features without a 2024 region are water-only wijken (and Buitenland, GM0998): the
 * gemeente polygons leave large water out, so drawing these shows the IJsselmeer, Wadden and Zeeland
 * waters as water rather than as empty background. Same cleaning as the regions (cached), strongly simplified.
 */
async function waterLayer(
  input: { geojsonText: string; sourcePath: string; codeProperty: string; droppedCodes: readonly string[] },
  cacheDir: string | null,
  prepare: PrepareLayer,
  signal: AbortSignal,
): Promise<string | null> {
  const codes = input.droppedCodes.filter((code) => !code.startsWith('WK0998'));
  if (codes.length === 0) return null;
  const water = await prepareLevelGeometryCached(
    { geojsonText: input.geojsonText, sourcePath: input.sourcePath, codeProperty: input.codeProperty, keepCodes: new Set(codes), keepShare: 0.3 },
    cacheDir,
    prepare,
    signal,
  );
  return water.topojson;
}

/** One level's layers (its TopoJSON, its places, and for the wijk level the water) and its part of the outcome. */
interface LevelPart {
  level: Level;
  layers: GeometryLayer[];
  cached: boolean;
  features: number;
  codes: Set<string>;
  layer: LevelGeometry;
  notes: string[];
}

async function prepareLevel(
  register: RegionRegister,
  boundary: BoundaryInput,
  cacheDir: string | null,
  onWorkerFromChars: number,
  signal: AbortSignal,
): Promise<LevelPart> {
  const prepare = preparing(signal, onWorkerFromChars);
  const { level, spec, text, file } = boundary;
  const keepCodes = new Set(register.byLevel[level].map((r) => r.code));
  const prepared = await prepareLevelGeometryCached(
    {
      geojsonText: text,
      sourcePath: file,
      codeProperty: spec.codeProperty,
      keepCodes,
      keepShare: spec.keepShare,
      snapDeg: spec.snapDeg,
      gapM: spec.gapM,
      splitGaps: spec.splitGaps,
    },
    cacheDir,
    prepare,
    signal,
  );
  const layers: GeometryLayer[] = [
    { path: dataFile.geometry(level), kind: 'geometry', level, topojson: prepared.topojson },
    { path: placesFile(level), kind: 'places', level, topojson: placesOf(level, register, prepared.labelPoints) },
  ];
  if (level === 'wijk') {
    const water = await waterLayer(
      { geojsonText: text, sourcePath: file, codeProperty: spec.codeProperty, droppedCodes: prepared.droppedCodes },
      cacheDir,
      prepare,
      signal,
    );
    if (water !== null) layers.push({ path: waterFile, kind: 'geometry', topojson: water });
  }
  const notes: string[] = [];
  if (spec.approximate) notes.push(`${level}: grenzen bij benadering (${spec.path}); afwijkingen van tientallen meters, tot ongeveer 100 m.`);
  if (prepared.droppedCodes.length > 0) {
    notes.push(`${level}: ${prepared.droppedCodes.length} grensvlakken zonder gebied in de indeling 2024 weggelaten (water en Buitenland).`);
  }
  if (prepared.missingCodes.length > 0) {
    const listed = prepared.missingCodes.length <= 20 ? `: ${prepared.missingCodes.join(', ')}` : '';
    notes.push(`${level}: ${prepared.missingCodes.length} gebieden zonder grensvlak${listed}.`);
  }
  const missing = new Set(prepared.missingCodes);
  return {
    level,
    layers,
    cached: prepared.cached,
    features: prepared.features,
    codes: new Set([...keepCodes].filter((code) => !missing.has(code))),
    layer: { file: spec.path, source: spec.source, approximate: spec.approximate, missingCodes: prepared.missingCodes, method: spec.method ?? null },
    notes,
  };
}

/**
 * Prepare the geometry of every level that has a boundary file (`boundaries`, as the checks read them), and the context
 * layers. The levels are prepared side by side (on worker threads where the cache does not hold them: the buurt layer's
 * clean takes about a minute) and put together in LEVELS order, so the result does not depend on which finished first.
 * A failure is the first in LEVELS order, as when the levels ran one after another: a failing level stops those after
 * it (their errors could not come first) and waits for those before it.
 */
export async function prepareGeometry(
  raw: RawFolder,
  register: RegionRegister,
  boundaries: readonly BoundaryInput[],
  options: GeometryOptions = {},
): Promise<PreparedGeometrySet> {
  const { cacheDir = null, signal, onWorkerFromChars = ON_WORKER_FROM_CHARS } = options;
  const levels = LEVELS.map((level) => ({ level, stop: new AbortController() }));
  const stopAll = (): void => levels.forEach(({ stop }) => stop.abort());
  if (signal?.aborted) stopAll();
  signal?.addEventListener('abort', stopAll, { once: true });
  const runs = levels.map(async ({ level, stop }, i) => {
    const boundary = boundaries.find((b) => b.level === level);
    if (!boundary) return null;
    try {
      return await prepareLevel(register, boundary, cacheDir, onWorkerFromChars, stop.signal);
    } catch (error) {
      levels.slice(i + 1).forEach((later) => later.stop.abort());
      throw error;
    }
  });
  const settled = await Promise.allSettled(runs);
  signal?.removeEventListener('abort', stopAll);
  const failed = settled.find((run) => run.status === 'rejected');
  if (failed) throw failed.reason;
  const parts = settled.map((run) => (run.status === 'fulfilled' ? run.value : null));
  const layers: GeometryLayer[] = [];
  const outcome: GeometryOutcome = {
    features: { gemeente: 0, wijk: 0, buurt: 0 },
    codes: { gemeente: new Set(), wijk: new Set(), buurt: new Set() },
    contextFeatures: { provincie: 0, veiligheidsregio: 0, politie_eenheid: 0 },
    notes: [],
    missingLevels: [],
    layers: { gemeente: null, wijk: null, buurt: null },
    cachedLevels: [],
  };
  for (const [i, level] of LEVELS.entries()) {
    const part = parts[i];
    if (!part) {
      outcome.missingLevels.push(level);
      outcome.notes.push(`Geen grenzenbestand voor ${level} (${BOUNDARY_FILES[level].path}); dit niveau is alleen als tabel gepubliceerd.`);
      continue;
    }
    if (part.cached) outcome.cachedLevels.push(level);
    layers.push(...part.layers);
    outcome.features[level] = part.features;
    outcome.codes[level] = part.codes;
    outcome.layers[level] = part.layer;
    outcome.notes.push(...part.notes);
  }
  for (const aggregate of AGGREGATES) {
    const spec = CONTEXT_FILES[aggregate];
    const { text, file } = await raw.readText(spec.path);
    const prepared = await prepareContextGeometry(text, file, spec.object);
    layers.push({ path: dataFile.context(aggregate), kind: 'context-geometry', level: aggregate, topojson: prepared.topojson });
    outcome.contextFeatures[aggregate] = prepared.features;
  }
  return { layers, outcome };
}
