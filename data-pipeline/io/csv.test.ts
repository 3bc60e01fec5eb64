import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes, newlines and text after the closing quote', () => {
    const csv = parseCsv('code,naam,noot\r\nGM1,"Den Haag, ""de"" stad","regel 1\nregel 2"\nGM2,"a"b,x"y\n\nGM3,"",""""\n', 'f.csv');
    expect(csv.header).toEqual(['code', 'naam', 'noot']);
    expect(csv.records.map(({ line, values }) => ({ line, values }))).toEqual([
      { line: 2, values: { code: 'GM1', naam: 'Den Haag, "de" stad', noot: 'regel 1\nregel 2' } },
      { line: 4, values: { code: 'GM2', naam: 'ab', noot: 'x"y' } },
      { line: 6, values: { code: 'GM3', naam: '', noot: '"' } },
    ]);
  });

  it('takes the separator it is given and keeps a last record without a newline', () => {
    expect(parseCsv('a;b\n1;"2;3"', 'f.csv', ';').records.map(({ line, values }) => ({ line, values }))).toEqual([{ line: 2, values: { a: '1', b: '2;3' } }]);
  });

  it('reads a field by column name, the last of two columns with the same name as the values object does', () => {
    const [record] = parseCsv('a,b,a\n1,2,3\n', 'f.csv').records;
    expect([record?.get('a'), record?.get('b'), record?.get('c'), record?.values.a]).toEqual(['3', '2', undefined, '3']);
    expect(record?.fields).toEqual(['1', '2', '3']);
  });

  it('gives back every field of records written with quoting where needed, by position and by name', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pieces = ['a', 'b c', ',', '"', '\n', '\r\n', '12.5', ''];
    const header = ['p', 'q', 'r'];
    const rows = Array.from({ length: 300 }, () => header.map(() => Array.from({ length: random(4) }, () => pieces[random(pieces.length)]).join('')));
    const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f);
    const csv = parseCsv([header, ...rows].map((r) => r.map(quote).join(',')).join('\n'), 'f.csv');
    expect(csv.records.map((r) => r.fields)).toEqual(rows);
    expect(csv.records.map((r) => header.map((name) => r.get(name)))).toEqual(rows);
  });

  it('names the line and column of a cell over the length cap, also inside quotes', () => {
    expect(() => parseCsv(`code,naam\nGM1,ok\nGM2,"${'x'.repeat(30)}"\n`, 'f.csv', ',', 20)).toThrow(
      new DataError({ file: 'f.csv', line: 3, field: 'naam' }, 'a cell is longer than 20 characters (broken or hostile file)'),
    );
  });

  it('names the line of a record with too many fields and of an unclosed quote', () => {
    expect(() => parseCsv('a,b\n1,2\n1,2,3\n', 'f.csv')).toThrow(/^f\.csv, line 3: has 3 fields where the header has 2/);
    expect(() => parseCsv('a,b\n1,2\n3,"open\n', 'f.csv')).toThrow(/^f\.csv, line 3: file ends inside a quoted field/);
  });
});
