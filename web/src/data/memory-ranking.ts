/**
 * The ranking table's query answered in memory, for the seconds before DuckDB-WASM is ready. It must give
 * exactly `rankingSql`'s rows in `rankingSql`'s order: the same filters, names ordered by the same Dutch
 * ranks (collation.ts), missing values last whatever the direction, ties to the name rank and then the code.
 */
import { byCodePoint, isCollated, type CollatedColumn } from './collation.ts';
import type { SqlRow } from './duckdb/connector.ts';
import { BASE_COLUMNS, foldText, type RankingQuery } from './queries.ts';

/**
 * What ranking reads of a RegionTable. Spelled out here rather than imported, because region-table.ts
 * imports rankInMemory and the two modules would otherwise import each other.
 */
export interface RankableTable {
  readonly codes: readonly string[];
  readonly names: readonly string[];
  ranks(column: CollatedColumn): Float64Array;
  isText(column: string): boolean;
  strings(column: string): (string | null)[];
  numbers(column: string): Float64Array;
  string(column: string, row: number): string | null;
  number(column: string, row: number): number | null;
}

type RowOrder = (a: number, b: number) => number;

/** Numbers with NaN as missing: missing last, else `sign` × difference. */
function byNumber(values: Float64Array, sign: number): RowOrder {
  return (a, b) => {
    const va = values[a] ?? NaN;
    const vb = values[b] ?? NaN;
    const na = Number.isNaN(va);
    const nb = Number.isNaN(vb);
    if (na || nb) return na === nb ? 0 : na ? 1 : -1;
    return sign * (va - vb);
  };
}

/** Text that is not a name (codes, reason codes): null last, else code-point order, as DuckDB compares bytes. */
function byText(values: readonly (string | null)[], sign: number): RowOrder {
  return (a, b) => {
    const va = values[a] ?? null;
    const vb = values[b] ?? null;
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    return sign * byCodePoint(va, vb);
  };
}

function primaryOrder(table: RankableTable, q: RankingQuery): RowOrder {
  const sign = q.direction === 'asc' ? 1 : -1;
  if (isCollated(q.orderBy)) return byNumber(table.ranks(q.orderBy), sign);
  if (table.isText(q.orderBy)) return byText(table.strings(q.orderBy), sign);
  return byNumber(table.numbers(q.orderBy), sign);
}

/** Row indices that pass the query's filters, in table order. */
function filteredRows(table: RankableTable, q: RankingQuery): number[] {
  const f = q.filters ?? {};
  const text = f.text?.trim() ? foldText(f.text.trim()) : null;
  const prov = f.provincieCode ? table.strings('provincie_code') : null;
  const within = f.within;
  const withinValues = within ? table.strings(within.column) : null;
  const nonNull = f.nonNullColumn ? table.numbers(f.nonNullColumn) : null;
  const out: number[] = [];
  table.names.forEach((name, i) => {
    if (text !== null && !foldText(name).includes(text)) return;
    if (prov && prov[i] !== f.provincieCode) return;
    if (within && withinValues && withinValues[i] !== within.code) return;
    if (nonNull && Number.isNaN(nonNull[i] ?? NaN)) return;
    out.push(i);
  });
  return out;
}

export function rankInMemory(table: RankableTable, q: RankingQuery): { rows: SqlRow[]; total: number } {
  const idx = filteredRows(table, q);
  const primary = primaryOrder(table, q);
  const byName = byNumber(table.ranks('name'), 1);
  idx.sort((a, b) => primary(a, b) || byName(a, b) || byCodePoint(table.codes[a] ?? '', table.codes[b] ?? ''));
  const start = Math.max(0, Math.floor(q.offset ?? 0));
  const cols = [...BASE_COLUMNS, ...q.columns];
  const rows = idx.slice(start, start + Math.max(0, Math.floor(q.limit))).map((i) => {
    const row: SqlRow = {};
    for (const c of cols) row[c] = table.isText(c) ? table.string(c, i) : table.number(c, i);
    return row;
  });
  return { rows, total: idx.length };
}
