import { DataError } from '../errors.ts';
import { maatwerkGemeenteCode, MAATWERK_COUNT, readMaatwerkCsv } from './cbs-maatwerk-csv.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

/**
 * Optional drop-in (README, "Vakantieparken: echte gegevens toevoegen"): CBS maatwerk 2021/38 "Inschrijvingen
 * vakantieparken per gemeente, 2017–2021", its gemeente table saved as CSV at INSCHRIJVINGEN_FILE. One row per
 * gemeente and peilmoment: `Gemeentecode` (GM0014 or 14), `Gemeentenaam` (2021 division), `Peilmoment`
 * ("januari 2021" or "juli 2021": the table's two reference months per year), `Ingeschreven personen` (persons
 * registered in the BRP at a holiday-park address) and `Vestigingen van bedrijven` (business establishments at
 * such an address). Other columns are ignored. The latest peilmoment is used (juli 2021 when the whole table is there).
 */
export const INSCHRIJVINGEN_FILE = 'vakantieparken/maatwerk-2021-38_inschrijvingen_vakantieparken.csv';
export const INSCHRIJVINGEN_COLUMNS = ['Gemeentecode', 'Gemeentenaam', 'Peilmoment', 'Ingeschreven personen', 'Vestigingen van bedrijven'] as const;

const MONTHS: Record<string, string> = { januari: '01', juli: '07' };

/** "januari 2021" → "2021-01"; anything else is an error at its line. */
function peilmoment(text: string, at: { file: string; line: number }): string {
  const match = /^(januari|juli)\s+(\d{4})$/i.exec(text.trim());
  const month = match?.[1] ? MONTHS[match[1].toLowerCase()] : undefined;
  if (!match?.[2] || month === undefined)
    throw new DataError({ ...at, field: 'Peilmoment' }, `"${text}" is not a peilmoment like "januari 2021" or "juli 2021"`);
  return `${match[2]}-${month}`;
}

export async function readVakantieparkInschrijvingen(raw: RawFolder): Promise<{ table: SourceTable; year: string } | null> {
  const csv = await readMaatwerkCsv(raw, INSCHRIJVINGEN_FILE, INSCHRIJVINGEN_COLUMNS);
  if (csv === null) return null;
  const moments = csv.records.map((r) => peilmoment(r.get('Peilmoment') ?? '', { file: csv.file, line: r.line }));
  const latest = [...moments].sort().at(-1) ?? '';
  const latestLines = new Set(csv.records.filter((_r, i) => moments[i] === latest).map((r) => r.line));
  const table = readNumericCsv(
    { ...csv, records: csv.records.filter((r) => latestLines.has(r.line)) },
    {
      name: 'vakantieparken_inschrijvingen',
      sourceId: 'cbs_maatwerk_2021_38',
      codeField: 'Gemeentecode',
      nameField: 'Gemeentenaam',
      code: maatwerkGemeenteCode('Gemeentecode'),
      columns: [
        { name: 'personen', from: 'Ingeschreven personen', rule: MAATWERK_COUNT },
        { name: 'vestigingen', from: 'Vestigingen van bedrijven', rule: MAATWERK_COUNT },
      ],
    },
  );
  // The indicator's year is the peilmoment's year; the month is in the source's note (README).
  return { table, year: latest.slice(0, 4) };
}
