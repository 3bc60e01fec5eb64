import { DataError } from '../errors.ts';
import { cellAt, type PublishedTable } from './columns.ts';
import { CODE_PATTERN, col, isMissingReason, type ColumnSpec, type IndicatorId, type Level } from '@atlas/contract';

/** What the contract expects of a level's table: its columns (levelTableColumns) and the indicators on the level. */
export interface LevelContract {
  columns: readonly ColumnSpec[];
  indicatorIds: readonly IndicatorId[];
}

/**
 * Contract checks on a region table before it is written: exactly the level's columns of the contract in order
 * and with their types, code patterns,
 * unique codes, exact row count, and for every indicator "null value ⇔ a reason", so a missing value
 * can never be published as a number (or as 0 without a reason).
 */
export function validateRegionTable(table: PublishedTable, level: Level, expectedRows: number, contract: LevelContract): void {
  const where = { file: `${level} region table` };
  const expected = contract.columns;
  if (table.columns.length !== expected.length) throw new DataError(where, `${table.columns.length} columns, expected ${expected.length}`);
  expected.forEach((spec, i) => {
    const found = table.columns[i];
    if (found?.name !== spec.name || found.type !== spec.type) {
      throw new DataError({ ...where, field: spec.name }, `column ${i} is ${found?.name} (${found?.type}), expected ${spec.name} (${spec.type})`);
    }
  });
  if (table.rows !== expectedRows) throw new DataError(where, `${table.rows} rows, expected ${expectedRows}`);
  const byName = new Map(table.columns.map((c) => [c.name, c.values]));
  const column = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new DataError({ ...where, field: name }, 'column is missing');
    return found;
  };
  // interval columns exist only for counted indicators; where the level leaves them out they read as null
  const optional = (name: string) => byName.get(name) ?? [];
  const codes = column('code');
  const seen = new Set<string>();
  for (let row = 0; row < table.rows; row++) {
    const code = cellAt(codes, row);
    if (typeof code !== 'string' || !CODE_PATTERN[level].test(code))
      throw new DataError({ ...where, line: row + 1, field: 'code' }, `"${String(code)}" does not match ${CODE_PATTERN[level]}`);
    if (seen.has(code)) throw new DataError({ ...where, line: row + 1, field: 'code' }, `duplicate code ${code}`);
    seen.add(code);
  }
  for (const id of contract.indicatorIds) {
    const values = column(col.value(id));
    const reasons = column(col.reason(id));
    const percentiles = column(col.percentile(id));
    for (let row = 0; row < table.rows; row++) {
      const value = cellAt(values, row);
      const reason = cellAt(reasons, row);
      const ok =
        value === null ? typeof reason === 'string' && isMissingReason(reason) : typeof value === 'number' && Number.isFinite(value) && reason === null;
      if (!ok)
        throw new DataError(
          { ...where, line: row + 1, field: col.value(id) },
          `value ${String(value)} with reason ${String(reason)} breaks the rule "null value ⇔ reason"`,
        );
      const pct = cellAt(percentiles, row);
      if ((value === null) !== (pct === null) || (typeof pct === 'number' && (pct < 0 || pct > 100))) {
        throw new DataError({ ...where, line: row + 1, field: col.percentile(id) }, `percentile ${String(pct)} does not fit value ${String(value)}`);
      }
    }
    validateIntervals(column, optional, id, where, table.rows);
  }
}

/** An interval brackets its value, exists only beside a value, and percentile intervals stay on the 0–100 scale. */
type Values = PublishedTable['columns'][number]['values'];
function validateIntervals(column: (name: string) => Values, optional: (name: string) => Values, id: IndicatorId, where: { file: string }, rows: number): void {
  const [values, lo, hi, pctLo, pctHi] = [column(col.value(id)), optional(col.lo(id)), optional(col.hi(id)), optional(col.pctLo(id)), optional(col.pctHi(id))];
  const slack = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
  const fail = (row: number, field: string, what: string) => new DataError({ ...where, line: row + 1, field }, what);
  // a plain loop without a closure or array per row: this runs for every cell of every indicator
  for (let row = 0; row < rows; row++) {
    const value = cellAt(values, row);
    const l = cellAt(lo, row);
    const h = cellAt(hi, row);
    const pl = cellAt(pctLo, row);
    const ph = cellAt(pctHi, row);
    if (typeof value !== 'number') {
      if (l !== null || h !== null || pl !== null || ph !== null) throw fail(row, col.lo(id), 'an interval without a value');
      continue;
    }
    if (typeof l === 'number' && typeof h === 'number' && !(l <= value + slack(value) && value <= h + slack(value))) {
      throw fail(row, col.lo(id), `interval ${l}–${h} does not contain the value ${value}`);
    }
    if (typeof pl === 'number' && typeof ph === 'number' && !(pl >= 0 && pl <= ph && ph <= 100))
      throw fail(row, col.pctLo(id), `percentile interval ${pl}–${ph}`);
  }
}
