import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import { LEVELS, type IndicatorId, type Level } from '@atlas/contract';
import type { Region, RegionRegister } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';
import { directCells, evaluateDirect, tablesOf, type DirectFormula, type Evaluated, type RowsByTable, type Scope } from './direct-cells.ts';
import { loadRegions, loadSourceTable, type Db } from './duckdb.ts';
import { missingCell, type IndicatorCell } from './indicator-cell.ts';
import { secondarySuppression } from './privacy/secondary-suppression.ts';
import { summedCells } from './summed-cells.ts';

export interface IndicatorResult {
  id: IndicatorId;
  /** Per level, per region code. Levels without a formula are absent. */
  levels: Partial<Record<Level, Map<string, IndicatorCell>>>;
  national: number | null;
}

/** Per table, the columns some formula reads: only those are loaded, and tables no formula reads not at all. */
function columnsRead(indicators: readonly IndicatorDefinition[]): Map<string, Set<string>> {
  const read = new Map<string, Set<string>>();
  for (const indicator of indicators) {
    for (const formula of Object.values(indicator.levels)) {
      if (formula.kind === 'sum_of_children') continue;
      for (const table of tablesOf(formula)) if (!read.has(table)) read.set(table, new Set());
      for (const qualified of formula.columns) {
        const [table = '', column = ''] = qualified.split('.');
        read.get(table)?.add(column);
      }
    }
  }
  return read;
}

/**
 * No value (and no counts) for regions below the indicator's minimum population. In place: the cells are this
 * build's own, and the sums and the national value that read the unwithheld counts are done by now. The cells of
 * a level are keyed by the register's regions of that level, so walking those finds every cell.
 */
function applyMinimumPopulation(cells: Map<string, IndicatorCell>, regions: readonly Region[], minPopulation: number): void {
  if (minPopulation <= 0) return;
  for (const { code, population } of regions) {
    if ((population === null || population < minPopulation) && cells.has(code)) {
      cells.set(code, missingCell('below_min_population'));
    }
  }
}

/** What every indicator is computed from: the register, the loaded sources and the direct formulas' values. */
interface Inputs {
  register: RegionRegister;
  rowsByTable: RowsByTable;
  direct: Map<Scope, Map<DirectFormula, Evaluated>>;
}

/** Stage 4: load the register and the joined tables into DuckDB and compute every indicator on every level it has. */
export async function computeIndicators(
  db: Db,
  indicators: readonly IndicatorDefinition[],
  register: RegionRegister,
  tables: readonly SourceTable[],
): Promise<IndicatorResult[]> {
  // Level by level in the register's order: `idx` is then by construction the row each level's cells are read back at.
  await loadRegions(
    db,
    LEVELS.flatMap((level) => register.byLevel[level]),
  );
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
  const inputs: Inputs = {
    register,
    rowsByTable: new Map(tables.filter((t) => read.has(t.name)).map((t) => [t.name, new Map(t.rows.map((row) => [row.code, row]))])),
    direct: await evaluateDirect(db, indicators, (level) => register.byLevel[level]),
  };
  return indicators.map((indicator) => computeIndicator(indicator, inputs));
}

function evaluated(inputs: Inputs, scope: Scope, formula: DirectFormula): Evaluated {
  const values = inputs.direct.get(scope)?.get(formula);
  if (!values) throw new Error(`formula on ${scope} was not evaluated: ${formula.table}`);
  return values;
}

function computeIndicator(indicator: IndicatorDefinition, inputs: Inputs): IndicatorResult {
  const { register } = inputs;
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
      const childrenOf = formula.from === 'buurt' ? register.buurtenOf : register.wijkenOf;
      raw[level] = summedCells(register.byLevel[level], childrenOf, formula.minCoverage, childFormula.scale, children);
    } else {
      raw[level] = directCells(register.byLevel[level], formula, evaluated(inputs, level, formula), inputs.rowsByTable);
    }
  }
  // The national value reads every region's counts, also of those withheld below: it comes first.
  const national = nationalValue(indicator, raw, inputs);
  const levels: Partial<Record<Level, Map<string, IndicatorCell>>> = {};
  for (const level of LEVELS) {
    const cells = raw[level];
    if (!cells) continue;
    applyMinimumPopulation(cells, register.byLevel[level], indicator.minPopulation);
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
function nationalValue(indicator: IndicatorDefinition, raw: Partial<Record<Level, Map<string, IndicatorCell>>>, inputs: Inputs): number | null {
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
  for (const level of [...LEVELS].reverse()) {
    const formula = indicator.levels[level];
    if (formula?.kind !== 'measure') continue;
    const value = evaluated(inputs, 'national', formula).a[0];
    if (value !== undefined && Number.isFinite(value)) return value;
  }
  return null;
}
