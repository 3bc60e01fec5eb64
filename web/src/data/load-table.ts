/**
 * A level into the database: the published table as it is, and beside it the Dutch name ranks that the
 * ranking SQL sorts by (collation.ts). Both or neither, so a ranking query never meets a half-loaded level.
 * A level's table leaves out the columns the contract does not give it (an indicator not on the level); the
 * database answers for them through a view, as the in-memory table does, so one query fits every level.
 */
import type { ColumnType } from '@atlas/contract';
import { rankTableName } from './collation.ts';
import type * as RankWriter from './rank-table-ipc.ts';
import type { Connector } from './duckdb/connector.ts';
import { quoteIdent, quoteLiteral, tableName } from './queries.ts';
import type { AbsentColumn, RegionTable } from './region-table.ts';

const SQL_TYPE: Record<ColumnType, string> = { string: 'VARCHAR', category: 'VARCHAR', float64: 'DOUBLE', int32: 'INTEGER', bool: 'BOOLEAN' };

/** The view's extra columns: each left-out column as its constant (null, or 'not_on_level' for a reason). */
export function absentColumnsSql(absent: readonly AbsentColumn[]): string[] {
  return absent.map((c) => `${c.fill === null ? 'NULL' : quoteLiteral(c.fill)}::${SQL_TYPE[c.type]} AS ${quoteIdent(c.name)}`);
}

/** The side table's writer (apache-arrow) is fetched beside the database's own code, not after it has started. */
const rankWriter = (): Promise<typeof RankWriter> => import('./rank-table-ipc.ts');
export const prefetchRankWriter = (): void => void rankWriter().catch(() => undefined);

export async function insertRegionTable(conn: Connector, table: RegionTable, ipc: Uint8Array): Promise<void> {
  const { rankTableIPC } = await rankWriter();
  await conn.insertArrowIPC(rankTableName(table.level), rankTableIPC(table));
  const name = tableName(table.level);
  const absent = table.absentColumns;
  if (absent.length === 0) {
    await conn.insertArrowIPC(name, ipc);
    return;
  }
  const stored = `${name}__published`;
  await conn.query(`DROP VIEW IF EXISTS ${quoteIdent(name)}`);
  await conn.insertArrowIPC(stored, ipc);
  await conn.query(`CREATE VIEW ${quoteIdent(name)} AS SELECT *, ${absentColumnsSql(absent).join(', ')} FROM ${quoteIdent(stored)}`);
}
