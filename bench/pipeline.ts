/**
 * The pipeline bench: the full build exactly as `npm run build:data` runs it (the launcher named in package.json, which
 * checks its bundle of the pipeline code and rebuilds it when stale, then builds) against plain DuckDB reading the same raw
 * files (bench/pipeline-baseline.mjs), each run as a whole child process under GNU time, interleaved A B A B so a
 * busy machine slows both alike. Per row: wall time, CPU time (user + sys of the child and its children) and peak
 * memory (max RSS), as median (min–max) and the ratio of the medians to the baseline's.
 * The file list comes from the manifest of a warm-up build (every raw path it names), not from a hand list.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildDataCommand } from '../data-pipeline/cli/build-data-command.ts';
import { pipelineCliBundle } from '../data-pipeline/cli/cli-bundle.mjs';
import { writeDoubledRaw } from './doubled-raw.ts';
import { median, type BenchRow } from './stats.ts';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const GNU_TIME = '/usr/bin/time';

interface Measured {
  wall: number;
  cpu: number;
  rssMiB: number;
}

/** The baseline runs as plain JavaScript under node (the build: what `npm run build:data` runs, without npm's start-up). */
const BASELINE_COMMAND = [process.execPath, 'bench/pipeline-baseline.mjs'];

/**
 * One child process under GNU time; wall from our clock, CPU and max RSS from time. `check` reads its stderr and
 * names what makes the run not the one its row claims (a build that read its draws from the cache in a "computed" row).
 */
async function measure(command: readonly string[], env: Record<string, string> = {}, check: (stderr: string) => string | null = () => null): Promise<Measured> {
  const report = join(tmpdir(), `atlas-bench-time-${process.pid}.txt`);
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
    const child = spawn(GNU_TIME, ['-f', '%U %S %M', '-o', report, ...command], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', fail);
    child.on('close', (exit) => done({ code: exit, stderr: text }));
  });
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command.join(' ')} failed (exit ${code}):\n${stderr.slice(-2000)}`);
  const wrong = check(stderr);
  if (wrong !== null) throw new Error(`${command.join(' ')}: ${wrong}`);
  const [user, sys, rssKiB] = (await readFile(report, 'utf8')).trim().split(/\s+/).slice(-3).map(Number);
  await rm(report, { force: true });
  return { wall, cpu: (user ?? NaN) + (sys ?? NaN), rssMiB: (rssKiB ?? NaN) / 1024 };
}

/** Every string in the manifest that names a file in the raw folder: the files the build read. */
function rawPathsIn(manifest: unknown, rawDir: string, found = new Set<string>()): Set<string> {
  if (typeof manifest === 'string') {
    const path = join(rawDir, manifest);
    if (!manifest.startsWith('/') && existsSync(path) && statSync(path).isFile()) found.add(manifest);
  } else if (Array.isArray(manifest)) for (const item of manifest) rawPathsIn(item, rawDir, found);
  else if (manifest && typeof manifest === 'object') for (const value of Object.values(manifest)) rawPathsIn(value, rawDir, found);
  return found;
}

const buildCommand = (rawDir: string, outDir: string, anyLayout: boolean) => [
  ...buildDataCommand(REPO),
  '--raw',
  rawDir,
  '--out',
  outDir,
  ...(anyLayout ? ['--any-layout'] : []),
];

interface Case {
  name: string;
  run: () => Promise<Measured>;
  samples: Measured[];
}

const stat = (samples: readonly Measured[], key: keyof Measured) => {
  const values = samples.map((s) => s[key]);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
};
const cell = (samples: readonly Measured[], key: keyof Measured, digits: number) => {
  const s = stat(samples, key);
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
};

function printTable(cases: readonly Case[], baselineOf: (c: Case) => Case): void {
  console.log('\nPipeline (child processes under GNU time, interleaved; median (min–max); ratio = median / baseline median)');
  const head = ['row', 'wall s', 'CPU s', 'peak MiB', 'ratio wall', 'ratio CPU', 'ratio mem'];
  const lines = cases.map((c) => {
    const base = baselineOf(c);
    const ratio = (key: keyof Measured) => (base === c ? '' : `${(stat(c.samples, key).median / stat(base.samples, key).median).toFixed(2)}×`);
    return [c.name, cell(c.samples, 'wall', 2), cell(c.samples, 'cpu', 2), cell(c.samples, 'rssMiB', 0), ratio('wall'), ratio('cpu'), ratio('rssMiB')];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  for (const line of [head, ...lines]) console.log(`  ${line.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ')}`);
}

