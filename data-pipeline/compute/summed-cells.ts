/**
 * A level whose rate is the sum of the level below: numerators and denominators of the child regions added up in
 * the register's order. This was one temporary DuckDB table and query per indicator-level; the numerators and
 * denominators are counts (whole numbers far below 2^53), whose sums are exact in any order, so adding them here
 * gives the same doubles SUM gave.
 */
import type { Level } from '@atlas/contract';
import type { Region, RegionRegister } from '../regions/register.ts';
import { missingCell, type IndicatorCell } from './indicator-cell.ts';

/** The child regions of every region of a level, in register order; computed once per pair of levels. */
export class ChildrenOf {
  private readonly cache = new Map<string, Map<string, Region[]>>();

  constructor(private readonly register: RegionRegister) {}

  of(level: Level, childLevel: Level): Map<string, Region[]> {
    const key = `${level}>${childLevel}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const groups = new Map<string, Region[]>(this.register.byLevel[level].map((r) => [r.code, []]));
    for (const child of this.register.byLevel[childLevel]) {
      groups.get((level === 'gemeente' ? child.gemeenteCode : child.wijkCode) ?? '')?.push(child);
    }
    this.cache.set(key, groups);
    return groups;
  }
}

/**
 * Sum numerators and denominators of the child regions, where children with a value hold at least `minCoverage` of
 * the area's inhabitants — a gemeente's rate is its own numerator over its own denominator, never a mean of rates.
 */
export function summedCells(groups: ReadonlyMap<string, readonly Region[]>, minCoverage: number, scale: number, children: ReadonlyMap<string, IndicatorCell>) {
  const cells = new Map<string, IndicatorCell>();
  for (const [code, kids] of groups) {
    let num = 0;
    let den = 0;
    let counted = 0;
    let covered = 0;
    let total = 0;
    for (const kid of kids) {
      const cell = children.get(kid.code);
      const hasCounts = cell !== undefined && cell.numerator !== null && cell.denominator !== null;
      if (cell !== undefined && cell.numerator !== null && cell.denominator !== null) {
        num += cell.numerator;
        den += cell.denominator;
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
