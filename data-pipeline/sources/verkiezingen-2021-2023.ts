/**
 * SOURCES.md §12–§13: TK2021 turnout per gemeente (re-aggregated to the 2024 division from the Kiesraad
 * EML counts) and PS2023 electorate and valid votes per gemeente (2023 = 2024 division).
 */
import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT } from '../io/values.ts';
import { gemeenteCode } from './gemeente-code.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';
import { rejectVotesAboveVoters } from './vote-counts.ts';

const DIR = 'statistics/verkiezingen_tk2021_ps2023';
export const TK2021_FILE = `${DIR}/kiesraad_tk2021_eml/tk2021_opkomst_gemeente_indeling2024.csv`;
export const PS2023_FILE = `${DIR}/bzk_centerdata_ps2023/ps2023_kiesgerechtigden_geldige_stemmen_gemeente.csv`;

/**
 * Gemeenten whose TK2021 turnout is not comparable (SOURCES.md §12): 's-Gravenhage counts the postal votes
 * from abroad without their voters; Halderberge, Castricum and Voorschoten have an electorate far from
 * their PS2019/PS2023 electorate. The file's `opmerking` must flag each of them.
 */
export const TK2021_NOT_COMPARABLE = ['GM0518', 'GM1655', 'GM0383', 'GM0626'] as const;

const WHOLE = { ...COUNT, integer: true };

export async function readTk2021(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(TK2021_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['gemeentecode', 'gemeentenaam', 'indeling', 'kiesgerechtigden', 'uitgebrachte_stemmen', 'geldige_kiezerspassen', 'opmerking']);
  const flagged = new Set<string>(TK2021_NOT_COMPARABLE);
  for (const record of csv.records) {
    const at = { file, line: record.line };
    const [indeling, gemeentecode] = [record.get('indeling'), record.get('gemeentecode')];
    if (indeling?.trim() !== '2024') throw new DataError({ ...at, field: 'indeling' }, `"${indeling}" is not the 2024 division`);
    if (flagged.has(gemeentecode?.trim() ?? '') && record.get('opmerking')?.trim() === '') {
      throw new DataError({ ...at, field: 'opmerking' }, `${gemeentecode} should carry the source's not-comparable note`);
    }
  }
  const table = readNumericCsv(csv, {
    name: 'tk2021',
    sourceId: 'kiesraad_tk2021',
    codeField: 'gemeentecode',
    nameField: 'gemeentenaam',
    code: gemeenteCode('gemeentecode'),
    columns: [
      { name: 'kiesgerechtigden', from: 'kiesgerechtigden', rule: WHOLE },
      { name: 'uitgebracht', from: 'uitgebrachte_stemmen', rule: WHOLE },
      { name: 'kiezerspassen', from: 'geldige_kiezerspassen', rule: WHOLE },
    ],
  });
  for (const row of table.rows) {
    if (!flagged.has(row.code)) continue;
    for (const column of table.columns) {
      row.values[column] = null;
      row.reasons[column] = 'not_comparable';
    }
  }
  return table;
}

export async function readPs2023(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(PS2023_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['gemeentecode', 'gemeentenaam', 'kiesgerechtigden', 'geldige_stemmen_op_lijsten']);
  const table = readNumericCsv(csv, {
    name: 'ps2023',
    sourceId: 'ps2023',
    codeField: 'gemeentecode',
    nameField: 'gemeentenaam',
    code: gemeenteCode('gemeentecode'),
    columns: [
      { name: 'kiesgerechtigden', from: 'kiesgerechtigden', rule: WHOLE },
      { name: 'geldige_stemmen', from: 'geldige_stemmen_op_lijsten', rule: WHOLE },
    ],
  });
  rejectVotesAboveVoters(table, file, { column: 'geldige_stemmen', field: 'geldige_stemmen_op_lijsten', noun: 'valid votes', factor: 1 });
  return table;
}
