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
import { pipelineCliBundle } from './cli-bundle.mjs';

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
