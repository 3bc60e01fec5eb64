import { describe, expect, it } from 'vitest';
import { TREND_COLUMNS, levelTableColumns, regionTableColumns, type ColumnSpec, type IndicatorShape } from '@atlas/contract';
import { tableIpc, type FixtureRow } from '../../../tests/support/region-ipc.ts';
import { checkColumns } from './column-check.ts';
import { DataError, dataErrorMessage } from './errors.ts';
import { RegionTable } from './region-table.ts';
import { TrendTable } from './trends.ts';

const columns = regionTableColumns(['vernielingen'], ['jonge_aanwas']);
const row: FixtureRow = { code: 'GM0001', name: 'Aa en Hunze', level: 'gemeente', population: 25_000, has_geometry: true, vernielingen: 4.5 };

/** The error a reader throws, so a test can look at its file, detail and Dutch message. */
function readError(read: () => unknown): DataError {
  try {
    read();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('read without error');
}

const retyped = (name: string, type: ColumnSpec['type']): ColumnSpec[] => columns.map((c) => (c.name === name ? { ...c, type } : c));

describe('reading a region table against the contract', () => {
  it('reads a table with exactly the contract’s columns and types', () => {
    const table = RegionTable.fromIPC('gemeente', tableIpc(columns, [row]), columns);
    expect(table.number('population', 0)).toBe(25_000);
    expect(table.number('vernielingen', 0)).toBe(4.5);
  });

  it('names the file and the column when a column has the wrong type', () => {
    const error = readError(() => RegionTable.fromIPC('gemeente', tableIpc(retyped('population', 'float64'), [row]), columns));
    expect(error.kind).toBe('invalid');
    expect(error.file).toBe('gemeente.arrow');
    expect(error.detail).toBe('kolom ‘population’ heeft type Float64, verwacht int32');
    expect(dataErrorMessage(error)).toBe(
      'Het bestand ‘gemeente.arrow’ voldoet niet aan het afgesproken formaat: kolom ‘population’ heeft type Float64, verwacht int32.',
    );
  });

  it('tells a plain string from a dictionary-encoded one', () => {
    const error = readError(() => RegionTable.fromIPC('wijk', tableIpc(retyped('vernielingen__reason', 'string'), [row]), columns));
    expect(error.file).toBe('wijk.arrow');
    expect(error.detail).toBe('kolom ‘vernielingen__reason’ heeft type Utf8, verwacht category');
  });

  it('names the file and the column when a column is missing', () => {
    const withoutDen = columns.filter((c) => c.name !== 'vernielingen__den');
    const error = readError(() => RegionTable.fromIPC('buurt', tableIpc(withoutDen, [row]), columns));
    expect(error.file).toBe('buurt.arrow');
    expect(error.detail).toBe('kolom ‘vernielingen__den’ ontbreekt');
  });

  it('rejects a column the contract does not list, and caps a long list of problems', () => {
    const extra = readError(() => RegionTable.fromIPC('gemeente', tableIpc([...columns, { name: 'vernielingen__oud', type: 'float64' }], [row]), columns));
    expect(extra.detail).toBe('kolom ‘vernielingen__oud’ staat niet in het contract');
    const bare = readError(() => RegionTable.fromIPC('gemeente', tableIpc(columns.slice(0, 2), [row]), columns));
    expect(bare.detail).toMatch(/^kolom ‘level’ ontbreekt; kolom ‘gemeente_code’ ontbreekt; kolom ‘gemeente_name’ ontbreekt \(en nog \d+\)$/);
  });

  it('names a column that stands in the file twice', () => {
    const code = { name: 'code', type: { kind: 'utf8' }, dictionary: null } as const;
    const error = readError(() => checkColumns('gemeente.arrow', [code, code], [{ name: 'code', type: 'string' }]));
    expect(error.detail).toBe('kolom ‘code’ staat er meer dan eens in');
  });

  it('rejects a column the contract leaves out of the level (Gi* on gemeenten), as one not in the contract', () => {
    const vernielingen: IndicatorShape = { id: 'vernielingen', uncertainty: 'poisson', levels: [{ level: 'gemeente', kind: 'rate' }] };
    const onGemeente = levelTableColumns([vernielingen], ['jonge_aanwas'], 'gemeente');
    expect(RegionTable.fromIPC('gemeente', tableIpc(onGemeente, [row]), onGemeente).number('vernielingen', 0)).toBe(4.5);
    const withGi = readError(() => RegionTable.fromIPC('gemeente', tableIpc(columns, [row]), onGemeente));
    expect(withGi.detail).toMatch(/^kolom ‘vernielingen__gi’ staat niet in het contract; kolom ‘vernielingen__hot’ staat niet in het contract/);
  });
});

describe('reading trends.arrow against the contract', () => {
  const trendRow: FixtureRow = { code: 'GM0855', name: 'Tilburg', series: 'misdrijven_per_1000', year: 2012, value: 70.25 };

  it('reads a table with the contract’s columns', () => {
    expect(TrendTable.fromIPC(tableIpc(TREND_COLUMNS, [trendRow])).points('misdrijven_per_1000', 'GM0855', [2012])).toEqual([{ year: 2012, value: 70.25 }]);
  });

  it('names the column with the wrong type', () => {
    const years = TREND_COLUMNS.map((c): ColumnSpec => (c.name === 'year' ? { name: 'year', type: 'float64' } : c));
    const error = readError(() => TrendTable.fromIPC(tableIpc(years, [trendRow])));
    expect(error.file).toBe('trends.arrow');
    expect(error.detail).toBe('kolom ‘year’ heeft type Float64, verwacht int32');
  });

  it('names the missing column', () => {
    const error = readError(() =>
      TrendTable.fromIPC(
        tableIpc(
          TREND_COLUMNS.filter((c) => c.name !== 'value'),
          [trendRow],
        ),
      ),
    );
    expect(error.detail).toBe('kolom ‘value’ ontbreekt');
  });
});
