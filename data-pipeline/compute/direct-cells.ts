/**
 * The levels computed straight from the loaded sources (rate and measure formulas). All formulas of one level are
 * evaluated in one query, in the register's order of that level's regions: one query per indicator-level was half of
 * the stage's CPU, most of it turning the same 14,574 region codes into strings again for every indicator.
 */
import { LEVELS, NATIONAL_CODE, type Level, type MissingReason } from '@atlas/contract';
import type { IndicatorDefinition, LevelFormula } from '../../indicators/catalog/types.ts';
import type { Region } from '../regions/register.ts';
import type { SourceRow } from '../sources/source-table.ts';
import { queryDoubleColumns, quoteIdent, type Db } from './duckdb.ts';
import { missingCell, type IndicatorCell } from './indicator-cell.ts';

export type DirectFormula = Exclude<LevelFormula, { kind: 'sum_of_children' }>;

/** The regions a formula is evaluated for: one level of the register, or the country (the sources' NL00 row). */
export type Scope = Level | 'national';

/** A formula's numerator (or value) and denominator per region, in the scope's region order; NaN where null. */
export interface Evaluated {
  a: Float64Array;
  b: Float64Array | null;
}

export function tablesOf(formula: DirectFormula): string[] {
  return [...new Set([formula.table, ...formula.columns.map((c) => c.split('.')[0] ?? '')])];
}

/** Every rate and measure formula of the catalogue, by the scope it is evaluated on; `owners` gets the indicator of each. */
function formulasByScope(indicators: readonly IndicatorDefinition[], owners: Map<DirectFormula, string>): Map<Scope, DirectFormula[]> {
  const byScope = new Map<Scope, DirectFormula[]>();
  const add = (scope: Scope, formula: DirectFormula) => {
    const list = byScope.get(scope) ?? [];
    if (!list.includes(formula)) list.push(formula);
    byScope.set(scope, list);
  };
  for (const indicator of indicators) {
    for (const formula of Object.values(indicator.levels)) if (formula.kind !== 'sum_of_children') owners.set(formula, indicator.id);
    const formulas = LEVELS.flatMap((level) => {
      const formula = indicator.levels[level];
      return formula && formula.kind !== 'sum_of_children' ? [{ level, formula }] : [];
    });
    for (const { level, formula } of formulas) add(level, formula);
    // Without a rate on any level, the national value is the source's own NL00 row (see nationalValue).
    const hasRate = Object.values(indicator.levels).some((f) => f.kind === 'rate');
    if (!hasRate) for (const { formula } of formulas) if (formula.kind === 'measure') add('national', formula);
  }
  return byScope;
}

const expressionsOf = (formula: DirectFormula): string[] => (formula.kind === 'rate' ? [formula.numerator, formula.denominator] : [formula.value]);

/**
 * One query per scope; the `regions` table's `idx` keeps each level's rows in register order. Every expression is
 * cast to DOUBLE, so an INTEGER or DECIMAL formula counts as its number. When the query fails, each formula is run
 * alone to name the indicator whose formula failed (the message would otherwise show the SQL of the whole level).
 */
async function evaluateScope(
  db: Db,
  scope: Scope,
  formulas: readonly DirectFormula[],
  rows: number,
  owners: ReadonlyMap<DirectFormula, string>,
): Promise<Map<DirectFormula, Evaluated>> {
  const from = scope === 'national' ? `(SELECT '${NATIONAL_CODE}' AS code, 0 AS idx) r` : `(SELECT code, idx FROM regions WHERE level = '${scope}') r`;
  const query = (list: readonly DirectFormula[]) => {
    const joins = [...new Set(list.flatMap(tablesOf))].map((t) => `LEFT JOIN ${quoteIdent(t)} ON ${quoteIdent(t)}.code = r.code`).join(' ');
    const select = list.flatMap(expressionsOf).map((e, i) => `CAST((${e}) AS DOUBLE) AS c${i}`);
    return queryDoubleColumns(db, `SELECT ${select.join(', ')} FROM ${from} ${joins} ORDER BY r.idx`, rows);
  };
  const columns = await query(formulas).catch(async (error: unknown) => {
    for (const formula of formulas) {
      const failed = await query([formula]).then(
        () => null,
        (alone: unknown) => alone,
      );
      if (failed !== null) {
        const message = failed instanceof Error ? failed.message : String(failed);
        throw new Error(`indicator ${owners.get(formula) ?? '?'} (${scope}): formula ${expressionsOf(formula).join(' / ')} fails: ${message}`);
      }
    }
    throw error;
  });
  const evaluated = new Map<DirectFormula, Evaluated>();
  let next = 0;
  for (const formula of formulas) {
    const a = columns[next++];
    const b = formula.kind === 'rate' ? columns[next++] : null;
    if (!a || b === undefined) throw new Error(`the ${scope} query gave fewer columns than its formulas`);
    evaluated.set(formula, { a, b });
  }
  return evaluated;
}

/** Every direct formula of the catalogue evaluated on its level (and, where needed, nationally). */
export async function evaluateDirect(db: Db, indicators: readonly IndicatorDefinition[], regionsOf: (level: Level) => readonly Region[]) {
  const all = new Map<Scope, Map<DirectFormula, Evaluated>>();
  const owners = new Map<DirectFormula, string>();
  for (const [scope, formulas] of formulasByScope(indicators, owners)) {
    all.set(scope, await evaluateScope(db, scope, formulas, scope === 'national' ? 1 : regionsOf(scope).length, owners));
  }
  return all;
}

const REASON_PRIORITY: readonly MissingReason[] = ['not_comparable', 'suppressed', 'missing_in_source'];

export type RowsByTable = ReadonlyMap<string, ReadonlyMap<string, SourceRow>>;

/** Why a formula gave no value for a region: the strongest reason among the cells it read. */
function reasons(formula: DirectFormula, tables: RowsByTable): (code: string) => MissingReason {
  const read = formula.columns.map((qualified) => {
    const [table = '', column = ''] = qualified.split('.');
    return { rows: tables.get(table), column };
  });
  return (code) => {
    let best: MissingReason = 'missing_in_source';
    for (const { rows, column } of read) {
      const reason = rows?.get(code)?.reasons[column] ?? 'missing_in_source';
      if (REASON_PRIORITY.indexOf(reason) < REASON_PRIORITY.indexOf(best)) best = reason;
    }
    return best;
  };
}

const orNull = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/** Raw cells (before the minimum-population rule) of a directly computed level, in register order. */
export function directCells(regions: readonly Region[], formula: DirectFormula, evaluated: Evaluated, tables: RowsByTable): Map<string, IndicatorCell> {
  const reasonFor = reasons(formula, tables);
  const cells = new Map<string, IndicatorCell>();
  regions.forEach(({ code }, row) => {
    const a = orNull(evaluated.a[row]);
    const b = formula.kind === 'rate' ? orNull(evaluated.b?.[row]) : null;
    if (formula.kind === 'rate' && a !== null && b !== null && b > 0)
      cells.set(code, { value: (a / b) * formula.scale, numerator: a, denominator: b, reason: null });
    else if (formula.kind !== 'rate' && a !== null) cells.set(code, { value: a, numerator: null, denominator: null, reason: null });
    else if (a === null && b === null) cells.set(code, missingCell(reasonFor(code)));
    else cells.set(code, { value: null, numerator: a, denominator: b, reason: reasonFor(code) });
  });
  return cells;
}
