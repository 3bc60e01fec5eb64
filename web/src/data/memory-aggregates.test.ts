import { AGGREGATES, col } from '@atlas/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedManifest, expectedTableIpc } from '../../../tests/support/expected-build.ts';
import { EDGE_GEMEENTEN, fiveGemeentenIpc } from '../../../tests/support/five-gemeenten.ts';
import { aggregatableIndicators } from './atlas-data.ts';
import type { Connector } from './duckdb/connector.ts';
import { createNodeConnector } from './duckdb/node-connector.ts';
import { insertRegionTable } from './load-table.ts';
import { aggregateInMemory, type AggregateQuery } from './memory-aggregates.ts';
import { quoteIdent, quoteLiteral, tableName } from './queries.ts';
import { RegionTable } from './region-table.ts';

/**
 * The same question in SQL, as DuckDB-WASM answered it before the sums moved into memory: the independent answer
 * the in-memory one must equal, row for row and key for key.
 */
function aggregateSql(q: AggregateQuery): string {
  const source = quoteIdent(tableName('gemeente'));
  const codeCol = q.aggregate ? quoteIdent(`${q.aggregate}_code`) : `'NL'`;
  const nameCol = q.aggregate ? `any_value(${quoteIdent(`${q.aggregate}_name`)})` : `'Nederland'`;
  const sums = q.indicators.flatMap((ind) => {
    const num = quoteIdent(col.numerator(ind.id));
    const den = quoteIdent(col.denominator(ind.id));
    const has = `${num} IS NOT NULL AND ${den} IS NOT NULL`;
    return [
      `SUM(${num}) FILTER (WHERE ${has}) AS ${quoteIdent(col.numerator(ind.id))}`,
      `SUM(${den}) FILTER (WHERE ${has}) AS ${quoteIdent(col.denominator(ind.id))}`,
      `COALESCE(SUM(population) FILTER (WHERE ${has}), 0) AS ${quoteIdent(`${ind.id}__covered`)}`,
    ];
  });
  const values = q.indicators.flatMap((ind) => {
    const num = quoteIdent(col.numerator(ind.id));
    const den = quoteIdent(col.denominator(ind.id));
    const coverage = `CASE WHEN population > 0 THEN ${quoteIdent(`${ind.id}__covered`)} / population END`;
    return [
      `${num}`,
      `${den}`,
      `${coverage} AS ${quoteIdent(`${ind.id}__coverage`)}`,
      `CASE WHEN ${den} > 0 AND ${coverage} >= ${Number(q.minCoverage)} THEN ${num} / ${den} * ${Number(ind.scale)} END AS ${quoteIdent(col.value(ind.id))}`,
    ];
  });
  const where = [q.aggregate ? `${codeCol} IS NOT NULL` : 'TRUE'];
  if (q.code && q.aggregate) where.push(`${codeCol} = ${quoteLiteral(q.code)}`);
  return [
    `WITH sums AS (`,
    `  SELECT ${codeCol} AS code, ${nameCol} AS name, COUNT(*)::INTEGER AS regions, SUM(population)::DOUBLE AS population,`,
    `    ${sums.join(',\n    ')}`,
    `  FROM ${source}`,
    `  WHERE ${where.join(' AND ')}`,
    `  GROUP BY 1`,
    `)`,
    `SELECT code, name, regions, population,`,
    `  ${values.join(',\n  ')}`,
    `FROM sums ORDER BY name`,
  ].join('\n');
}

const { ipc, columns } = fiveGemeentenIpc();
const table = RegionTable.fromIPC('gemeente', ipc, columns);
const vernielingen = [{ id: 'vernielingen', scale: 1000 }] as const;

