import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../data-pipeline/build.ts';
import { silentProgress } from '../data-pipeline/progress.ts';
import { median, timeRuns, type BenchRow } from './stats.ts';

/** The CSV tables the pipeline reads, to be read and written by the baseline without any validation. */
const BASELINE_CSVS = [
  'statistics/cbs_85984NED_kwb2024/statline_csv_metadata/WijkenEnBuurten.csv',
  'statistics/cbs_85984NED_kwb2024/gemeente_wijk_8vars/kwb2024_gemeente_wijk_8vars.csv',
  'statistics/cbs_85984NED_kwb2024/buurt_population/Population85984_2024.csv',
  'statistics/cbs_85984NED_kwb2024/buurt_names/cbs_buurt_namen_85984.csv',
  'statistics/cbs_85984NED_kwb2024/buurt_subset_micro_neighbourhood/kwb2024_buurten_subset_13817.csv',
  'statistics/cbs_85984NED_kwb2024/buurt_subset_micro_neighbourhood/_original/buurten_features_clusters_with_crime_2024.csv',
  'statistics/politie_47018NED_misdrijven_buurt_2024/cbs_crime_2024JJ00_buurten.csv',
  'statistics/cbs_83648NED_misdrijven_gemeente_2010_2020/voorspelmodel.csv',
  'statistics/cbs_wijkbuurtkaart_2023_v1_gemeenten/gemeenten_2023_v1.csv',
  'statistics/cbs_wijkbuurtkaart_2022_v1_wijken_gemeenten/wijk_2022_v1.csv',
  'statistics/scp_jeugdhulp_in_de_wijk_2017/jeugdhulp_in_de_wijk_2017__determinanten.csv',
  'statistics/kiesraad_tk2023_osv4-3/tk2023_gemeente_telling_samenvatting.csv',
];

/** Baseline: DuckDB reads the same CSV tables and writes each as Parquet — no validation, no indicators, no geometry. */
async function baselineCopy(rawDir: string, outDir: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const db = await instance.connect();
  for (const [i, path] of BASELINE_CSVS.entries()) {
    const file = join(rawDir, path).replaceAll("'", "''");
    await db.run(`COPY (SELECT * FROM read_csv('${file}', all_varchar = true)) TO '${join(outDir, `t${i}.parquet`)}' (FORMAT parquet)`);
  }
  db.closeSync();
  instance.closeSync();
}

export async function benchPipeline(rawDir: string, runs: number): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
  try {
    const out = join(dir, 'data');
    const base = join(dir, 'baseline');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(base, { recursive: true });
    await buildData({ rawDir, outDir: out, progress: silentProgress() }); // warm-up (module load, mapshaper)
    const build = await timeRuns(runs, () => buildData({ rawDir, outDir: out, progress: silentProgress() }));
    const baseline = await timeRuns(runs, () => baselineCopy(rawDir, base));
    return [
      {
        name: 'full build from raw (npm run build:data)',
        unit: 's',
        median: median(build) / 1000,
        baselineName: 'DuckDB CSV→Parquet of the same tables',
        baseline: median(baseline) / 1000,
        target: '< 20 s',
        runs,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
