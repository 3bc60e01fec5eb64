/**
 * The build, step by step. Each stage reads only what the stages before it produced:
 * sources/ (read and validate raw files) → regions/ (the 2024 register) → joins/ (other years onto 2024
 * codes) → compute/ (indicators, scores, similar gemeenten) → publish/ (tables, methode.json, manifest.json;
 * swapped in atomically so a failed build leaves the previous output as it was). geometry/ (map layers) needs only
 * the register and the checked boundary files: it begins after the checks and runs beside joins and compute until
 * publish/ writes its layers.
 */
import { LEVELS, type Level, type Manifest } from '@atlas/contract';
import { FULL_CATALOGUE, buildCatalogue } from './compute/build-catalogue.ts';
import { withDb } from './compute/duckdb.ts';
import { computeIndicators } from './compute/indicator-values.ts';
import { scoreLevels, type Scoring } from './compute/scores.ts';
import { similarGemeenten } from './compute/similar-gemeenten.ts';
import { drawCacheIn } from './compute/uncertainty/draw-cache.ts';
import { readBoundaryInputs } from './geometry/boundary-inputs.ts';
import { checkBoundaries } from './geometry/geometry-sanity.ts';
import { prepareGeometry, type GeometryOutcome, type PreparedGeometrySet } from './geometry/prepare-geometry.ts';
import { describeCrimeAgreement } from './joins/crime-agreement.ts';
import { pruneCache } from './io/cache-prune.ts';
import { joinToRegister } from './joins/join-years.ts';
import { createProgress, type Progress } from './progress.ts';
import { checkPublishTarget, siblingStore, withAtomicDirectory } from './publish/atomic-dir.ts';
import { describeBuild } from './publish/manifest.ts';
import { writeMethode } from './publish/methode.ts';
import { OutputFolder } from './publish/output-folder.ts';
import { collectGarbage } from './publish/collect-garbage.ts';
import { reportBuild } from './publish/report.ts';
import { writeSearchIndex } from './publish/search-index.ts';
import { writeManifest } from './publish/write-manifest.ts';
import { prepareTrends } from './publish/trends-table.ts';
import { writeTables } from './publish/write-tables.ts';
import { registerFrom, type RegionRegister } from './regions/register.ts';
import { RawFolder } from './sources/raw-folder.ts';
import { checkPlausibility } from './regions/plausibility.ts';
import { readAllSources } from './sources/read-all.ts';
import { optionalSourceYears } from './sources/read-current.ts';

export const PIPELINE_VERSION = '0.1.0';

export interface BuildOptions {
  rawDir: string;
  outDir: string;
  progress?: Progress;
  now?: Date;
  /** Where the builds behind the outDir pointer are kept (publish/atomic-dir.ts); default `.<outDir name>.builds` beside it. */
  publishStore?: string;
  /** Region counts the layout must have (default: the 2024 layout's); null for a small synthetic raw folder (tests). */
  expectedCounts?: Record<Level, number> | null;
  /** Where the geometry stage keeps its results by input hash (npm run build:data: .cache/geometry); none when absent. */
  geometryCacheDir?: string;
  /**
   * Where the seeded draws' intervals are kept by the sha256 of their plan and code (compute/uncertainty/draw-cache.ts;
   * npm run build:data: .cache/draws). Used only when the pipeline runs bundled; none when absent.
   */
  drawCacheDir?: string;
}

export interface BuildResult {
  manifest: Manifest;
  seconds: number;
}

/**
 * Read, check and join every source, and compute the indicators; the geometry is begun after the checks and returned
 * as a promise (`stopGeometry` ends its threads). Its own function so that the sources and joined
 * tables (the row objects of every raw file) can be collected once the indicators exist: nothing after needs them,
 * and kept to the end of the build they were a large share of its peak memory.
 */
