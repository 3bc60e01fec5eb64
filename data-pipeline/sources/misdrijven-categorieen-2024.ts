/**
 * SOURCES.md §11: registered crime by category per gemeente 2024, summed from police buurt data by a third
 * party whose mapping of categories to police codes is undocumented; every indicator from it says so.
 */
import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT } from '../io/values.ts';
import { gemeenteCode } from './gemeente-code.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

export const CRIME_CATEGORIES_FILE = 'statistics/geoinzicht_misdrijven_categorieen_gemeente_2024/misdrijven_categorieen_gemeente_2024.csv';

const CATEGORIES = ['totaal_misdrijven', 'inbraak_woning', 'bedreiging', 'mishandeling', 'straatroof', 'vernieling', 'drugs_drank'] as const;

export async function readCrimeCategoriesGemeente(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(CRIME_CATEGORIES_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['gemeentecode', 'gemeentenaam', 'cr_jaar', ...CATEGORIES.map((c) => `cr_${c}`)]);
  return readNumericCsv(csv, {
    name: 'misdrijven_categorie_gemeente_2024',
    sourceId: 'misdrijven_categorieen_2024',
    codeField: 'gemeentecode',
    nameField: 'gemeentenaam',
    code: gemeenteCode('gemeentecode'),
    columns: CATEGORIES.map((c) => ({ name: c, from: `cr_${c}`, rule: { ...COUNT, integer: true } })),
  });
}
