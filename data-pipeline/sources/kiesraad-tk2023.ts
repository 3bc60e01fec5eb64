import { parseCsv, requireColumns } from '../io/csv.ts';
import type { TableChecks } from '../io/table-checks.ts';
import { POPULATION } from '../io/values.ts';
import { DataError } from '../errors.ts';
import { CODE_PATTERN } from '@atlas/contract';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';
import { rejectVotesAboveVoters } from './vote-counts.ts';

export const KIESRAAD_FILE = 'statistics/kiesraad_tk2023_osv4-3/tk2023_gemeente_telling_samenvatting.csv';

/** Official TK2023 counts per gemeente: persons entitled to vote and ballots found in the boxes. */
/** One row per gemeente of the 2023 election: all 342, under their 2024 codes, and no other row. */
export const KIESRAAD_CHECKS: TableChecks = { exactRows: 'register', coverage: { level: 'gemeente', maxMissing: 0 } };

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
      // Kieskring Leeuwarden's file writes the CBS gemeente number without leading zeros (GM59 = GM0059).
      const padded = /^GM\d{1,4}$/.test(code) ? `GM${code.slice(2).padStart(4, '0')}` : code;
      if (!CODE_PATTERN.gemeente.test(padded)) throw new DataError({ ...at, field: 'gemeente_code' }, `"${code}" is not a gemeente code`);
      return padded;
    },
    columns: [
      { name: 'kiesgerechtigden', from: 'opgeroepenen', rule: POPULATION },
      { name: 'opgekomen', from: 'aangetroffen stembiljetten', rule: POPULATION },
    ],
  });
  // Visitors vote with a kiezerspas, so on the Wadden islands turnout exceeds 100 % (Schiermonnikoog
  // 117 % in 2023); beyond 150 % the counts cannot be right.
  rejectVotesAboveVoters(table, file, { column: 'opgekomen', field: 'aangetroffen stembiljetten', noun: 'ballots', factor: 1.5 });
  return table;
}