describe('aggregates summed in memory', () => {
  it('per provincie as Σnum/Σden × scale, with coverage', () => {
    const out = aggregateInMemory(table, { aggregate: 'provincie', indicators: vernielingen, minCoverage: 0.9 });
    const gr = out.find((r) => r['code'] === 'PV20');
    // (10 + 90) / (1000 + 18000) × 1000, not the mean of 10 and 5.
    expect(gr?.['vernielingen']).toBeCloseTo((100 / 19000) * 1000, 10);
    expect(gr?.['vernielingen__coverage']).toBe(1);
    expect(gr?.['regions']).toBe(2);
    const fr = out.find((r) => r['code'] === 'PV21');
    expect(fr?.['vernielingen__coverage']).toBeCloseTo(199000 / 199500, 10);
    expect(fr?.['vernielingen']).toBeCloseTo(10, 10);
  });

  it('give no value when too few inhabitants are covered', () => {
    const out = aggregateInMemory(table, { aggregate: 'provincie', indicators: vernielingen, minCoverage: 0.999, code: 'PV21' });
    expect(out).toHaveLength(1);
    expect(out[0]?.['vernielingen']).toBeNull();
  });

  it('give the national value from counts', () => {
    const out = aggregateInMemory(table, { aggregate: null, indicators: vernielingen, minCoverage: 0 });
    expect(out[0]?.['vernielingen']).toBeCloseTo((2090 / (1000 + 18000 + 2 * 99500)) * 1000, 10);
  });
});

describe('aggregates in memory against the same question in DuckDB (node)', () => {
  const connectors: Connector[] = [];
  afterAll(async () => Promise.all(connectors.map((c) => c.close())));
  const inDuckDb = async (source: RegionTable, bytes: Uint8Array, q: AggregateQuery) => {
    const db = await createNodeConnector();
    connectors.push(db);
    await insertRegionTable(db, source, bytes);
    return db.query(aggregateSql(q));
  };

  it('are the same rows on the five gemeenten, for every grouping and one region', async () => {
    for (const q of [
      { aggregate: 'provincie', indicators: vernielingen, minCoverage: 0.9 },
      { aggregate: 'provincie', indicators: vernielingen, minCoverage: 0.999, code: 'PV21' },
      { aggregate: null, indicators: vernielingen, minCoverage: 0 },
    ] as const satisfies readonly AggregateQuery[]) {
      expect(aggregateInMemory(table, q), JSON.stringify(q)).toEqual(await inDuckDb(table, ipc, q));
    }
  });

  it('are the same rows with a denominator of 0, a gemeente without inhabitants on record and one in no provincie', async () => {
    const edge = fiveGemeentenIpc(EDGE_GEMEENTEN);
    const edgeTable = RegionTable.fromIPC('gemeente', edge.ipc, edge.columns);
    for (const q of [
      { aggregate: 'provincie', indicators: vernielingen, minCoverage: 0.5 },
      { aggregate: null, indicators: vernielingen, minCoverage: 0.5 },
    ] as const satisfies readonly AggregateQuery[]) {
      const memory = aggregateInMemory(edgeTable, q);
      expect(memory, JSON.stringify(q)).toEqual(await inDuckDb(edgeTable, edge.ipc, q));
      if (q.aggregate) expect(memory.map((r) => r['code'])).toEqual(['PV22', 'PV21', 'PV20']); // Drenthe, Fryslân, Groningen; GM0008 in none
    }
  });

  it('are the same rows on the fixture build’s gemeenten, for every aggregate, Nederland and every aggregatable indicator', async () => {
    const manifest = expectedManifest();
    const { ipc: bytes, columns: specs } = expectedTableIpc('gemeente');
    const gemeenten = RegionTable.fromIPC('gemeente', bytes, specs);
    const indicators = aggregatableIndicators(manifest);
    expect(indicators.length).toBeGreaterThan(3);
    for (const aggregate of [...AGGREGATES, null]) {
      const q: AggregateQuery = { aggregate, indicators, minCoverage: 0.9 };
      const memory = aggregateInMemory(gemeenten, q);
      expect(memory.length, String(aggregate)).toBeGreaterThan(0);
      expect(memory, String(aggregate)).toEqual(await inDuckDb(gemeenten, bytes, q));
    }
  });
});
