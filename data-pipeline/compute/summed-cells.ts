/**
 * A level whose rate is the sum of the level below: numerators and denominators of the child regions added up in
 * the register's order. This was one temporary DuckDB table and query per indicator-level; the numerators and
 * denominators are counts (whole numbers far below 2^53), whose sums are exact in any order, so adding them here
 * gives the same doubles SUM gave.
 */
import type { Region } from '../regions/register.ts';
import { missingCell, type IndicatorCell } from './indicator-cell.ts';

/**
 * Sum numerators and denominators of the child regions, where children with a value hold at least `minCoverage` of
 * the area's inhabitants — a gemeente's rate is its own numerator over its own denominator, never a mean of rates.
 */
export function summedCells(
  parents: readonly Region[],
  childrenOf: ReadonlyMap<string, readonly Region[]>,
  minCoverage: number,
  scale: number,
  children: ReadonlyMap<string, IndicatorCell>,
) {
  const cells = new Map<string, IndicatorCell>();
  for (const { code } of parents) {
    const kids = childrenOf.get(code) ?? [];
    let num = 0;
    let den = 0;
    let counted = 0;
    let covered = 0;
    let total = 0;
    for (const kid of kids) {
      const cell = children.get(kid.code);
      const numerator = cell?.numerator ?? null;
      const denominator = cell?.denominator ?? null;
      const hasCounts = numerator !== null && denominator !== null;
      if (hasCounts) {
        num += numerator;
        den += denominator;
        counted++;
      }
      if (kid.population !== null) {
        total += kid.population;
        if (hasCounts) covered += kid.population;
      }
    }
    const coverage = total > 0 ? covered / total : 0;
    const ok = counted > 0 && Number.isFinite(num) && Number.isFinite(den) && den > 0 && coverage >= minCoverage;
    cells.set(code, ok ? { value: (num / den) * scale, numerator: num, denominator: den, reason: null } : missingCell('incomplete_coverage'));
  }
  return cells;
}
