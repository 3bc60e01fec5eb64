// @ts-check
/**
 * `npm run build:data [-- flags]` (flags: run-build-data.ts): the pipeline CLI from a bundle of its code in
 * .cache/pipeline-cli/, rebuilt first when any source it imports changed (cli-bundle.mjs), then run in this same
 * process. Loading one bundled file instead of every TypeScript module through tsx saves ~0.5 s per build; the
 * output, the messages and the exit codes are the build's own. Stack traces point at the .ts sources (source map).
 */
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { pipelineCliBundle } from './cli-bundle.mjs';

// V8 optimises a function once it has run through its interrupt budget a few times (Node 20's V8 11.3: 66 KB of
// bytecode, 3 times; `node --v8-options`). A build runs thousands of the bundle's functions briefly, and optimising
// them was a fifth of its CPU (perf: TurboFan on the background threads, 0.8 of 3.9 s with the caches warm). With a
// budget of 500 KB only the hot ones are optimised: in 5-6 interleaved runs each, CPU went 3.61 -> 3.37 s with the
// caches warm and 5.55 -> 5.25 s with the draws computed, wall alike or lower; a cold build took 48.8 s against
// 49.7 s (one run each). Set before the bundle loads; the worker threads share it.
setFlagsFromString('--interrupt-budget=500000');

const root = resolve(fileURLToPath(import.meta.url), '../../..');

const bundle = await pipelineCliBundle(root).catch((/** @type {unknown} */ error) => {
  process.stderr.write(`build:data failed: the pipeline code does not bundle: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
if (bundle.rebuilt)
  process.stderr.write(`Pipeline code changed: ${bundle.inputs} files bundled into ${dirname(bundle.file)} in ${(bundle.ms / 1000).toFixed(2)} s\n`);
process.setSourceMapsEnabled(true);
/** @type {{ runBuildData: (repoRoot: string, argv: readonly string[]) => Promise<void> }} */
const cli = await import(pathToFileURL(bundle.file).href);
await cli.runBuildData(root, process.argv.slice(2));
