import { BOOLEAN, DOUBLE, DuckDBTableFunction, INTEGER, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import { fillChunkColumn } from '../compute/duckdb-chunk-fill.ts';
import { withDb } from '../compute/duckdb.ts';
import type { ColumnType, PublishedTable } from './columns.ts';

const DUCKDB_TYPE: Record<ColumnType, DuckDBType> = {
  string: VARCHAR,
  category: VARCHAR,
  float64: DOUBLE,
  int32: INTEGER,
  bool: BOOLEAN,
};

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/**
 * A table function that hands DuckDB the table's columns 2048 rows at a time, so COPY … TO parquet reads them
 * straight from memory: appending them to a DuckDB table first cost a copy of every value (and the table's memory)
 * for a table read once.
 */
function tableScan(table: PublishedTable): DuckDBTableFunction {
  const types = table.columns.map((c) => DUCKDB_TYPE[c.type]);
  let next = 0;
  return DuckDBTableFunction.create({
    name: 'published_table',
    bindFunction: (info) => {
      table.columns.forEach((c, i) => info.addResultColumn(c.name, types[i] ?? VARCHAR));
      info.setCardinality(table.rows, true);
    },
    initFunction: (info) => info.setMaxThreads(1),
    mainFunction: (_, output) => {
      const end = Math.min(table.rows, next + CHUNK_ROWS);
      output.rowCount = end - next;
      if (end === next) return; // the scan is over
      table.columns.forEach((c, i) => fillChunkColumn(output, i, types[i] ?? VARCHAR, c.values, next, end));
      next = end;
    },
  });
}

/**
 * Write a published table as Parquet through DuckDB; snappy, because every common Parquet reader (pandas, R arrow,
 * hyparquet without plugins) decodes it. Each table gets a database of its own, closed afterwards: one database for
 * all of them kept what the Parquet writer had used, which made the build's peak.
 */
export async function writeParquet(table: PublishedTable, path: string): Promise<void> {
  await withDb(async (db) => {
    db.registerTableFunction(tableScan(table));
    await db.run(`COPY (SELECT * FROM published_table()) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
  });
}
