/**
 * `npm run bench [-- --only pipeline|web|weights|load] [--runs N] [--raw DIR]`: performance figures, each the median
 * of runs beside a baseline measured in the same run. Not a test: it prints, it does not pass or fail.
 * The raw folder is found as `npm run build:data` finds it (data-pipeline/cli/resolve-raw-dir.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagValue, resolveRawDir } from '../data-pipeline/cli/resolve-raw-dir.ts';
import { createProgress } from '../data-pipeline/progress.ts';
import { benchPipeline } from './pipeline.ts';
import { printRows } from './stats.ts';

const USAGE = `npm run bench [-- --only pipeline|web|weights|load] [--runs N] [--raw DIR]
  pipeline  full build from raw vs. DuckDB reading the same CSVs (N builds)
  web       the production bundle plus the baseline page (ATLAS_BENCH_BUILD=1, into dist-bench/) in headless Chromium vs. MapLibre alone
  weights   rescoring every buurt after one weight change ("eigen weging") vs. classing the same column
  load      npm run serve vs. vite preview on 127.0.0.1: autocannon, 10 s and 50 connections each on index.html,
            the manifest and the largest data file (N rounds only when --runs is given, else 1; builds dist-bench/)`;

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const only = flagValue(argv, '--only');
const runs = Number(flagValue(argv, '--runs') ?? 5);
if (only !== undefined && !['pipeline', 'web', 'weights', 'load'].includes(only))
  throw new Error(`--only ${only}: expected pipeline, web, weights or load\n${USAGE}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${runs}: expected a whole number ≥ 1`);

if (!only || only === 'pipeline') {
  const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
  const { dir } = await resolveRawDir({ argv, env: process.env, repoRoot, progress: createProgress((line) => process.stderr.write(`${line}\n`)) });
  printRows('Pipeline', await benchPipeline(dir, runs));
}
if (!only || only === 'weights') {
  const { benchWeights } = await import('./weights.ts');
  printRows('Eigen weging (web/src/weights, Node V8, public/data)', await benchWeights(runs));
}
if (!only || only === 'web') {
  const { benchWeb } = await import('./web.ts');
  printRows('Dashboard (production build, headless Chromium, localhost)', await benchWeb(runs));
}
if (!only || only === 'load') {
  const { benchLoad, LOAD_CONNECTIONS, LOAD_SECONDS } = await import('./load.ts');
  // Each round is 10 s per target and server, so one round unless asked; the web bench above already built dist-bench.
  const rounds = flagValue(argv, '--runs') === undefined ? 1 : runs;
  printRows(`Load (autocannon, ${LOAD_CONNECTIONS} connections, ${LOAD_SECONDS} s per target, 127.0.0.1)`, await benchLoad(rounds, only === 'load'));
}