async function readAndCompute(raw: RawFolder, options: BuildOptions, progress: Progress, stopGeometry: AbortSignal) {
  const sources = await progress.stage(
    'read sources',
    () => readAllSources(raw),
    (s) => `${s.list.length} regions listed, ${raw.filesRead} files`,
  );

  const register = await progress.stage(
    'region register 2024',
    async () => registerFrom(raw, sources, options.expectedCounts),
    (r) => LEVELS.map((level) => `${r.byLevel[level].length} ${level}`).join(', '),
  );

  // Before any computing: a wrong input must fail in seconds, and what is accepted with a caveat is listed.
  const { warnings, boundaries } = await progress.stage(
    'plausibility and boundary checks',
    async () => {
      const read = await readBoundaryInputs(raw);
      const found = [...checkPlausibility(sources, register), ...(await checkBoundaries(raw, register, read, options.geometryCacheDir ?? null))];
      return { warnings: found.map((w) => w.replaceAll(`${raw.root}/`, '')), boundaries: read };
    },
    ({ warnings: w }) => `${w.length} warnings`,
  );

  // The geometry goes on beside the stages below (on worker threads when the cache lacks a layer: up to a minute for
  // the buurten) until the publish stage needs it. Awaited there; a rejection meanwhile is not an unhandled one.
  const geometry = prepareGeometry(raw, register, boundaries, { cacheDir: options.geometryCacheDir ?? null, signal: stopGeometry });
  geometry.catch(() => {});

  const { tables, joins, trendSeries, trendYears, crimeAgreement } = await progress.stage(
    'validate codes and join years',
    async () => joinToRegister(sources, register),
    (r) => r.joins.map((j) => `${j.table} ${j.matched}/${j.matched + j.unmatched}`).join(', '),
  );
  progress.line(`  ${describeCrimeAgreement(crimeAgreement)}`);
  const trends = prepareTrends(trendSeries, trendYears);

  const catalogue = buildCatalogue(sources.recreatie?.year ?? null, optionalSourceYears(sources.current));
  // the database holds the loaded sources: closed as soon as the indicators are out, which frees its memory
  const results = await withDb((db) =>
    progress.stage(
      'compute indicators (DuckDB)',
      () => computeIndicators(db, catalogue.indicators, register, tables),
      (r) => `${r.length} indicators, ${r.reduce((n, i) => n + Object.keys(i.levels).length, 0)} indicator-levels`,
    ),
  );
  return { register, warnings, joins, trends, catalogue, results, geometry };
}

const MIB = 1024 * 1024;
/** What each cache folder is kept within (io/cache-prune.ts): the real data's entries several times over. */
const CACHE_LIMITS = { geometry: 256 * MIB, draws: 64 * MIB };

/** After a build, each cache without the entries used longest ago that make it larger than its limit. */
function pruneCaches(options: BuildOptions, usedSince: number, progress: Progress): void {
  const caches = [
    [options.geometryCacheDir, CACHE_LIMITS.geometry],
    [options.drawCacheDir, CACHE_LIMITS.draws],
  ] as const;
  for (const [dir, limit] of caches) {
    if (dir === undefined) continue;
    const { removed, freedBytes } = pruneCache(dir, limit, usedSince);
    if (removed > 0)
      progress.line(
        `  cache ${dir}: ${removed} ${removed === 1 ? 'entry' : 'entries'} used longest ago removed (${(freedBytes / MIB).toFixed(1)} MB) to stay within ${limit / MIB} MB`,
      );
  }
}

/** Read every source, validate, compute indicators and scores, and publish atomically into outDir. */
export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const startedAt = Date.now();
  const progress = options.progress ?? createProgress();
  const raw = new RawFolder(options.rawDir);
  await checkPublishTarget(options.outDir); // refuse a foreign folder before hours of work, not after

  // a build that failed must not wait for the geometry's threads (a minute of mapshaper on a cold cache)
  const stopGeometry = new AbortController();
  try {
    const computed = await readAndCompute(raw, options, progress, stopGeometry.signal);
    const { register, catalogue, results } = computed;

    // the buurt level's draws go on on a worker thread until the buurt table needs them (compute/scores.ts)
    const scoring = await progress.stage(
      'percentiles and theme scores',
      async () => scoreLevels(results, catalogue.indicators, catalogue.themes, register, drawCacheIn(options.drawCacheDir)),
      ({ levels, drawsFromCache }) =>
        catalogue.themes
          .map((t) => `${t.id}: ${LEVELS.map((l) => [...(levels[l].themes.get(t.id)?.values() ?? [])].filter((c) => c.score !== null).length).join('/')}`)
          .join(', ') + (drawsFromCache.length > 0 ? `; draws from cache: ${drawsFromCache.join(', ')}` : ''),
    );
    try {
      const built = await publish(options, progress, raw, computed, scoring, started);
      pruneCaches(options, startedAt, progress);
      return built;
    } finally {
      await scoring.stop();
    }
  } finally {
    stopGeometry.abort();
  }
}

