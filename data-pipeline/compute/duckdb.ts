import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Region } from '../regions/register.ts';
import type { SourceTable } from '../sources/source-table.ts';

export type Db = DuckDBConnection;

export async function openDb(): Promise<{ db: Db; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const db = await instance.connect();
  return {
    db,
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Load a validated source table (code + DOUBLE columns, nulls kept) with the appender. */
export async function loadSourceTable(db: Db, table: SourceTable): Promise<void> {
  const columns = table.columns.map((c) => `${quoteIdent(c)} DOUBLE`).join(', ');
  await db.run(`CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (code VARCHAR PRIMARY KEY${columns ? `, ${columns}` : ''})`);
  const appender = await db.createAppender(table.name);
  for (const row of table.rows) {
    appender.appendVarchar(row.code);
    for (const column of table.columns) {
      const value = row.values[column];
      if (value === null || value === undefined) appender.appendNull();
      else appender.appendDouble(value);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** The register as a table, so formulas can join sources to every region of a level. */
export async function loadRegions(db: Db, regions: Iterable<Region>): Promise<void> {
  await db.run('CREATE OR REPLACE TABLE regions (code VARCHAR PRIMARY KEY, level VARCHAR, gemeente_code VARCHAR, wijk_code VARCHAR, population DOUBLE)');
  const appender = await db.createAppender('regions');
  for (const region of regions) {
    appender.appendVarchar(region.code);
    appender.appendVarchar(region.level);
    appender.appendVarchar(region.gemeenteCode);
    if (region.wijkCode === null) appender.appendNull();
    else appender.appendVarchar(region.wijkCode);
    if (region.population === null) appender.appendNull();
    else appender.appendDouble(region.population);
    appender.endRow();
  }
  appender.closeSync();
}

export async function queryRows(db: Db, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}
