import { maatwerkGemeenteCode, MAATWERK_COUNT, readMaatwerkCsv } from './cbs-maatwerk-csv.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

/**
 * Optional drop-in (README, "Vakantieparken: echte gegevens toevoegen"): CBS maatwerk 2024/17 "Bewoning van
 * recreatie-objecten in Nederland, 1-1-2023", its gemeente table saved as CSV at RECREATIE_OBJECTEN_FILE. One
 * row per gemeente (2023 division): `Gemeentecode` (GM0014 or 14), `Gemeentenaam`, `Recreatie-objecten` (all
 * recreation objects in the gemeente) and `Bewoonde recreatie-objecten` (of those, with someone registered in
 * the BRP on 1 January 2023). Other columns (owners, other dwellings) are ignored.
 */
export const RECREATIE_OBJECTEN_FILE = 'vakantieparken/maatwerk-2024-17_bewoning_recreatie_objecten.csv';
export const RECREATIE_OBJECTEN_COLUMNS = ['Gemeentecode', 'Gemeentenaam', 'Recreatie-objecten', 'Bewoonde recreatie-objecten'] as const;
export const RECREATIE_OBJECTEN_YEAR = '2023';

export async function readRecreatieObjecten(raw: RawFolder): Promise<{ table: SourceTable; year: string } | null> {
  const csv = await readMaatwerkCsv(raw, RECREATIE_OBJECTEN_FILE, RECREATIE_OBJECTEN_COLUMNS);
  if (csv === null) return null;
  const table = readNumericCsv(csv, {
    name: 'recreatie_objecten',
    sourceId: 'cbs_maatwerk_2024_17',
    codeField: 'Gemeentecode',
    nameField: 'Gemeentenaam',
    code: maatwerkGemeenteCode('Gemeentecode'),
    columns: [
      { name: 'objecten', from: 'Recreatie-objecten', rule: MAATWERK_COUNT },
      { name: 'bewoond', from: 'Bewoonde recreatie-objecten', rule: MAATWERK_COUNT },
    ],
  });
  return { table, year: RECREATIE_OBJECTEN_YEAR };
}
