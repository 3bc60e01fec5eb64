import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvNumber, csvText, toCsv } from './csv.ts';
import { exportColumns, type ExportTable } from './export-table.ts';
import { tableColumns } from '../table/table-spec.ts';
import { parseCsv } from '../../../tests/support/csv-reader.ts';
import { catalogue, rows, theme } from '../../../tests/support/export-fixture.ts';

describe('csv fields', () => {
  it('quotes only where needed and doubles quotes', () => {
    expect(csvField('Amsterdam')).toBe('Amsterdam');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zeg "hoi"')).toBe('"zeg ""hoi"""');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField('twee\r\nregels')).toBe('"twee\r\nregels"');
    expect(csvField(' spatie')).toBe('" spatie"');
    expect(csvField('')).toBe('');
  });

  it('defuses text that Excel would run as a formula', () => {
    expect(csvText('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvText('+31')).toBe("'+31");
    expect(csvText('@x')).toBe("'@x");
    expect(csvText("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  it('writes numbers with a decimal comma, no thousands separator, no exponent, all digits', () => {
    expect(csvNumber(1234567.5)).toBe('1234567,5');
    expect(csvNumber(12.345678901234)).toBe('12,345678901234');
    expect(csvNumber(0)).toBe('0');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(-3.25)).toBe('-3,25');
    expect(csvNumber(1.5e-7)).toBe('0,00000015');
    expect(csvNumber(-1.5e-7)).toBe('-0,00000015');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(1.25e22)).toBe('12500000000000000000000');
    for (const v of [0.1 + 0.2, Math.PI * 1e5, 1 / 3, 5e-324, 1.7976931348623157e308]) {
      expect(Number(csvNumber(v).replace(',', '.'))).toBe(v);
    }
  });

  it('leaves missing values empty, never 0', () => {
    expect(csvNumber(null)).toBe('');
    expect(csvNumber(undefined)).toBe('');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('csv file', () => {
  const table: ExportTable = {
    columns: exportColumns(tableColumns(catalogue, 'gemeente', theme), theme),
    rows,
    about: [
      { key: 'titel', text: 'Ondermijningsatlas: x per gemeente' },
      { key: 'bron', text: 'Bronnen: CBS (A; B)' },
    ],
    baseName: 'x',
  };
  const text = toCsv(table);

  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('Ondermijningsatlas: x per gemeente;"Bronnen: CBS (A; B)"');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('round-trips every cell through a strict reader', () => {
    const [about, header, ...body] = parseCsv(text.slice(1));
    expect(about).toEqual(['Ondermijningsatlas: x per gemeente', 'Bronnen: CBS (A; B)']);
    expect(header).toEqual([
      'Code',
      'Naam',
      'Inwoners',
      'Themascore Drugs & "jonge" aanwas (0–100)',
      'Themascore Drugs & "jonge" aanwas (0–100): reden geen waarde',
      'Aandeel A (%, 2024)',
      'Aandeel A (%, 2024): reden geen waarde',
      'Aandeel A (%, 2024): percentiel (0–100)',
      'Inkomen B (proxy, €, 2017)',
      'Inkomen B (proxy, €, 2017): reden geen waarde',
      'Inkomen B (proxy, €, 2017): percentiel (0–100)',
    ]);
    expect(body).toEqual([
      ['GM0001', 'Aa; en "Hunze"', '25000', '81,25', '', '12,345678901234', '', '', '', 'niet beschikbaar op dit niveau', ''],
      ['GM0002', 'Regel\nbreuk', '1234567', '0', '', '0', '', '', '', 'niet beschikbaar op dit niveau', ''],
      ['GM0003', 'Klein', '40', '', 'te weinig indicatoren met een waarde', '', 'te weinig inwoners', '', '', 'niet beschikbaar op dit niveau', ''],
      ['GM0004', "'=SOM(1)", '', '-0,00000015', '', '', 'geheim of onbetrouwbaar (door de bron afgeschermd)', '', '', 'geen gegevens', ''],
    ]);
  });
});
