export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface BenchRow {
  name: string;
  unit: string;
  median: number;
  baselineName: string;
  baseline: number;
  target?: string;
  runs: number;
  /** The single measurements (in `unit`), when the row should show their range beside the median. */
  samples?: readonly number[];
  baselineSamples?: readonly number[];
}

/** The smallest and largest of the samples, as "min–max". */
export const spread = (values: readonly number[], digits: number): string => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

const range = (values: readonly number[] | undefined, digits: number): string => (values && values.length > 1 ? ` (${spread(values, digits)})` : '');

/** One line per measurement: the median beside a baseline measured in the same run, as a ratio. */
export function printRows(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n${title}`);
  for (const row of rows) {
    const ratio = row.baseline > 0 ? row.median / row.baseline : Number.NaN;
    const digits = row.unit === 'ms' ? 1 : 2;
    console.log(
      `  ${row.name.padEnd(34)} ${row.median.toFixed(digits).padStart(9)}${range(row.samples, digits)} ${row.unit.padEnd(3)} | baseline ${row.baselineName}: ${row.baseline.toFixed(digits)}${range(row.baselineSamples, digits)} ${row.unit} | ratio ${ratio.toFixed(2)}×${row.target ? ` | target ${row.target}` : ''} (median of ${row.runs})`,
    );
  }
}

export async function timeRuns(runs: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}
