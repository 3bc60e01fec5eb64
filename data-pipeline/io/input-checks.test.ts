import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { parseCsv } from './csv.ts';
import { checkName, checkTable } from './table-checks.ts';
import { decodeRawText } from './text-checks.ts';
import { parseNumberCell, POPULATION, WHOLE_POINT_ZERO } from './values.ts';

const fails = (run: () => unknown): DataError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
};

describe('raw text', () => {
  it('strips a BOM and keeps real Dutch names', () => {
    expect(decodeRawText(Buffer.from('\ufeffSúdwest-Fryslân\n', 'utf8'), 'f.csv')).toBe('Súdwest-Fryslân\n');
  });
  it('rejects Windows-1252 bytes at their line', () => {
    const error = fails(() => decodeRawText(Buffer.from('code,naam\nGM1900,Súdwest-Fryslân\n', 'latin1'), 'f.csv'));
    expect([error.file, error.line, error.message]).toEqual(['f.csv', 2, expect.stringMatching(/not valid UTF-8/)]);
  });
  it('rejects mojibake at its line', () => {
    const error = fails(() => decodeRawText(Buffer.from('code,naam\nGM0001,a\nGM1900,SÃºdwest-FryslÃ¢n\n', 'utf8'), 'f.csv'));
    expect([error.line, error.message]).toEqual([3, expect.stringMatching(/mojibake/)]);
  });
  it('stops at an oversized cell, naming line and column', () => {
    const error = fails(() => parseCsv(`code,naam\nGM0001,${'x'.repeat(20_000)}\n`, 'f.csv'));
    expect([error.line, error.field]).toEqual([2, 'naam']);
  });
});

describe('numbers in the source notation', () => {
  const at = { file: 'f.csv', line: 2, field: 'inwoners' };
  it('reads plain whole numbers and rejects a thousands separator', () => {
    expect(parseNumberCell('12000', POPULATION, at).value).toBe(12000);
    expect(fails(() => parseNumberCell('12.000', POPULATION, at)).message).toMatch(/thousands separator/);
  });
  it('reads the pandas notation where declared, never three decimals', () => {
    const rule = { ...POPULATION, wholeNotation: WHOLE_POINT_ZERO };
    expect(parseNumberCell('8090.0', rule, at).value).toBe(8090);
    expect(fails(() => parseNumberCell('12.000', rule, at)).field).toBe('inwoners');
  });
  it('caps a population at the national total', () => {
    expect(fails(() => parseNumberCell('931298000', POPULATION, at)).message).toMatch(/above the allowed maximum/);
  });
});

describe('declared table checks', () => {
  const register = {
    codes: { gemeente: ['GM0001', 'GM0002', 'GM0003'], wijk: ['WK000100', 'WK000101'], buurt: [] },
    parentAt: (code: string) => `GM${code.slice(2, 6)}`,
  };
  const table = (rows: [string, number][]) => ({ file: 'f.csv', rows: rows.map(([code, inwoners], i) => ({ code, line: i + 2, values: { inwoners } })) });
  it('fails on coverage beyond the tolerance and warns within it', () => {
    const partial = table([['GM0001', 1]]);
    expect(fails(() => checkTable(partial, { coverage: { level: 'gemeente', maxMissing: 1 } }, register)).message).toMatch(
      /2 have no row.*first GM0002, GM0003/,
    );
    expect(checkTable(partial, { coverage: { level: 'gemeente', maxMissing: 2 } }, register)).toEqual([
      expect.stringMatching(/2 gemeente regions have no row/),
    ]);
  });
  it('compares a whole with the sum of its parts', () => {
    const rows = table([
      ['GM0001', 3000],
      ['WK000100', 1000],
      ['WK000101', 2000],
    ]);
    const rule = { partsSum: { column: 'inwoners', whole: 'gemeente' as const, parts: 'wijk' as const, tolerance: 0.01 } };
    expect(checkTable(rows, rule, register)).toEqual([]);
    rows.rows[0]!.values.inwoners = 3_000_000;
    expect(fails(() => checkTable(rows, rule, register))).toMatchObject({ line: 2, field: 'inwoners' });
  });
});

describe('names', () => {
  it('refuses a control character at file, line and field (a NUL would cut the name in the Parquet file)', () => {
    const at = { file: 'namen.csv', line: 7, field: 'Title' };
    expect(checkName('Stationsbuurt', at)).toBe('Stationsbuurt');
    const error = fails(() => checkName('Stations\0buurt', at));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toMatch(/namen\.csv.*7.*Title.*"Stations\?buurt" holds control character U\+0000 at position 9/s);
    expect(fails(() => checkName('A\tB', at)).message).toMatch(/U\+0009 at position 2/);
  });
});
