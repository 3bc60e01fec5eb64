import { Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_COLUMNS } from '@atlas/contract';
import type { Connector } from './duckdb/connector.ts';
import { createNodeConnector } from './duckdb/node-connector.ts';
import { aggregateSql, foldForLike, quoteIdent, quoteLiteral, rankingSql, type RankingQuery } from './queries.ts';
import { RegionTable, inferScale } from './region-table.ts';

// Four gemeenten in two provincies. x is a rate per 1.000; one gemeente has no value (suppressed).
const rows = [
  { code: 'GM0001', name: 'Aa', prov: 'PV20', pop: 1000, num: 10, den: 1000 },
  { code: 'GM0002', name: 'Bé', prov: 'PV20', pop: 9000, num: 90, den: 9000 * 2 },
  { code: 'GM0003', name: "Ca'", prov: 'PV21', pop: 500, num: null, den: null },
  { code: 'GM0004', name: 'Da', prov: 'PV21', pop: 99500, num: 995, den: 99500 },
];
const value = (r: (typeof rows)[number]): number | null => (r.num === null || r.den === null ? null : (r.num / r.den) * 1000);

function gemeenteIpc(): Uint8Array {
  const text = (f: (r: (typeof rows)[number]) => string | null) => vectorFromArray(rows.map(f), new Utf8());
  const numbers = (f: (r: (typeof rows)[number]) => number | null) => vectorFromArray(rows.map(f), new Float64());
  const columns: Record<string, ReturnType<typeof text> | ReturnType<typeof numbers> | ReturnType<typeof vectorFromArray>> = {};
  for (const c of REGION_COLUMNS) columns[c.name] = text(() => null);
  Object.assign(columns, {
    code: text((r) => r.code),
    name: text((r) => r.name),
    level: text(() => 'gemeente'),
    gemeente_code: text((r) => r.code),
    gemeente_name: text((r) => r.name),
    provincie_code: text((r) => r.prov),
    provincie_name: text((r) => (r.prov === 'PV20' ? 'Groningen' : 'Fryslân')),
    population: numbers((r) => r.pop),
    has_geometry: vectorFromArray(rows.map(() => true), new Bool()),
    vernielingen: numbers(value),
    vernielingen__num: numbers((r) => r.num),
    vernielingen__den: numbers((r) => r.den),
    vernielingen__reason: text((r) => (r.num === null ? 'suppressed' : null)),
  });
  return tableToIPC(new Table(columns as never), 'stream');
}

describe('SQL builders', () => {
  it('quotes identifiers and literals', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteLiteral("'s-Hertogenbosch")).toBe("'''s-Hertogenbosch'");
    expect(foldForLike('Súd_west%')).toBe('sud\\_west\\%');
  });

  it('sums counts instead of averaging rates', () => {
    const sql = aggregateSql({ aggregate: 'provincie', indicators: [{ id: 'vernielingen', scale: 1000 }], minCoverage: 0.9 });
    expect(sql).toContain('SUM("vernielingen__num")');
    expect(sql).not.toMatch(/AVG\(/i);
  });
});

describe('SQL against DuckDB (node)', () => {
  let db: Connector;
  const ipc = gemeenteIpc();
  const table = RegionTable.fromIPC('gemeente', ipc);

  beforeAll(async () => {
    db = await createNodeConnector();
    await db.insertArrowIPC('gemeente', ipc);
  });
  afterAll(async () => db.close());

  it('aggregates per provincie as Σnum/Σden × scale, with coverage', async () => {
    const out = await db.query(aggregateSql({ aggregate: 'provincie', indicators: [{ id: 'vernielingen', scale: 1000 }], minCoverage: 0.9 }));
    const gr = out.find((r) => r['code'] === 'PV20')!;
    // (10 + 90) / (1000 + 18000) × 1000, not the mean of 10 and 5.
    expect(gr['vernielingen']).toBeCloseTo((100 / 19000) * 1000, 10);
    expect(gr['vernielingen__coverage']).toBe(1);
    expect(gr['regions']).toBe(2);
    const fr = out.find((r) => r['code'] === 'PV21')!;
    expect(fr['vernielingen__coverage']).toBeCloseTo(99500 / 100000, 10);
    expect(fr['vernielingen']).toBeCloseTo(10, 10);
  });

  it('gives no value when too few inhabitants are covered', async () => {
    const out = await db.query(aggregateSql({ aggregate: 'provincie', indicators: [{ id: 'vernielingen', scale: 1000 }], minCoverage: 0.999, code: 'PV21' }));
    expect(out).toHaveLength(1);
    expect(out[0]!['vernielingen']).toBeNull();
  });

  it('computes the national value from counts', async () => {
    const out = await db.query(aggregateSql({ aggregate: null, indicators: [{ id: 'vernielingen', scale: 1000 }], minCoverage: 0 }));
    expect(out[0]!['vernielingen']).toBeCloseTo((1095 / (1000 + 18000 + 99500)) * 1000, 10);
  });

  it('ranks with missing values last, the same in DuckDB and in memory', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const q: RankingQuery = { level: 'gemeente', columns: ['vernielingen'], orderBy: 'vernielingen', direction, limit: 10 };
      const sql = (await db.query(rankingSql(q))).map((r) => r['code']);
      const mem = table.rank(q).rows.map((r) => r['code']);
      expect(sql).toEqual(mem);
      expect(sql[sql.length - 1]).toBe('GM0003');
    }
  });

  it('filters on accent-insensitive name text and provincie', async () => {
    const q: RankingQuery = { level: 'gemeente', columns: ['vernielingen'], orderBy: 'name', direction: 'asc', limit: 10, filters: { text: 'be' } };
    expect((await db.query(rankingSql(q))).map((r) => r['code'])).toEqual(['GM0002']);
    expect(table.rank(q).rows.map((r) => r['code'])).toEqual(['GM0002']);
    const q2: RankingQuery = { ...q, filters: { provincieCode: 'PV21', nonNullColumn: 'vernielingen' } };
    expect((await db.query(rankingSql(q2))).map((r) => r['code'])).toEqual(['GM0004']);
    expect(table.rank(q2).total).toBe(1);
  });
});

describe('inferScale', () => {
  it('reads the factor back from value, numerator and denominator', () => {
    const t = RegionTable.fromIPC('gemeente', gemeenteIpc());
    expect(inferScale(t.numbers('vernielingen'), t.numbers('vernielingen__num'), t.numbers('vernielingen__den'))).toBe(1000);
  });

  it('is NaN for measures without counts', () => {
    expect(inferScale(Float64Array.from([1, 2]), Float64Array.from([NaN, NaN]), Float64Array.from([NaN, NaN]))).toBeNaN();
  });
});
