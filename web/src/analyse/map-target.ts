/**
 * Whether a result can be drawn on the map: a column of region codes all of one level (GM/WK/BU) and a
 * numeric column beside it. The first such pair is drawn, as a choropleth with the map's own legend rules.
 */
import type { Level } from '@atlas/contract';
import type { SqlRow } from '../data/duckdb/connector.ts';
import { levelOfCode } from '../data/regions.ts';
import { QUERY_PARAM } from '../weights/foreign-params.ts';

export interface MapTarget {
  level: Level;
  codeColumn: string;
  valueColumn: string;
}

export const isNumberColumn = (rows: readonly SqlRow[], column: string): boolean =>
  rows.some((r) => typeof r[column] === 'number') && rows.every((r) => r[column] === null || r[column] === undefined || typeof r[column] === 'number');

function codeLevel(rows: readonly SqlRow[], column: string): Level | null {
  let level: Level | null = null;
  for (const r of rows) {
    const v = r[column];
    if (v === null || v === undefined) continue;
    const l = typeof v === 'string' ? levelOfCode(v) : null;
    if (!l || (level && l !== level)) return null;
    level = l;
  }
  return level;
}

export function mapTarget(columns: readonly string[], rows: readonly SqlRow[]): MapTarget | null {
  if (rows.length === 0) return null;
  for (const codeColumn of columns) {
    const level = codeLevel(rows, codeColumn);
    if (!level) continue;
    const valueColumn = columns.find((c) => c !== codeColumn && isNumberColumn(rows, c));
    if (valueColumn) return { level, codeColumn, valueColumn };
  }
  return null;
}

/** The map's address for a query: its level, and the query itself, which the map page runs again. */
export function mapHref(base: string, sql: string, level: Level): string {
  const p = new URLSearchParams({ niveau: level, [QUERY_PARAM]: sql });
  return `${base}?${p.toString()}`;
}
