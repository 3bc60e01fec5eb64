import type { IndicatorDefinition, LevelFormula } from '../../indicators/catalog/types.ts';
import { LEVELS, NATIONAL_CODE, type IndicatorId, type Level, type MissingReason } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import { loadRegions, loadSourceTable, quoteIdent, queryColumns, type Db } from './duckdb.ts';
import type { IndicatorCell } from './indicator-cell.ts';
import { secondarySuppression } from './privacy/secondary-suppression.ts';
import { ChildrenOf, summedCells } from './summed-cells.ts';

export interface IndicatorResult {
  id: IndicatorId;
  /** Per level, per region code. Levels without a formula are absent. */
  levels: Partial<Record<Level, Map<string, IndicatorCell>>>;
  national: number | null;
}

type DirectFormula = Exclude<LevelFormula, { kind: 'sum_of_children' }>;

const REASON_PRIORITY: readonly MissingReason[] = ['not_comparable', 'suppressed', 'missing_in_source'];

function tablesOf(formula: DirectFormula): string[] {
  return [...new Set([formula.table, ...formula.columns.map((c) => c.split('.')[0]!)])];
}

/** Per table, the columns some formula reads: only those are loaded, and tables no formula reads not at all. */
function columnsRead(indicators: readonly IndicatorDefinition[]): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>();
  for (const indicator of indicators) {
    for (const formula of Object.values(indicator.levels)) {
      if (formula.kind === 'sum_of_children') continue;
      for (const table of tablesOf(formula)) if (!read.has(table)) read.set(table, new Set());
      for (const qualified of formula.columns) {
        const [table, column] = qualified.split('.') as [string, string];
        read.get(table)?.add(column);
      }
    }
  }
  return read;
}

