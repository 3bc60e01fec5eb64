// @ts-check
/**
 * The pipeline bench's baseline, run as its own process: plain DuckDB reads every raw file the build read
 * (CSV with DuckDB's own type detection, GeoJSON/TopoJSON/JSON with read_json) and writes each as Parquet.
 * No validation, no indicators, no geometry work: what "just reading the same files" costs.
 * Plain JavaScript run by `node` alone: under tsx, loading the TypeScript loader would add ~0.15 s of CPU to the
 * baseline and flatter the build's ratios. It still loads @duckdb/node-api from its package's ~180 files, as any plain
 * script does, where the build loads it from its bundle: that start-up (tens of ms) flatters the build a little.
 * `node bench/pipeline-baseline.mjs <rawDir> <outDir> <relative path>...`
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { DuckDBInstance } from '@duckdb/node-api';

const [rawDir, outDir, ...files] = process.argv.slice(2);
if (!rawDir || !outDir || files.length === 0) throw new Error('usage: pipeline-baseline.mjs <rawDir> <outDir> <file>...');
await mkdir(outDir, { recursive: true });
const quote = (/** @type {string} */ s) => `'${s.replaceAll("'", "''")}'`;
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();
for (const [i, path] of files.entries()) {
  const file = quote(join(rawDir, path));
  const reader = /\.csv$/i.test(path) ? `read_csv(${file})` : `read_json(${file}, maximum_object_size = 1073741824)`;
  await db.run(`COPY (SELECT * FROM ${reader}) TO ${quote(join(outDir, `t${i}.parquet`))} (FORMAT parquet)`);
}
db.closeSync();
instance.closeSync();
