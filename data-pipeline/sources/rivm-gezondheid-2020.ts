/**
 * SOURCES.md §15: RIVM Gezondheid per wijk en buurt 2020, adults (18+). The gemeente file is on the 2024
 * division (7 gemeenten derived from their 2020 parts, labelled so); wijken and buurten carry 2020 codes
 * and are joined to 2024 in joins/. 2020 was the corona year. Empty = not published.
 */
import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { PERCENTAGE } from '../io/values.ts';
import { CODE_PATTERN } from '@atlas/contract';
import { gemeenteCode } from './gemeente-code.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

const DIR = 'statistics/rivm_gezondheid_wijk_buurt_2020_18plus';
export const RIVM2020_FILES = {
  gemeente: `${DIR}/rivm_gezondheid2020_18plus_gemeente_indeling2024.csv`,
  alleNiveaus: `${DIR}/rivm_gezondheid2020_18plus_alle_niveaus_indeling2020.csv`,
} as const;

const COLUMNS = [
  { name: 'eenzaam', from: 'Eenzaam_28', rule: { ...PERCENTAGE, suppressed: [''] } },
  { name: 'ernstig_eenzaam', from: 'ErnstigZeerErnstigEenzaam_29', rule: { ...PERCENTAGE, suppressed: [''] } },
] as const;

export interface Rivm2020 {
  gemeente: SourceTable;
  /** Wijken and buurten on the 2020 division, keyed by their 2020 code; `name` is the 2020 gemeente name (the file has no wijk or buurt names). */
  wijkBuurt: SourceTable;
}

export async function readRivm2020(raw: RawFolder): Promise<Rivm2020> {
  const gemeenteText = await raw.readText(RIVM2020_FILES.gemeente);
  const gemeenteCsv = parseCsv(gemeenteText.text, gemeenteText.file);
  requireColumns(gemeenteCsv, ['gemeentecode', 'gemeentenaam', 'methode', ...COLUMNS.map((c) => c.from)]);
  const gemeente = readNumericCsv(gemeenteCsv, {
    name: 'rivm2020_gemeente',
    sourceId: 'rivm_gezondheid_2020',
    codeField: 'gemeentecode',
    nameField: 'gemeentenaam',
    code: gemeenteCode('gemeentecode'),
    columns: COLUMNS,
  });

  const { text, file } = await raw.readText(RIVM2020_FILES.alleNiveaus);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['niveau', 'code', 'gemeentenaam', 'indeling', ...COLUMNS.map((c) => c.from)]);
  const wijkBuurt = readNumericCsv(csv, {
    name: 'rivm2020_wijk_buurt',
    sourceId: 'rivm_gezondheid_2020',
    codeField: 'code',
    nameField: 'gemeentenaam',
    code: (code, record, at) => {
      const niveau = record.get('niveau')?.trim();
      if (niveau === 'Land' || niveau === 'Gemeente') return null;
      const level = niveau === 'Wijk' ? 'wijk' : niveau === 'Buurt' ? 'buurt' : null;
      if (level === null) throw new DataError({ ...at, field: 'niveau' }, `"${niveau}" is not Land, Gemeente, Wijk or Buurt`);
      if (!CODE_PATTERN[level].test(code)) throw new DataError({ ...at, field: 'code' }, `"${code}" is not a ${level} code`);
      return code;
    },
    columns: COLUMNS,
  });
  return { gemeente, wijkBuurt };
}
