/**
 * One query engine per question: the ranking table must list the real regions in the same order whether the
 * browser answers in memory (before DuckDB-WASM is ready) or through DuckDB, and that order must be Dutch.
 * Every level's real table is read by the app's reader, loaded into DuckDB as the app loads it, and every
 * row of each ordering is compared.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS, absentLevelColumns, col, dataFile, levelTableColumns, type Level, type Manifest } from '@atlas/contract';
import type { Connector, SqlRow } from '../../web/src/data/duckdb/connector.ts';
import { createNodeConnector } from '../../web/src/data/duckdb/node-connector.ts';
import { insertRegionTable } from '../../web/src/data/load-table.ts';
import { foldText, rankingCountSql, rankingSql, tableName, type RankingQuery } from '../../web/src/data/queries.ts';
import { RegionTable } from '../../web/src/data/region-table.ts';
import { fmt } from '../../web/src/format/format.ts';
import { sharedBuild } from './helpers.ts';

let manifest: Manifest;
let db: Connector;
const tables = new Map<Level, RegionTable>();

beforeAll(async () => {
  const build = await sharedBuild();
  manifest = build.manifest;
  const themes = manifest.themes.map((th) => th.id);
  db = await createNodeConnector();
  for (const level of LEVELS) {
    const bytes = new Uint8Array(await readFile(join(build.outDir, dataFile.arrow(level))));
    const table = RegionTable.fromIPC(
      level,
      bytes,
      levelTableColumns(manifest.indicators, themes, level),
      absentLevelColumns(manifest.indicators, themes, level),
    );
    await insertRegionTable(db, table, bytes);
    tables.set(level, table);
  }
});
afterAll(async () => db.close());

function table(level: Level): RegionTable {
  const t = tables.get(level);
  if (!t) throw new Error(`${level} not loaded`);
  return t;
}

/** The same question to both engines; every row must match, in order. */
async function expectSameAnswer(q: RankingQuery): Promise<SqlRow[]> {
  const memory = table(q.level).rank(q);
  const [rows, count] = await Promise.all([db.query(rankingSql(q)), db.query(rankingCountSql(q))]);
  expect(rows.map((r) => r['code'])).toEqual(memory.rows.map((r) => r['code']));
  expect(rows).toEqual(memory.rows);
  expect(count[0]?.['n']).toBe(memory.total);
  return rows;
}

const all = (level: Level): number => table(level).size;

describe.each(LEVELS)('the %s table in both engines', (level) => {
  it('orders every name the same, in Dutch order, both ways', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const rows = await expectSameAnswer({ level, columns: [], orderBy: 'name', direction, limit: all(level) });
      expect(rows).toHaveLength(all(level));
      const names = rows.map((r) => String(r['name']));
      const sign = direction === 'asc' ? 1 : -1;
      names.slice(1).forEach((name, i) => expect(sign * fmt.compare(names[i] ?? '', name)).toBeLessThanOrEqual(0));
    }
  });

  it('orders by gemeente, population and indicator values the same, ties by Dutch name', async () => {
    const valued = manifest.indicators.filter((i) => (i.coverage[level] ?? 0) > 0).map((i) => col.value(i.id));
    const orders = ['gemeente_name', 'population', ...valued.slice(0, 3)];
    for (const orderBy of orders) {
      for (const direction of ['asc', 'desc'] as const) {
        await expectSameAnswer({ level, columns: valued.slice(0, 3), orderBy, direction, limit: all(level) });
      }
    }
  });

  it('filters, pages and sorts the same as the table does', async () => {
    const theme = manifest.themes[0];
    if (!theme) throw new Error('manifest without themes');
    const base = { level, columns: [col.theme(theme.id)], orderBy: col.theme(theme.id), direction: 'desc' } as const;
    await expectSameAnswer({ ...base, limit: 50, offset: 100 });
    await expectSameAnswer({ ...base, limit: 50, filters: { provincieCode: 'PV27', nonNullColumn: col.theme(theme.id) } });
    for (const text of ['ij', 'Ë', "'s-", 'sint', 'a', 'fryslân', 'noord'])
      await expectSameAnswer({ ...base, orderBy: 'name', direction: 'asc', limit: all(level), filters: { text } });
  });

  it('folds every real name for the search box the same in memory and in DuckDB', async () => {
    const folded = await db.query(`SELECT code, strip_accents(lower(name)) AS folded FROM ${tableName(level)}`);
    const byCode = new Map(folded.map((r) => [r['code'], r['folded']]));
    const t = table(level);
    const differ = t.codes.filter((code, i) => byCode.get(code) !== foldText(t.names[i] ?? ''));
    expect(differ).toEqual([]);
  });
});

it('is a real test: DuckDB’s own binary order moves most wijken and buurten away from the Dutch order', async () => {
  // Gemeente names happen to sort the same both ways; the lower levels are where the engines disagreed.
  for (const level of ['wijk', 'buurt'] as const) {
    const binary = await db.query(`SELECT code FROM ${tableName(level)} ORDER BY name, code`);
    const dutch = await db.query(rankingSql({ level, columns: [], orderBy: 'name', direction: 'asc', limit: all(level) }));
    const moved = binary.filter((r, i) => r['code'] !== dutch[i]?.['code']).length;
    expect(moved).toBeGreaterThan(all(level) / 2);
  }
});
