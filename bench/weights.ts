/**
 * "Eigen weging": rescoring every buurt after one weight change (web/src/weights/rescore.ts, the code the app
 * runs on each slider move, here under Node's V8 on the published buurt.arrow), beside classing the same
 * number of published scores into the map's quantile classes, which every recolouring does anyway.
 * Budget: ≤ 50 ms median.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { col, type Manifest } from '@atlas/contract';
import { RegionTable } from '../web/src/data/region-table.ts';
import { quantileBreaks } from '../web/src/map/classes.ts';
import { rescoreTheme } from '../web/src/weights/rescore.ts';
import { weightKey } from '../web/src/weights/weights-url.ts';
import { ArrowTable } from '../web/src/data/arrow/arrow-table.ts';
import { median, type BenchRow } from './stats.ts';

export async function benchWeights(runs: number, dataDir = resolve(fileURLToPath(import.meta.url), '../../public/data')): Promise<BenchRow[]> {
  const manifest = JSON.parse(await readFile(resolve(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const arrow = ArrowTable.fromIPC(await readFile(resolve(dataDir, 'buurt.arrow')));
  arrow.checkBuffers();
  const buurt = new RegionTable('buurt', arrow);
  const themes = manifest.themes.filter((th) => th.indicators.length > 0);
  // The columns are decoded once when a level loads; the budget is for what a slider move costs after that.
  for (const th of themes) for (const ref of th.indicators) buurt.numbers(col.percentile(ref.id));
  const out = new Float64Array(buurt.size);
  const rescore: number[] = [];
  const classing: number[] = [];
  for (let i = 0; i < Math.max(runs, 5) * 4; i++) {
    const theme = themes[i % themes.length]!;
    const ref = theme.indicators[i % theme.indicators.length]!;
    const weights = new Map([[weightKey(theme.id, ref.id), (i % 4) + 0.5]]);
    let t0 = performance.now();
    rescoreTheme(buurt, manifest, theme, weights, out);
    rescore.push(performance.now() - t0);
    t0 = performance.now();
    quantileBreaks(buurt.numbers(col.theme(theme.id)));
    classing.push(performance.now() - t0);
  }
  return [
    {
      name: `rescore ${buurt.size} buurten (1 weight)`,
      unit: 'ms',
      median: median(rescore),
      baselineName: 'quantile classes of the same column',
      baseline: median(classing),
      target: '≤ 50 ms',
      runs: rescore.length,
    },
  ];
}