/**
 * The geometry stage (begun after the checks: readAndCompute), its map layers and the search index made from them.
 * Only the outcome is returned: the layers' TopoJSON and places text (~8 MB) is not kept through the region tables.
 */
async function publishGeometry(
  out: OutputFolder,
  prepared: Promise<PreparedGeometrySet>,
  register: RegionRegister,
  progress: Progress,
): Promise<GeometryOutcome> {
  const geometry = await progress.stage(
    'geometry (awaited)',
    () => prepared,
    ({ outcome: g }) =>
      LEVELS.map((l) => `${l} ${g.features[l]}${g.cachedLevels.includes(l) ? ' (cache)' : ''}`).join(', ') +
      LEVELS.map((l) => (g.layers[l]?.missingCodes.length ? `; ${l} zonder grensvlak: ${g.layers[l]?.missingCodes.join(' ')}` : '')).join('') +
      ` (${g.notes.length} notes)`,
  );
  for (const layer of geometry.layers) await out.write(layer.path, layer.topojson, layer.kind, layer.level);
  await writeSearchIndex(out, register, geometry.layers);
  return geometry.outcome;
}

/** From the scores on: similar gemeenten, geometry, and the published files. */
async function publish(
  options: BuildOptions,
  progress: Progress,
  raw: RawFolder,
  computed: Awaited<ReturnType<typeof readAndCompute>>,
  scoring: Scoring,
  started: number,
): Promise<BuildResult> {
  const { register, warnings, joins, trends, catalogue, results } = computed;

  const similar = await progress.stage(
    'vergelijkbare gemeenten',
    async () => similarGemeenten(register, results),
    (m) => `${m.size} gemeenten, 5 each`,
  );

  const store = options.publishStore ?? siblingStore(options.outDir);
  const manifest = await withAtomicDirectory(options.outDir, store, async (dir) => {
    const out = new OutputFolder(dir);
    // the scores leave a heap of garbage (their draws) that V8 may not collect before the tables: see collect-garbage.ts
    collectGarbage();
    const geometry = await publishGeometry(out, computed.geometry, register, progress);
    const hotspots = await progress.stage(
      'region tables (Arrow + Parquet), neighbours, Gi*',
      () =>
        writeTables(out, {
          register,
          results,
          indicators: catalogue.indicators,
          scored: scoring.levels,
          themeIds: catalogue.themes.map((t) => t.id),
          withGeometry: geometry.codes,
          similar,
          trends: trends.table,
          gemeenteTrends: trends.gemeente,
          cacheDir: options.geometryCacheDir ?? null,
        }),
      (h) =>
        `${out.files.filter((f) => f.kind.startsWith('table')).length} table files, ${trends.table.rows} trend points; ` +
        (h.map((l) => `${l.level} ${l.graph.neighbours.size} regions, ${l.graph.islands.length} islands`).join(', ') || 'no hotspot level has geometry'),
    );
    const scored = await scoring.complete();
    const description = describeBuild({
      now: options.now ?? new Date(),
      pipelineVersion: PIPELINE_VERSION,
      raw,
      register,
      catalogue,
      results,
      scored,
      joins,
      geometry,
      trendYears: trends.years,
      hotspots,
    });
    await writeMethode(out, description, FULL_CATALOGUE, { register, results, scored, hotspots });
    return writeManifest(out, { ...description, warnings });
  });

  const seconds = (performance.now() - started) / 1000;
  reportBuild(progress, options.outDir, manifest, seconds);
  for (const warning of manifest.warnings) progress.line(`  warning: ${warning}`);
  return { manifest, seconds };
}
