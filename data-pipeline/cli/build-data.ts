/**
 * The pipeline CLI run in place by tsx: `npx tsx data-pipeline/cli/build-data.ts [flags]`, the same build as
 * `npm run build:data [-- flags]` (flags: run-build-data.ts), which runs a cached bundle of it instead (launch-build-data.mjs).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuildData } from './run-build-data.ts';

await runBuildData(resolve(fileURLToPath(import.meta.url), '../../..'), process.argv.slice(2));
