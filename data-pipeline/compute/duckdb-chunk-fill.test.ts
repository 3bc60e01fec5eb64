import { BOOLEAN, DOUBLE, INTEGER, VARCHAR } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { appendColumns, queryColumns, withDb } from './duckdb.ts';

describe('appendColumns (typed chunk fill)', () => {
  it('reads back every value and null it was given, across chunk boundaries', async () => {
    await withDb(async (db) => {
      const rows = 5000; // three data chunks of at most 2048 rows
      const text = Array.from({ length: rows }, (_, i) => (i % 7 === 0 ? null : `r${i} é ”`));
      const double = Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? null : i / 3 - 100));
      const int = Array.from({ length: rows }, (_, i) => (i % 11 === 0 ? null : i - 2500));
      const bool = Array.from({ length: rows }, (_, i) => (i % 13 === 0 ? null : i % 2 === 0));
      await db.run('CREATE TABLE t (s VARCHAR, d DOUBLE, i INTEGER, b BOOLEAN)');
      await appendColumns(db, 't', [VARCHAR, DOUBLE, INTEGER, BOOLEAN], [text, double, int, bool]);
      const back = await queryColumns(db, 'SELECT s, d, i, b FROM t', ['s', 'd', 'i', 'b']);
      expect(back).toEqual({ s: text, d: double, i: int, b: bool });
    });
  });

  it('refuses a value of the wrong kind for its column', async () => {
    await withDb(async (db) => {
      await db.run('CREATE TABLE t (d DOUBLE)');
      await expect(appendColumns(db, 't', [DOUBLE], [[1, 'x']])).rejects.toThrow(/value 1 is x/);
    });
  });
});
