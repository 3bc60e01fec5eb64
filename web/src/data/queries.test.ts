import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiveGemeentenIpc } from '../../../tests/support/five-gemeenten.ts';
import type { Connector } from './duckdb/connector.ts';
import { createNodeConnector } from './duckdb/node-connector.ts';
import { insertRegionTable } from './load-table.ts';
import { foldForLike, quoteIdent, quoteLiteral, rankingSql, type RankingQuery } from './queries.ts';
import { RegionTable } from './region-table.ts';

const { ipc, columns } = fiveGemeentenIpc();
const codes = (out: readonly Record<string, unknown>[]): unknown[] => out.map((r) => r['code']);

describe('SQL builders', () => {
  it('quotes identifiers and literals', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteLiteral("'s-Hertogenbosch")).toBe("'''s-Hertogenbosch'");
    expect(foldForLike('Súd_west%')).toBe('sud\\_west\\%');
  });
});

describe('SQL against DuckDB (node)', () => {
  let db: Connector;
  const table = RegionTable.fromIPC('gemeente', ipc, columns);

  beforeAll(async () => {
    db = await createNodeConnector();
    await insertRegionTable(db, table, ipc);
  });
  afterAll(async () => db.close());

  it('ranks with missing values last and ties by Dutch name, the same in DuckDB and in memory', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const q: RankingQuery = { level: 'gemeente', columns: ['vernielingen'], orderBy: 'vernielingen', direction, limit: 10 };
      const sql = codes(await db.query(rankingSql(q)));
      expect(sql).toEqual(codes(table.rank(q).rows));
      expect(sql.at(-1)).toBe('GM0003');
    }
  });

  it('sorts names in Dutch order in both engines, where binary order would differ', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const q: RankingQuery = { level: 'gemeente', columns: [], orderBy: 'name', direction, limit: 10 };
      const dutch = ['GM0003', 'GM0001', 'GM0002', 'GM0004', 'GM0005']; // 's-Ca, aa, Bé, Da, Éa
      const expected = direction === 'asc' ? dutch : [...dutch].reverse();
      expect(codes(await db.query(rankingSql(q)))).toEqual(expected);
      expect(codes(table.rank(q).rows)).toEqual(expected);
    }
  });

  it('pages the same way in both engines', async () => {
    const q: RankingQuery = { level: 'gemeente', columns: ['vernielingen'], orderBy: 'name', direction: 'asc', limit: 2, offset: 2 };
    expect(codes(await db.query(rankingSql(q)))).toEqual(['GM0002', 'GM0004']);
    expect(table.rank(q)).toEqual({ rows: await db.query(rankingSql(q)), total: 5 });
  });

  it('filters on accent-insensitive name text and provincie', async () => {
    const q: RankingQuery = { level: 'gemeente', columns: ['vernielingen'], orderBy: 'name', direction: 'asc', limit: 10, filters: { text: 'be' } };
    expect(codes(await db.query(rankingSql(q)))).toEqual(['GM0002']);
    expect(codes(table.rank(q).rows)).toEqual(['GM0002']);
    const q2: RankingQuery = { ...q, filters: { provincieCode: 'PV21', nonNullColumn: 'vernielingen' } };
    expect(codes(await db.query(rankingSql(q2)))).toEqual(['GM0004', 'GM0005']);
    expect(table.rank(q2).total).toBe(2);
  });
});
