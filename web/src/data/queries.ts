/**
 * SQL for the questions DuckDB answers: the filtered, sorted ranking table (aggregates are summed in memory,
 * memory-aggregates.ts). Pure string builders, so they are tested under Node against real DuckDB and
 * run unchanged in DuckDB-WASM.
 */
import type { Level } from '@atlas/contract';
import { isCollated, rankColumn, rankTableName } from './collation.ts';

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** Table names in the database: one per level, named after the level. */
export const tableName = (level: Level): string => level;

export type SortDirection = 'asc' | 'desc';

export interface RankingQuery {
  level: Level;
  /** Extra columns besides code/name/gemeente_name/population (value, percentile or theme columns). */
  columns: readonly string[];
  orderBy: string;
  direction: SortDirection;
  filters?: {
    /** Case-insensitive substring of the name. */
    text?: string;
    provincieCode?: string;
    /** Restrict to one aggregate or gemeente: column = value. */
    within?: { column: 'gemeente_code' | 'wijk_code' | 'provincie_code' | 'veiligheidsregio_code' | 'politie_eenheid_code'; code: string };
    /** Only rows where this column has a value. */
    nonNullColumn?: string;
  };
  limit: number;
  offset?: number;
}

/** Columns every ranking row carries, before the query's own columns. */
export const BASE_COLUMNS = ['code', 'name', 'gemeente_code', 'gemeente_name', 'wijk_name', 'population'] as const;

function rankingWhere(q: RankingQuery): string {
  const f = q.filters ?? {};
  const where: string[] = [];
  if (f.text && f.text.trim()) where.push(`strip_accents(lower(name)) LIKE ${quoteLiteral(`%${foldForLike(f.text)}%`)} ESCAPE '\\'`);
  if (f.provincieCode) where.push(`provincie_code = ${quoteLiteral(f.provincieCode)}`);
  if (f.within) where.push(`${quoteIdent(f.within.column)} = ${quoteLiteral(f.within.code)}`);
  if (f.nonNullColumn) where.push(`${quoteIdent(f.nonNullColumn)} IS NOT NULL`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** Lower-case with accents removed: what DuckDB's strip_accents(lower(…)) makes of a name. */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** The search text folded and with LIKE wildcards escaped — matched against strip_accents(lower(name)). */
export const foldForLike = (text: string): string => foldText(text.trim()).replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * One page of the sorted, filtered table; missing values always sort last, whatever the direction. Names sort
 * by their Dutch rank from the side table (collation.ts), so DuckDB gives the in-memory path's order; ties go
 * to the name, then the code.
 */
export function rankingSql(q: RankingQuery): string {
  const cols = [...BASE_COLUMNS, ...q.columns.filter((c) => !(BASE_COLUMNS as readonly string[]).includes(c))];
  const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
  const key = quoteIdent(isCollated(q.orderBy) ? rankColumn(q.orderBy) : q.orderBy);
  return [
    `SELECT ${cols.map(quoteIdent).join(', ')}`,
    `FROM ${quoteIdent(tableName(q.level))} JOIN ${quoteIdent(rankTableName(q.level))} USING (code)`,
    rankingWhere(q),
    `ORDER BY ${key} ${dir} NULLS LAST, ${quoteIdent(rankColumn('name'))} ASC NULLS LAST, code ASC`,
    `LIMIT ${Math.max(0, Math.floor(q.limit))} OFFSET ${Math.max(0, Math.floor(q.offset ?? 0))}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function rankingCountSql(q: RankingQuery): string {
  return [`SELECT COUNT(*)::INTEGER AS n FROM ${quoteIdent(tableName(q.level))}`, rankingWhere(q)].filter(Boolean).join('\n');
}
