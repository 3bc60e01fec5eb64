/**
 * The Node side of the connector, for tests and scripts only: never imported by browser code
 * (it would pull a native module into the bundle).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { quoteIdent, quoteLiteral } from '../queries.ts';
import { plainRow, type Connector } from './connector.ts';

const sqlValue = (v: unknown): string => {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return quoteLiteral(String(v));
};

export async function createNodeConnector(): Promise<Connector> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  return {
    async query(sql) {
      const reader = await conn.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>));
    },
    async insertArrowIPC(table, ipc) {
      // node-api has no Arrow ingest; tests use small tables, so typed VALUES are good enough.
      const t = tableFromIPC(ipc);
      const types = t.schema.fields.map((f) => {
        const name = String(f.type);
        if (/Utf8/.test(name)) return 'VARCHAR';
        if (/Bool/.test(name)) return 'BOOLEAN';
        if (/Int/.test(name)) return 'BIGINT';
        return 'DOUBLE';
      });
      const cols = t.schema.fields.map((f, i) => `${quoteIdent(f.name)} ${types[i]}`).join(', ');
      await conn.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${cols})`);
      const rows = t.toArray() as { toJSON(): Record<string, unknown> }[];
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500).map((r) => `(${Object.values(r.toJSON()).map(sqlValue).join(', ')})`);
        if (chunk.length) await conn.run(`INSERT INTO ${quoteIdent(table)} VALUES ${chunk.join(', ')}`);
      }
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
