import { DRAW_ROUNDING } from '../compute/uncertainty/level-uncertainty.ts';
import { DataError } from '../errors.ts';
import { cellAt, type PublishedTable } from './columns.ts';
import {
  CODE_PATTERN,
  col,
  isMissingReason,
  levelIndicatorColumns,
  levelTableColumns,
  type IndicatorId,
  type IndicatorShape,
  type Level,
  type ThemeId,
} from '@atlas/contract';

/** What the contract's column list of a level's table follows: the published indicators in order, and the build's themes. */
export interface LevelContract {
  indicators: readonly IndicatorShape[];
  themeIds: readonly ThemeId[];
}

/**
 * Contract checks on a region table before it is written: exactly the level's columns of the contract in order and
 * with their types, code patterns, unique codes, exact row count, for every indicator "null value ⇔ a reason" (so a
 * missing value can never be published as a number, or as 0 without a reason), and intervals that hold their point.
 */
export function validateRegionTable(table: PublishedTable, level: Level, expectedRows: number, contract: LevelContract): void {
  const where = { file: `${level} region table` };
  const expected = levelTableColumns(contract.indicators, contract.themeIds, level);
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
  for (const { id } of contract.indicators.filter((s) => levelIndicatorColumns(s, level).length > 0)) {
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
  for (const id of contract.themeIds) {
    const [scores, lo, hi] = [column(col.theme(id)), column(col.themeLo(id)), column(col.themeHi(id))];
    for (let row = 0; row < table.rows; row++) {
      const score = cellAt(scores, row);
      const l = cellAt(lo, row);
      const h = cellAt(hi, row);
      if (typeof score === 'number' && typeof l === 'number' && typeof h === 'number' && !brackets(l, h, score, DRAW_ROUNDING))
        throw new DataError({ ...where, line: row + 1, field: col.themeLo(id) }, `theme score interval ${l}–${h} does not contain the score ${score}`);
    }
  }
}

/** lo ≤ x ≤ hi, up to `slack`: by default the rounding of a stored double. */
function brackets(lo: number, hi: number, x: number, slack = 1e-9 * Math.max(1, Math.abs(x))): boolean {
  return lo <= x + slack && x <= hi + slack;
}

type Values = PublishedTable['columns'][number]['values'];

/** An interval brackets its value, exists only beside a value; a percentile interval brackets the percentile, on the 0–100 scale. */
function validateIntervals(column: (name: string) => Values, optional: (name: string) => Values, id: IndicatorId, where: { file: string }, rows: number): void {
  const [values, percentiles] = [column(col.value(id)), column(col.percentile(id))];
  const [lo, hi, pctLo, pctHi] = [optional(col.lo(id)), optional(col.hi(id)), optional(col.pctLo(id)), optional(col.pctHi(id))];
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
    if (typeof l === 'number' && typeof h === 'number' && !brackets(l, h, value)) {
      throw fail(row, col.lo(id), `interval ${l}–${h} does not contain the value ${value}`);
    }
    if (typeof pl !== 'number' || typeof ph !== 'number') continue;
    if (!(pl >= 0 && pl <= ph && ph <= 100)) throw fail(row, col.pctLo(id), `percentile interval ${pl}–${ph}`);
    const pct = cellAt(percentiles, row);
    if (typeof pct === 'number' && !brackets(pl, ph, pct, DRAW_ROUNDING))
      throw fail(row, col.pctLo(id), `percentile interval ${pl}–${ph} does not contain the percentile ${pct}`);
  }
}
