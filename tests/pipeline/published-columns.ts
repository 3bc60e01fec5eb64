/** Columns of a published region table as plain arrays (faster than rows for tables with hundreds of columns). */
import type { Table } from 'apache-arrow';
import { INDICATOR_IDS, THEME_IDS, col, regionTableColumns } from '@atlas/contract';

const CONTRACT_COLUMNS = new Set(regionTableColumns(INDICATOR_IDS, THEME_IDS).map((c) => c.name));
const REASON_COLUMNS = new Set<string>(INDICATOR_IDS.map(col.reason));

/**
 * A column as the app reads it: a contract column the level's table leaves out (levelTableColumns) reads as
 * null, an indicator's reason column as 'not_on_level' (it is left out only where the indicator is not on the level).
 */
export function columnOf<T = unknown>(table: Table, name: string): (T | null)[] {
  const vector = table.getChild(name);
  if (!vector) {
    if (!CONTRACT_COLUMNS.has(name)) throw new Error(`published table has no column ${name}`);
    return new Array<T | null>(table.numRows).fill(REASON_COLUMNS.has(name) ? ('not_on_level' as T) : null);
  }
  return Array.from(vector, (v) => (v === undefined ? null : (v as T | null)));
}

/** Spearman rank correlation of two equally long numeric arrays (average ranks for ties). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const rank = (xs: readonly number[]) => {
    const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const ranks = new Array<number>(xs.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
      for (let k = i; k <= j; k++) ranks[order[k]?.[1] ?? 0] = (i + j) / 2;
      i = j + 1;
    }
    return ranks;
  };
  const ra = rank(a);
  const rb = rank(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  ra.forEach((x, i) => {
    const y = rb[i] ?? 0;
    num += (x - ma) * (y - mb);
    da += (x - ma) ** 2;
    db += (y - mb) ** 2;
  });
  return num / Math.sqrt(da * db);
}
