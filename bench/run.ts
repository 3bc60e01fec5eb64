/**
 * `npm run bench [-- --only pipeline|web] [--runs N]`: performance figures, each the median of runs
 * beside a baseline measured in the same run. Not a test: it prints, it does not pass or fail.
 */
import { benchPipeline } from './pipeline.ts';
import { printRows } from './stats.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only');
const runs = Number(arg('--runs') ?? 5);

if (!only || only === 'pipeline') printRows('Pipeline', await benchPipeline(runs));
if (!only || only === 'web') {
  const { benchWeb } = await import('./web.ts');
  printRows('Dashboard (production build, headless Chromium, localhost)', await benchWeb(runs));
}
