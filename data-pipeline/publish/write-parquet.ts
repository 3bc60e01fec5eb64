import { DuckDBTableFunction } from '@duckdb/node-api';
import { CHUNK_ROWS, quoteIdent, withDb } from '../compute/duckdb.ts';
import type { EncodedTable } from './encoded-columns.ts';
import { parquetScanColumn, type ScanColumn } from './parquet-columns.ts';

/**
 * A table function that hands DuckDB the table's columns CHUNK_ROWS rows at a time, so COPY … TO parquet reads them
 * straight from memory: appending them to a DuckDB table first cost a copy of every value (and the table's memory)
 * for a table read once. `release` lets go of the table: the bindings keep a registered function's callbacks alive
 * after its database is closed, which kept every written table (the buurt table's ~40 MB) to the end of the build.
 */
function tableScan(table: EncodedTable, columns: readonly ScanColumn[]): { scan: DuckDBTableFunction; release(): void } {
  // Everything the callbacks hold, in one place that `release` empties: an ENUM scan type holds every distinct string
  // of its column (the buurt table's codes and names), so the types go with the columns.
  let held: { columns: readonly ScanColumn[]; names: string[] } | null = { columns, names: table.columns.map((c) => c.name) };
  const rows = table.rows;
  let next = 0;
  const scan = DuckDBTableFunction.create({
    name: 'published_table',
    bindFunction: (info) => {
      held?.columns.forEach((c, i) => info.addResultColumn(held?.names[i] ?? '', c.scanType));
      info.setCardinality(rows, true);
    },
    // one scan from the first row, on one thread (the rows must reach the file in order)
    initFunction: (info) => {
      next = 0;
      info.setMaxThreads(1);
    },
    mainFunction: (_, output) => {
      if (held === null || next >= rows) {
        output.rowCount = 0; // the scan is over
        return;
      }
      const end = Math.min(rows, next + CHUNK_ROWS);
      output.rowCount = end - next;
      const from = next;
      held.columns.forEach((c, i) => c.fill(output, i, from, end));
      next = end;
    },
  });
  return { scan, release: () => (held = null) };
}

/**
 * Write a published table as Parquet through DuckDB; snappy, because every common Parquet reader (pandas, R arrow,
 * hyparquet without plugins) decodes it. Each table gets a database of its own, closed afterwards: one database for
 * all of them kept what the Parquet writer had used, which made the build's peak.
 */
export async function writeParquet(table: EncodedTable, path: string): Promise<void> {
  await withDb(async (db) => {
    const columns = table.columns.map((c, i) => {
      const encoded = table.encoded[i];
      if (!encoded) throw new Error(`table ${table.name}: column ${c.name} has no encoding`);
      return parquetScanColumn(c.type, encoded, table.rows);
    });
    const select = table.columns.map((c, i) =>
      columns[i]?.asVarchar ? `CAST(${quoteIdent(c.name)} AS VARCHAR) AS ${quoteIdent(c.name)}` : quoteIdent(c.name),
    );
    // the scan is one JS thread's callbacks: a second DuckDB thread only waited for it (~30% more CPU, and slower)
    await db.run('SET threads = 1');
    const { scan, release } = tableScan(table, columns);
    db.registerTableFunction(scan);
    try {
      await db.run(`COPY (SELECT ${select.join(', ')} FROM published_table()) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
    } finally {
      release();
    }
  });
}
