/**
 * A level into the database: the published table as it is, and beside it the Dutch name ranks that the
 * ranking SQL sorts by (collation.ts). Both or neither, so a ranking query never meets a half-loaded level.
 */
import { rankTableIPC, rankTableName } from './collation.ts';
import type { Connector } from './duckdb/connector.ts';
import { tableName } from './queries.ts';
import type { RegionTable } from './region-table.ts';

export async function insertRegionTable(conn: Connector, table: RegionTable, ipc: Uint8Array): Promise<void> {
  await conn.insertArrowIPC(rankTableName(table.level), rankTableIPC(table));
  await conn.insertArrowIPC(tableName(table.level), ipc);
}
