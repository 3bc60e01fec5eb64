/**
 * A full garbage collection on demand, for the one moment it pays: when the scores are done and the published files
 * begin (build.ts). The scores stage leaves much garbage, and whether V8 ran a full collection before the geometry,
 * search index and region tables added theirs depended on allocation timing: the JS heap then reached ~290 MB
 * (~130 MB live), and with the buurt table's Parquet export (a ~70 MB native DuckDB row group) and the draw worker
 * the build's max RSS went from ~460 to ~530 MB from one run to the next. Collected there, the heap's next limit is
 * set from what is live, and max RSS stays ~425-440 MB for ~0.1-0.2 s CPU. A forced collection just before the buurt
 * Parquet export instead left the peak at the geometry stage (~465-475 MB); both together cost ~0.4 s CPU.
 * `--expose-gc` set at run time gives the collector's function without a flag on every way the build is started
 * (npm script and bundle, tsx, tests).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
