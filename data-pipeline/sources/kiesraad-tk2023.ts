import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT } from '../io/values.ts';
import { DataError } from '../errors.ts';
import { CODE_PATTERN } from '../publish/contract.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

export const KIESRAAD_FILE = 'statistics/kiesraad_tk2023_osv4-3/tk2023_gemeente_telling_samenvatting.csv';

/** Official TK2023 counts per gemeente: persons entitled to vote and ballots found in the boxes. */
export async function readKiesraadTk2023(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(KIESRAAD_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['gemeente_code', 'gemeente_naam', 'opgeroepenen', 'aangetroffen stembiljetten']);
  const table = readNumericCsv(csv, {
    name: 'kiesraad_tk2023',
    sourceId: 'kiesraad_tk2023',
    codeField: 'gemeente_code',
    nameField: 'gemeente_naam',
    code: (code, _record, at) => {
      if (!CODE_PATTERN.gemeente.test(code)) throw new DataError({ ...at, field: 'gemeente_code' }, `"${code}" is not a gemeente code`);
      return code;
    },
    columns: [
      { name: 'kiesgerechtigden', from: 'opgeroepenen', rule: { ...COUNT, integer: true } },
      { name: 'opgekomen', from: 'aangetroffen stembiljetten', rule: { ...COUNT, integer: true } },
    ],
  });
  for (const row of table.rows) {
    const { kiesgerechtigden, opgekomen } = row.values;
    if (kiesgerechtigden != null && opgekomen != null && opgekomen > kiesgerechtigden * 1.1) {
      // Voters with a kiezerspas may vote elsewhere, so turnout can slightly exceed 100 %, not by much.
      throw new DataError({ file, line: row.line, field: 'aangetroffen stembiljetten' }, `${opgekomen} ballots for ${kiesgerechtigden} voters is out of range`);
    }
  }
  return table;
}