/**
 * Cases: the build with warm caches (geometry and seeded draws, filled by the warm-up), with the draws computed (a new
 * empty ATLAS_DRAW_CACHE_DIR per run: what a build from new counts costs), with both caches cold (mapshaper runs as
 * well), the baseline, and the same for the doubled raw folder (bench/doubled-raw.ts; no cold geometry, minutes).
 * Set ATLAS_BENCH_PIPELINE_COLD=0 or ATLAS_BENCH_PIPELINE_DOUBLED=0 to leave those rows out.
 * ATLAS_BENCH_GEOMETRY_CACHE=<dir> lets the warm rows use an existing geometry cache (e.g. the repository's
 * .cache/geometry) instead of filling a new one, which takes minutes.
 */
export async function benchPipeline(rawDir: string, runs: number): Promise<BenchRow[]> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed to measure CPU time and peak memory of the child processes`);
  const dir = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
  try {
    const warmGeometry = process.env.ATLAS_BENCH_GEOMETRY_CACHE ?? join(dir, 'geometry-warm');
    let emptyDirs = 0;
    const empty = (what: string) => join(dir, `${what}-cold-${emptyDirs++}`);
    const caches = (geometry: string, draws: string) => ({ ATLAS_GEOMETRY_CACHE_DIR: geometry, ATLAS_DRAW_CACHE_DIR: draws });
    // every level's draws from the cache in a warm row, none in a computed or cold one (the stage line says which)
    const drawsAre = (cached: boolean) => (stderr: string) =>
      (cached ? /draws from cache: buurt, gemeente, wijk/.test(stderr) : !stderr.includes('draws from cache'))
        ? null
        : `expected ${cached ? 'every level' : 'no level'} to read its draws from the cache`;
    const single = (name: string, raw: string, anyLayout: boolean, env: () => Record<string, string>, cachedDraws: boolean) =>
      measure(buildCommand(raw, join(dir, name), anyLayout), env(), drawsAre(cachedDraws));
    const baseline = (raw: string, files: readonly string[], name: string) => measure([...BASELINE_COMMAND, raw, join(dir, name), ...files]);

    // The launcher's own step, timed apart once (it is inside every build row): a rebuild from scratch, then the check of a cached bundle.
    const rebuild = await pipelineCliBundle(REPO, join(dir, 'pipeline-cli'));
    const check = await pipelineCliBundle(REPO, join(dir, 'pipeline-cli'));
    const bundleNote = `launcher's bundle of the pipeline code (${rebuild.inputs} files): rebuild ${rebuild.ms.toFixed(0)} ms when stale, check ${check.ms.toFixed(0)} ms when cached`;
    console.error('pipeline bench: warm-up build (fills the warm caches and the bundle of the pipeline code, lists the raw files read)');
    const warm = () => caches(warmGeometry, join(dir, 'draws-warm'));
    await single('out', rawDir, false, warm, false);
    const files = [...rawPathsIn(JSON.parse(await readFile(join(dir, 'out', 'manifest.json'), 'utf8')), rawDir)].sort();
    console.error(`pipeline bench: ${files.length} raw files read by the build; baseline reads the same`);

    const base: Case = { name: `baseline: DuckDB reads the ${files.length} files → Parquet`, run: () => baseline(rawDir, files, 'base'), samples: [] };
    const warmCase: Case = { name: 'build, caches warm', run: () => single('out', rawDir, false, warm, true), samples: [] };
    const drawnCase: Case = {
      name: 'build, draws computed (geometry cache warm)',
      run: () => single('out', rawDir, false, () => caches(warmGeometry, empty('draws')), false),
      samples: [],
    };
    const cases: Case[] = [warmCase, drawnCase, base];
    if (process.env.ATLAS_BENCH_PIPELINE_COLD !== '0')
      cases.splice(2, 0, {
        name: 'build, caches cold',
        run: () => single('out', rawDir, false, () => caches(empty('geometry'), empty('draws')), false),
        samples: [],
      });

    let doubledNote = '';
    let doubledBase: Case | null = null;
    const growthOf: [string, Case, Case][] = [];
    if (process.env.ATLAS_BENCH_PIPELINE_DOUBLED !== '0') {
      const doubledRaw = join(dir, 'raw-doubled');
      await mkdir(doubledRaw);
      const { regions, doubledRegions } = await writeDoubledRaw(rawDir, doubledRaw);
      const doubledGeometry = join(dir, 'geometry-doubled');
      const doubledWarm = () => caches(doubledGeometry, join(dir, 'draws-doubled'));
      console.error('pipeline bench: warm-up build of the doubled raw folder');
      await single('out-doubled', doubledRaw, true, doubledWarm, false);
      doubledNote = `"doubled" raw folder: ${doubledRegions} regions instead of ${regions} (×${(doubledRegions / regions).toFixed(2)}; see bench/doubled-raw.ts for what is copied and what is left out)`;
      doubledBase = { name: 'baseline on the doubled folder', run: () => baseline(doubledRaw, files, 'base-doubled'), samples: [] };
      const doubledWarmCase: Case = { name: 'build doubled, caches warm', run: () => single('out-doubled', doubledRaw, true, doubledWarm, true), samples: [] };
      const doubledDrawnCase: Case = {
        name: 'build doubled, draws computed',
        run: () => single('out-doubled', doubledRaw, true, () => caches(doubledGeometry, empty('draws')), false),
        samples: [],
      };
      cases.push(doubledWarmCase, doubledDrawnCase, doubledBase);
      growthOf.push(['caches warm', warmCase, doubledWarmCase], ['draws computed', drawnCase, doubledDrawnCase]);
    }

    for (let round = 0; round < runs; round++) {
      for (const c of cases) {
        c.samples.push(await c.run());
        console.error(`pipeline bench: round ${round + 1}/${runs} ${c.name}: ${c.samples.at(-1)?.wall.toFixed(2)} s`);
      }
    }
    const isDoubled = (c: Case) => c.name.includes('doubled');
    printTable(cases, (c) => (isDoubled(c) && doubledBase ? doubledBase : base));
    if (growthOf.length > 0) console.log(`  ${doubledNote}`);
    for (const [what, once, doubled] of growthOf) {
      const growth = (key: keyof Measured) => (stat(doubled.samples, key).median / stat(once.samples, key).median).toFixed(2);
      console.log(`  growth doubled / single (${what}): wall ${growth('wall')}×, CPU ${growth('cpu')}×, peak memory ${growth('rssMiB')}×`);
    }
    console.log(`  build rows: ${buildDataCommand(REPO).join(' ')} <flags> (= npm run build:data); baselines: ${BASELINE_COMMAND.join(' ')} <files>`);
    console.log(`  cold = a new empty cache folder (ATLAS_GEOMETRY_CACHE_DIR, ATLAS_DRAW_CACHE_DIR) per run; ${bundleNote}`);
    const cpuRow = (c: Case, name: string): BenchRow => ({
      name,
      unit: 's',
      median: stat(c.samples, 'cpu').median,
      baselineName: 'DuckDB read → Parquet (CPU)',
      baseline: stat(base.samples, 'cpu').median,
      target: '≤ 3×',
      runs,
    });
    return [cpuRow(warmCase, 'full build, caches warm (CPU)'), cpuRow(drawnCase, 'full build, draws computed (CPU)')];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
