import type { Db } from '../compute/duckdb.ts';
import { quoteIdent } from '../compute/duckdb.ts';
import type { ColumnType, PublishedTable } from './columns.ts';

const DUCKDB_TYPE: Record<ColumnType, string> = {
  string: 'VARCHAR',
  category: 'VARCHAR',
  float64: 'DOUBLE',
  int32: 'INTEGER',
  bool: 'BOOLEAN',
};

/** Write a published table as Parquet through DuckDB; snappy, because every common Parquet reader (pandas, R arrow, hyparquet without plugins) decodes it. */
export async function writeParquet(db: Db, table: PublishedTable, path: string): Promise<void> {
  const name = `publish_${table.name}`;
  const columns = table.columns.map((c) => `${quoteIdent(c.name)} ${DUCKDB_TYPE[c.type]}`).join(', ');
  await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(name)} (${columns})`);
  const appender = await db.createAppender(name);
  for (let row = 0; row < table.rows; row++) {
    for (const column of table.columns) {
      const value = column.values[row];
      if (value === null || value === undefined) appender.appendNull();
      else if (column.type === 'float64') appender.appendDouble(value as number);
      else if (column.type === 'int32') appender.appendInteger(value as number);
      else if (column.type === 'bool') appender.appendBoolean(value as boolean);
      else appender.appendVarchar(value as string);
    }
    appender.endRow();
  }
  appender.closeSync();
  await db.run(`COPY ${quoteIdent(name)} TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
  await db.run(`DROP TABLE ${quoteIdent(name)}`);
}
