import { describe, expect, it } from 'vitest';
import type { RankingQuery } from '../data/queries.ts';
import { NO_FILTERS, type TableSelection } from '../table/table-spec.ts';
import { exportColumns, roundedRow, tableExport } from './export-table.ts';
import { tableColumns } from '../table/table-spec.ts';
import { weightKey } from '../weights/weights-url.ts';
import { catalogue, rows, theme } from '../../../tests/support/export-fixture.ts';

describe('table export', () => {
  it('asks for every row the table lists, with its filters and order', async () => {
    const asked: RankingQuery[] = [];
    const selection: TableSelection = {
      level: 'gemeente',
      theme,
      sort: { column: 'inkomen', direction: 'asc' },
      filters: { text: 'aa', provincie: { code: 'PV20', name: 'Groningen' }, hideMissing: true, within: null },
    };
    const out = await tableExport(catalogue, async (q) => (asked.push(q), { rows: rows.slice(0, 2), total: 2, engine: 'memory' }), selection);
    expect(asked).toEqual([
      {
        level: 'gemeente',
        columns: [
          'theme__jonge_aanwas',
          'theme__jonge_aanwas__reason',
          'inkomen',
          'inkomen__reason',
          'jeugdhulp',
          'jeugdhulp__reason',
          'has_geometry',
          'inkomen__pct',
          'jeugdhulp__pct',
        ],
        orderBy: 'inkomen',
        direction: 'asc',
        filters: { text: 'aa', provincieCode: 'PV20', nonNullColumn: 'inkomen' },
        limit: Number.MAX_SAFE_INTEGER,
      },
    ]);
    expect(out.rows).toHaveLength(2);
    expect(out.baseName).toBe('ondermijningsatlas_jonge_aanwas_gemeente');
    const about = Object.fromEntries(out.about.map((a) => [a.key, a.text]));
    expect(about['titel']).toBe('Ondermijningsatlas: Drugs & "jonge" aanwas per gemeente');
    expect(about['selectie']).toBe(
      'Selectie: 2 van 4 gebieden (naam bevat ‘aa’; provincie Groningen; alleen gebieden met een waarde voor Aandeel A (%, 2024)); gesorteerd op Aandeel A (%, 2024), oplopend',
    );
    // Only indicators that exist on the level name their source and year: B (SCP, 2017) is wijk-only.
    expect(about['bron']).toBe('Bron: CBS (Kerncijfers wijken en buurten 2024)');
    expect(about['gegevens']).toBe('Ondermijningsatlas, gegevens gebouwd op 23 november 2026 (pijplijn 9.9.9); peiljaren 2024; gebiedsindeling 2024');
    expect(about['toelichting']).toMatch(/geen bewijs van criminaliteit/);
  });

  it('says "alle" when nothing is filtered', async () => {
    const out = await tableExport(catalogue, async () => ({ rows, total: 4, engine: 'memory' }), {
      level: 'gemeente',
      theme,
      sort: { column: 'theme__jonge_aanwas', direction: 'desc' },
      filters: NO_FILTERS,
    });
    expect(out.about.find((a) => a.key === 'selectie')!.text).toBe(
      'Selectie: alle 4 gebieden; gesorteerd op Themascore Drugs & "jonge" aanwas (0–100), aflopend',
    );
  });

  it('names custom weights in the theme score’s header and in the file’s description', async () => {
    const selection: TableSelection = { level: 'gemeente', theme, sort: { column: 'theme__jonge_aanwas', direction: 'desc' }, filters: NO_FILTERS };
    const weights = new Map([[weightKey(theme.id, 'inkomen'), 5]]);
    const out = await tableExport(catalogue, async () => ({ rows, total: 4, engine: 'weights' }), selection, null, weights);
    expect(out.columns.find((c) => c.key === 'theme__jonge_aanwas')?.header).toBe('Themascore Drugs & "jonge" aanwas (0–100), eigen weging');
    expect(out.about.find((a) => a.key === 'weging')?.text).toBe(
      'Themascore met een eigen weging, niet de standaardweging uit de catalogus: Aandeel A: gewicht 5,0 (standaard 1,0).',
    );
    // a custom weight of an indicator the level does not have (B is wijk-only) changes no gemeente score: no marker
    const elsewhere = await tableExport(
      catalogue,
      async () => ({ rows, total: 4, engine: 'weights' }),
      selection,
      null,
      new Map([[weightKey(theme.id, 'jeugdhulp'), 5]]),
    );
    expect(elsewhere.columns.find((c) => c.key === 'theme__jonge_aanwas')?.header).toBe('Themascore Drugs & "jonge" aanwas (0–100)');
    expect(elsewhere.about.some((a) => a.key === 'weging')).toBe(false);
    // under the catalogue's weights neither says so
    const standard = await tableExport(catalogue, async () => ({ rows, total: 4, engine: 'duckdb' }), selection);
    expect(standard.columns.find((c) => c.key === 'theme__jonge_aanwas')?.header).toBe('Themascore Drugs & "jonge" aanwas (0–100)');
    expect(standard.about.some((a) => a.key === 'weging')).toBe(false);
  });

  it('rounds values to the published precision and scores and percentiles to one decimal', () => {
    const columns = exportColumns(tableColumns(catalogue, 'gemeente', theme), theme);
    const keys = columns.map((c) => c.key);
    expect(keys).toContain('inkomen__pct');
    const row = roundedRow(columns, {
      code: 'GM1',
      theme__jonge_aanwas: 57.248000000000005,
      inkomen: 12.345000000000001,
      inkomen__pct: 74.70588235294117,
      population: 1234,
    });
    const inkomen = columns.find((c) => c.key === 'inkomen')?.decimals ?? 0;
    expect(row['theme__jonge_aanwas']).toBe(57.2);
    expect(row['inkomen']).toBe(Number((12.345).toFixed(inkomen)));
    expect(row['inkomen__pct']).toBe(74.7);
    expect(row['population']).toBe(1234);
    expect(row['code']).toBe('GM1');
  });
});
