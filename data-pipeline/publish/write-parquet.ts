import { DuckDBTableFunction } from '@duckdb/node-api';
import { quoteIdent, withDb } from '../compute/duckdb.ts';
import type { EncodedTable } from './encoded-columns.ts';
import { parquetScanColumn, type ScanColumn } from './parquet-columns.ts';

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK_ROWS = 2048;

/**
 * A table function that hands DuckDB the table's columns 2048 rows at a time, so COPY … TO parquet reads them
 * straight from memory: appending them to a DuckDB table first cost a copy of every value (and the table's memory)
 * for a table read once. `release` lets go of the table: the bindings keep a registered function's callbacks alive
 * after its database is closed, which kept every written table (the buurt table's ~40 MB) to the end of the build.
 */
function tableScan(table: EncodedTable, columns: readonly ScanColumn[]): { scan: DuckDBTableFunction; release(): void } {
  let source: readonly ScanColumn[] | null = columns;
  const names = table.columns.map((c) => c.name);
  const rows = table.rows;
  const scanTypes = columns.map((c) => c.scanType);
  let next = 0;
  const scan = DuckDBTableFunction.create({
    name: 'published_table',
    bindFunction: (info) => {
      scanTypes.forEach((type, i) => info.addResultColumn(names[i] ?? '', type));
      info.setCardinality(rows, true);
    },
    // one scan from the first row, on one thread (the rows must reach the file in order)
    initFunction: (info) => {
      next = 0;
      info.setMaxThreads(1);
    },
    mainFunction: (_, output) => {
      const end = source === null ? next : Math.min(rows, next + CHUNK_ROWS);
      output.rowCount = end - next;
      if (end === next || source === null) return; // the scan is over
      source.forEach((c, i) => c.fill(output, i, next, end));
      next = end;
    },
  });
  return { scan, release: () => (source = null) };
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
