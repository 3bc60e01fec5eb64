import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDb } from '../compute/duckdb.ts';
import type { CellValue, PublishedTable } from './columns.ts';
import { encodeTable } from './encoded-columns.ts';
import { writeParquet } from './write-parquet.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-parquet-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What DuckDB reads back from the file, column by column, as plain JS values. */
async function readBack(path: string): Promise<{ names: string[]; types: string[]; columns: unknown[][] }> {
  return withDb(async (db) => {
    const result = await db.runAndReadAll(`SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`);
    return { names: result.columnNames(), types: result.columnTypes().map((t) => t.toString()), columns: result.getColumnsJS() };
  });
}

describe('Parquet of a published table', () => {
  it('holds every value, null and type of the table, across chunk edges and with 0, few and all-distinct strings', async () => {
    const words = ['', 'Súdwest-Fryslân', "'s-Hertogenbosch", '日本'];
    for (const rows of [0, 1, 2047, 2048, 2049, 5000]) {
      const table: PublishedTable = {
        name: 't',
        rows,
        columns: [
          { name: 'f', type: 'float64', values: Array.from({ length: rows }, (_, i): CellValue => (i % 5 === 0 ? null : i / 3)) },
          { name: 'fnone', type: 'float64', values: Array.from({ length: rows }, (): CellValue => null) },
          { name: 's', type: 'string', values: Array.from({ length: rows }, (_, i): CellValue => (i % 4 === 3 ? null : `BU${String(i).padStart(8, '0')}`)) },
          { name: 'c', type: 'category', values: Array.from({ length: rows }, (_, i): CellValue => (i % 3 === 0 ? null : (words[i % words.length] ?? ''))) },
          { name: 'cnone', type: 'category', values: Array.from({ length: rows }, (): CellValue => null) },
          { name: 'i', type: 'int32', values: Array.from({ length: rows }, (_, i): CellValue => (i % 6 === 5 ? null : i * 7 - 1000)) },
          { name: 'b', type: 'bool', values: Array.from({ length: rows }, (_, i): CellValue => (i % 5 === 4 ? null : i % 3 === 0)) },
        ],
      };
      const path = join(dir, `t${rows}.parquet`);
      await writeParquet(encodeTable(table), path);
      const back = await readBack(path);
      expect(back.names).toEqual(table.columns.map((c) => c.name));
      expect(back.types).toEqual(['DOUBLE', 'DOUBLE', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'INTEGER', 'BOOLEAN']);
      table.columns.forEach((column, i) => expect(back.columns[i] ?? [], `${column.name}, ${rows} rows`).toEqual(column.values));
    }
  });
});
