import { BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import { appendColumns, quoteIdent, withDb } from '../compute/duckdb.ts';
import type { ColumnType, PublishedTable } from './columns.ts';

const DUCKDB_TYPE: Record<ColumnType, DuckDBType> = {
  string: VARCHAR,
  category: VARCHAR,
  float64: DOUBLE,
  int32: INTEGER,
  bool: BOOLEAN,
};

/**
 * Write a published table as Parquet through DuckDB; snappy, because every common Parquet reader (pandas, R arrow,
 * hyparquet without plugins) decodes it. Each table gets a database of its own, closed afterwards: one database for
 * all of them kept what the tables and the Parquet writer had used (RSS +100 MB after the buurt table, which made the
 * build's peak), also after DROP TABLE.
 */
export async function writeParquet(table: PublishedTable, path: string): Promise<void> {
  await withDb(async (db) => {
    const name = `publish_${table.name}`;
    const columns = table.columns.map((c) => `${quoteIdent(c.name)} ${DUCKDB_TYPE[c.type].toString()}`).join(', ');
    await db.run(`CREATE TABLE ${quoteIdent(name)} (${columns})`);
    await appendColumns(
      db,
      name,
      table.columns.map((c) => DUCKDB_TYPE[c.type]),
      table.columns.map((c) => c.values),
    );
    await db.run(`COPY ${quoteIdent(name)} TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
  });
}
