import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../data/duckdb/node-connector.ts';
import { tableColumns } from '../table/table-spec.ts';
import { exportColumns, type ExportTable } from './export-table.ts';
import { toParquet } from './parquet.ts';
import { catalogue, rows, theme } from '../../../tests/support/export-fixture.ts';

describe('parquet export', () => {
  const table: ExportTable = {
    columns: exportColumns(tableColumns(catalogue, 'gemeente', theme), theme),
    rows,
    about: [{ key: 'bron', text: 'Bronnen: CBS (A; B)' }],
    baseName: 'x',
  };
  const bytes = toParquet(table);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

  it('reads back with hyparquet to the same values, nulls kept', async () => {
    const back = await parquetReadObjects({ file });
    expect(back).toHaveLength(rows.length);
    const keys = table.columns.map((c) => c.key);
    expect(keys).toEqual([
      'code',
      'name',
      'population',
      'theme__jonge_aanwas',
      'theme__jonge_aanwas__reason',
      'inkomen',
      'inkomen__reason',
      'inkomen__pct',
      'jeugdhulp',
      'jeugdhulp__reason',
      'jeugdhulp__pct',
    ]);
    back.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(keys);
      for (const k of keys) expect(row[k], `${rows[i]!.code} ${k}`).toStrictEqual(rows[i]![k] ?? null);
    });
  });

  it('types numbers as DOUBLE and codes as strings, all nullable, snappy', () => {
    const meta = parquetMetadata(file);
    const schema = parquetSchema(meta);
    const types = Object.fromEntries(
      schema.children.map((c) => [c.element.name, [c.element.type, c.element.converted_type ?? null, c.element.repetition_type]]),
    );
    expect(types['code']).toEqual(['BYTE_ARRAY', 'UTF8', 'OPTIONAL']);
    expect(types['population']).toEqual(['DOUBLE', null, 'OPTIONAL']);
    expect(types['inkomen']).toEqual(['DOUBLE', null, 'OPTIONAL']);
    expect(types['inkomen__reason']).toEqual(['BYTE_ARRAY', 'UTF8', 'OPTIONAL']);
    expect(meta.row_groups[0]!.columns.every((c) => c.meta_data?.codec === 'SNAPPY')).toBe(true);
  });

  it('carries the sources and the Dutch headers as key/value metadata', () => {
    const kv = Object.fromEntries((parquetMetadata(file).key_value_metadata ?? []).map((e) => [e.key, e.value]));
    expect(kv['bron']).toBe('Bronnen: CBS (A; B)');
    const headers = JSON.parse(kv['kolommen']!) as Record<string, string>;
    expect(headers['inkomen']).toBe('Aandeel A (%, 2024)');
    expect(headers['inkomen__reason']).toBe('Aandeel A (%, 2024): reden geen waarde');
  });

  it('is read by DuckDB too, with the same values and types', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-export-'));
    const path = join(dir, 'x.parquet');
    await writeFile(path, bytes);
    const db = await createNodeConnector();
    try {
      const back = await db.query(`SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`);
      expect(back.map((r) => [r['code'], r['inkomen'], r['inkomen__reason'], r['theme__jonge_aanwas']])).toEqual(
        rows.map((r) => [r.code, r.inkomen, r.inkomen__reason, r.theme__jonge_aanwas]),
      );
      const types = await db.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${path.replace(/'/g, "''")}'))`);
      expect(Object.fromEntries(types.map((r) => [r['column_name'], r['column_type']]))).toMatchObject({
        code: 'VARCHAR',
        population: 'DOUBLE',
        inkomen: 'DOUBLE',
        inkomen__reason: 'VARCHAR',
      });
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
