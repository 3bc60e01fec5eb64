import { BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import type { Db } from '../compute/duckdb.ts';
import { appendColumns, quoteIdent } from '../compute/duckdb.ts';
import type { ColumnType, PublishedTable } from './columns.ts';

const DUCKDB_TYPE: Record<ColumnType, DuckDBType> = {
  string: VARCHAR,
  category: VARCHAR,
  float64: DOUBLE,
  int32: INTEGER,
  bool: BOOLEAN,
};

/** Write a published table as Parquet through DuckDB; snappy, because every common Parquet reader (pandas, R arrow, hyparquet without plugins) decodes it. */
export async function writeParquet(db: Db, table: PublishedTable, path: string): Promise<void> {
  const name = `publish_${table.name}`;
  const columns = table.columns.map((c) => `${quoteIdent(c.name)} ${DUCKDB_TYPE[c.type].toString()}`).join(', ');
  await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(name)} (${columns})`);
  await appendColumns(
    db,
    name,
    table.columns.map((c) => DUCKDB_TYPE[c.type]),
    table.columns.map((c) => c.values),
  );
  await db.run(`COPY ${quoteIdent(name)} TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
  await db.run(`DROP TABLE ${quoteIdent(name)}`);
}