/** Why a formula gave no value for a region: the strongest reason among the cells it read. */
function reasonFor(code: string, formula: DirectFormula, tables: ReadonlyMap<string, ReadonlyMap<string, SourceTable['rows'][number]>>): MissingReason {
  let best: MissingReason = 'missing_in_source';
  for (const qualified of formula.columns) {
    const [table, column] = qualified.split('.') as [string, string];
    const reason = tables.get(table)?.get(code)?.reasons[column] ?? 'missing_in_source';
    if (REASON_PRIORITY.indexOf(reason) < REASON_PRIORITY.indexOf(best)) best = reason;
  }
  return best;
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

async function evaluateDirect(db: Db, level: Level | 'national', formula: DirectFormula): Promise<Map<string, { a: number | null; b: number | null }>> {
  const joins = tablesOf(formula)
    .map((t) => `LEFT JOIN ${quoteIdent(t)} ON ${quoteIdent(t)}.code = r.code`)
    .join(' ');
  const select = formula.kind === 'rate' ? `(${formula.numerator}) AS a, (${formula.denominator}) AS b` : `(${formula.value}) AS a, NULL::DOUBLE AS b`;
  const from = level === 'national' ? `(SELECT '${NATIONAL_CODE}' AS code) r` : `(SELECT code FROM regions WHERE level = '${level}') r`;
  const { code, a, b } = await queryColumns(db, `SELECT r.code AS code, ${select} FROM ${from} ${joins}`, ['code', 'a', 'b']);
  const evaluated = new Map<string, { a: number | null; b: number | null }>();
  for (let row = 0; row < code.length; row++) evaluated.set(code[row] as string, { a: finiteOrNull(a[row]), b: finiteOrNull(b[row]) });
  return evaluated;
}

/** Raw cells (before the minimum-population rule) of a directly computed level. */
async function directCells(
  db: Db,
  level: Level,
  formula: DirectFormula,
  rowsByTable: ReadonlyMap<string, ReadonlyMap<string, SourceTable['rows'][number]>>,
): Promise<Map<string, IndicatorCell>> {
  const evaluated = await evaluateDirect(db, level, formula);
  const cells = new Map<string, IndicatorCell>();
  for (const [code, { a, b }] of evaluated) {
    let cell: IndicatorCell;
    if (formula.kind === 'rate') {
      const ok = a !== null && b !== null && b > 0;
      cell = { value: ok ? (a / b) * formula.scale : null, numerator: a, denominator: b, reason: ok ? null : null };
    } else {
      cell = { value: a, numerator: null, denominator: null, reason: null };
    }
    if (cell.value === null) cell.reason = reasonFor(code, formula, rowsByTable);
    cells.set(code, cell);
  }
  return cells;
}

/**
 * No value (and no counts) for regions below the indicator's minimum population. In place: the cells are this
 * build's own, and the sums and the national value that read the unwithheld counts are done by now.
 */
function applyMinimumPopulation(cells: Map<string, IndicatorCell>, register: RegionRegister, minPopulation: number): void {
  if (minPopulation <= 0) return;
  for (const code of cells.keys()) {
    const population = register.byCode.get(code)?.population ?? null;
    if (population === null || population < minPopulation) cells.set(code, { value: null, numerator: null, denominator: null, reason: 'below_min_population' });
  }
}

/** Stage 4: load the register and the joined tables into DuckDB and compute every indicator on every level it has. */
export async function computeIndicators(
  db: Db,
  indicators: readonly IndicatorDefinition[],
  register: RegionRegister,
  tables: readonly SourceTable[],
): Promise<IndicatorResult[]> {
  await loadRegions(db, [...register.byCode.values()]);
  const read = columnsRead(indicators);
  for (const table of tables) {
    const columns = read.get(table.name);
    if (columns)
      await loadSourceTable(
        db,
        table,
        table.columns.filter((c) => columns.has(c)),
      );
  }
  const rowsByTable = new Map(tables.filter((t) => read.has(t.name)).map((t) => [t.name, new Map(t.rows.map((row) => [row.code, row]))]));
  const childrenOf = new ChildrenOf(register);
  const results: IndicatorResult[] = [];
  for (const indicator of indicators) results.push(await computeIndicator(db, indicator, register, rowsByTable, childrenOf));
  return results;
}

export async function computeIndicator(
  db: Db,
  indicator: IndicatorDefinition,
  register: RegionRegister,
  rowsByTable: ReadonlyMap<string, ReadonlyMap<string, SourceTable['rows'][number]>>,
  childrenOf: ChildrenOf = new ChildrenOf(register),
): Promise<IndicatorResult> {
  const raw: Partial<Record<Level, Map<string, IndicatorCell>>> = {};
  // Finest level first, so sums of buurten can read the buurt cells.
  for (const level of [...LEVELS].reverse()) {
    const formula = indicator.levels[level];
    if (!formula) continue;
    if (formula.kind === 'sum_of_children') {
      const children = raw[formula.from];
      const childFormula = indicator.levels[formula.from];
      if (!children || !childFormula || childFormula.kind !== 'rate') {
        throw new Error(`indicator ${indicator.id}: ${level} sums ${formula.from}, which has no rate formula`);
      }
      raw[level] = summedCells(childrenOf.of(level, formula.from), formula.minCoverage, childFormula.scale, children);
    } else {
      raw[level] = await directCells(db, level, formula, rowsByTable);
    }
  }
  // The national value reads every region's counts, also of those withheld below: it comes first.
  const national = await nationalValue(db, indicator, raw);
  const levels: Partial<Record<Level, Map<string, IndicatorCell>>> = {};
  for (const level of LEVELS) {
    const cells = raw[level];
    if (!cells) continue;
    applyMinimumPopulation(cells, register, indicator.minPopulation);
    levels[level] = cells;
  }
  secondarySuppression(indicator, levels, register);
  return { id: indicator.id, levels, national };
}

/**
 * National value: for a rate, national numerator over national denominator, summed on the level whose regions
 * reach furthest (the largest summed denominator; on a tie the coarser level). Finer levels can leave parts of
 * the country out — water-only wijken are not in the register, suppressed buurten drop out — and a national
 * share of water from the wijken alone would miss the IJsselmeer and the Waddenzee. For a measure: the source's
 * own national row (code NL00) when it has one.
 */
async function nationalValue(db: Db, indicator: IndicatorDefinition, raw: Partial<Record<Level, Map<string, IndicatorCell>>>): Promise<number | null> {
  const finestFirst = [...LEVELS].reverse();
  let best: { num: number; den: number; scale: number } | null = null;
  for (const level of LEVELS) {
    const formula = indicator.levels[level];
    const cells = raw[level];
    if (formula?.kind !== 'rate' || !cells) continue;
    let num = 0;
    let den = 0;
    for (const cell of cells.values()) {
      if (cell.numerator !== null && cell.denominator !== null) {
        num += cell.numerator;
        den += cell.denominator;
      }
    }
    if (!best || den > best.den) best = { num, den, scale: formula.scale };
  }
  if (best) return best.den > 0 ? (best.num / best.den) * best.scale : null;
  for (const level of finestFirst) {
    const formula = indicator.levels[level];
    if (formula?.kind !== 'measure') continue;
    const national = await evaluateDirect(db, 'national', formula);
    const value = national.get(NATIONAL_CODE)?.a ?? null;
    if (value !== null) return value;
  }
  return null;
}
