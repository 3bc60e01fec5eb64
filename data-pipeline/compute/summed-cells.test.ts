import { DOUBLE, VARCHAR } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Level } from '@atlas/contract';
import type { Region, RegionRegister } from '../regions/register.ts';
import { appendColumns, queryColumns, withDb } from './duckdb.ts';
import type { IndicatorCell } from './indicator-cell.ts';
import { summedCells } from './summed-cells.ts';
import { testRegion, testRegister } from './test-register.ts';

/** 3 gemeenten × 4 wijken × 5 buurten; some populations unknown, one wijk without buurten. */
function register(): RegionRegister {
  const gemeente: Region[] = [];
  const wijk: Region[] = [];
  const buurt: Region[] = [];
  for (let g = 1; g <= 3; g++) {
    const gm = `GM000${g}`;
    gemeente.push(testRegion(gm, 'gemeente', gm, null, null));
    for (let w = 1; w <= 4; w++) {
      const wk = `WK000${g}0${w}`;
      wijk.push(testRegion(wk, 'wijk', gm, null, null));
      if (g === 3 && w === 4) continue;
      for (let b = 1; b <= 5; b++) buurt.push(testRegion(`BU000${g}0${w}0${b}`, 'buurt', gm, wk, (g * w * b) % 7 === 0 ? null : 100 * b + 37 * w));
    }
  }
  return testRegister({ gemeente, wijk, buurt });
}

/** Buurt counts with gaps: no numerator, no denominator, a zero denominator. */
function buurtCells(reg: RegionRegister): Map<string, IndicatorCell> {
  return new Map(
    reg.byLevel.buurt.map((b, i) => {
      const numerator = i % 6 === 1 ? null : (i * 37) % 101;
      const denominator = i % 9 === 4 ? null : i % 13 === 0 ? 0 : 500 + i * 11;
      return [b.code, { value: null, numerator, denominator, reason: null }];
    }),
  );
}

/** The DuckDB query these sums replaced, as the reference. */
async function sumsInDuckDb(reg: RegionRegister, level: Level, childLevel: Level, minCoverage: number, scale: number, children: Map<string, IndicatorCell>) {
  return withDb(async (db) => {
    const regions = [...reg.byCode.values()];
    await db.run('CREATE TABLE regions (code VARCHAR, level VARCHAR, gemeente_code VARCHAR, wijk_code VARCHAR, population DOUBLE)');
    await appendColumns(
      db,
      'regions',
      [VARCHAR, VARCHAR, VARCHAR, VARCHAR, DOUBLE],
      [
        regions.map((r) => r.code),
        regions.map((r) => r.level),
        regions.map((r) => r.gemeenteCode),
        regions.map((r) => r.wijkCode),
        regions.map((r) => r.population),
      ],
    );
    await db.run('CREATE TABLE child_cells (code VARCHAR, num DOUBLE, den DOUBLE)');
    const cells = [...children.values()];
    await appendColumns(db, 'child_cells', [VARCHAR, DOUBLE, DOUBLE], [[...children.keys()], cells.map((c) => c.numerator), cells.map((c) => c.denominator)]);
    const parent = level === 'gemeente' ? 'gemeente_code' : 'wijk_code';
    const both = 'c.num IS NOT NULL AND c.den IS NOT NULL';
    const r = await queryColumns(
      db,
      `SELECT p.code AS code, SUM(c.num) FILTER (WHERE ${both}) AS num, SUM(c.den) FILTER (WHERE ${both}) AS den,
              COALESCE(SUM(k.population) FILTER (WHERE ${both}), 0) AS covered, COALESCE(SUM(k.population), 0) AS total
       FROM (SELECT code FROM regions WHERE level = '${level}') p
       LEFT JOIN regions k ON k.level = '${childLevel}' AND k.${parent} = p.code
       LEFT JOIN child_cells c ON c.code = k.code GROUP BY p.code`,
      ['code', 'num', 'den', 'covered', 'total'],
    );
    const expected = new Map<string, IndicatorCell>();
    r.code.forEach((code, i) => {
      const [num, den, covered, total] = [r.num[i], r.den[i], Number(r.covered[i]), Number(r.total[i])] as [number | null, number | null, number, number];
      const ok = num !== null && den !== null && den > 0 && (total > 0 ? covered / total : 0) >= minCoverage;
      expected.set(
        code as string,
        ok
          ? { value: (num / den) * scale, numerator: num, denominator: den, reason: null }
          : { value: null, numerator: null, denominator: null, reason: 'incomplete_coverage' },
      );
    });
    return expected;
  });
}

describe('summedCells', () => {
  it.each([
    ['wijk', 'buurt', 0.5],
    ['gemeente', 'buurt', 0.8],
    ['gemeente', 'buurt', 0],
  ] as const)('gives the cells the DuckDB SUM gave: %s from %s, coverage %s', async (level, childLevel, minCoverage) => {
    const reg = register();
    const children = buurtCells(reg);
    const sums = summedCells(reg.byLevel[level], childLevel === 'buurt' ? reg.buurtenOf : reg.wijkenOf, minCoverage, 1000, children);
    const expected = await sumsInDuckDb(reg, level, childLevel, minCoverage, 1000, children);
    expect(new Map([...sums].sort())).toEqual(new Map([...expected].sort()));
    expect([...sums.values()].some((c) => c.value !== null)).toBe(true);
    expect([...sums.values()].some((c) => c.reason === 'incomplete_coverage')).toBe(minCoverage > 0);
  });

  it('withholds a region whose children with counts hold too few of its inhabitants, and one without children', () => {
    const reg = register();
    const children = new Map<string, IndicatorCell>(reg.byLevel.buurt.map((b) => [b.code, { value: 1, numerator: 1, denominator: 10, reason: null }]));
    children.set('BU00010105', { value: null, numerator: null, denominator: null, reason: 'missing_in_source' });
    const sums = summedCells(reg.byLevel.wijk, reg.buurtenOf, 0.9, 100, children);
    // WK000101: buurt 05 (537 of its 1,685 inhabitants) has no counts, so 68 % is covered
    expect(sums.get('WK000101')).toEqual({ value: null, numerator: null, denominator: null, reason: 'incomplete_coverage' });
    expect(sums.get('WK000102')).toEqual({ value: 10, numerator: 5, denominator: 50, reason: null });
    expect(sums.get('WK000304')?.reason).toBe('incomplete_coverage');
  });
});
