/**
 * The Node side of the connector, for tests and scripts only: never imported by browser code
 * (it would pull a native module into the bundle).
 */
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { DataType, tableFromIPC, type Vector } from 'apache-arrow';
import { quoteIdent } from '../queries.ts';
import { plainRow, type Connector } from './connector.ts';

/** How one Arrow column becomes a DuckDB column: the SQL type and how a non-null cell is appended. */
interface ColumnLoader {
  sqlType: string;
  append(appender: DuckDBAppender, value: unknown): void;
}

function loaderFor(type: DataType): ColumnLoader {
  if (DataType.isUtf8(type) || DataType.isDictionary(type)) return { sqlType: 'VARCHAR', append: (a, v) => a.appendVarchar(String(v)) };
  if (DataType.isBool(type)) return { sqlType: 'BOOLEAN', append: (a, v) => a.appendBoolean(Boolean(v)) };
  // DuckDB-WASM keeps Arrow's Int32 as INTEGER too, so results come back as plain numbers in both.
  if (DataType.isInt(type) && type.bitWidth <= 32) return { sqlType: 'INTEGER', append: (a, v) => a.appendInteger(Number(v)) };
  if (DataType.isInt(type)) return { sqlType: 'BIGINT', append: (a, v) => a.appendBigInt(BigInt(v as number | bigint)) };
  return { sqlType: 'DOUBLE', append: (a, v) => a.appendDouble(Number(v)) };
}

export async function createNodeConnector(): Promise<Connector> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  return {
    async query(sql) {
      const reader = await conn.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>));
    },
    async insertArrowIPC(table, ipc) {
      // node-api has no Arrow ingest: the table is made from the Arrow schema and filled cell by cell
      // through DuckDB's appender, fast enough for the real buurt table in tests.
      const t = tableFromIPC(ipc);
      const fields = t.schema.fields;
      const loaders = fields.map((f) => loaderFor(f.type));
      const vectors = fields.map((f) => t.getChild(f.name)).filter((v): v is Vector => v !== null);
      const cols = fields.map((f, i) => `${quoteIdent(f.name)} ${loaders[i]?.sqlType ?? 'DOUBLE'}`).join(', ');
      await conn.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${cols})`);
      const appender = await conn.createAppender(table);
      for (let row = 0; row < t.numRows; row++) {
        vectors.forEach((vector, i) => {
          const value: unknown = vector.get(row);
          const loader = loaders[i];
          if (value === null || value === undefined || !loader) appender.appendNull();
          else loader.append(appender, value);
        });
        appender.endRow();
      }
      appender.closeSync();
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
