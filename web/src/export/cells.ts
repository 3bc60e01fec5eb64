/**
 * A cell of an exported row as published: a finite number, a string, or null. Kept free of imports, so the
 * lazily loaded Parquet writer shares nothing else with the app's first chunk.
 */
import type { SqlRow } from '../data/duckdb/connector.ts';

export function numberCell(row: SqlRow, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function textCell(row: SqlRow, key: string): string | null {
  const v = row[key];
  return v === null || v === undefined ? null : String(v);
}
