import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { checkName } from '../io/table-checks.ts';
import { CODE_PATTERN } from '@atlas/contract';
import type { RawFolder } from './raw-folder.ts';

export const GEMEENTE_REGIO_FILE = 'boundaries/derived/gemeente_regio_2024.csv';

export interface GemeenteRegio {
  gemeenteCode: string;
  gemeenteName: string;
  provincieCode: string;
  provincieName: string;
  veiligheidsregioCode: string;
  veiligheidsregioName: string;
  politieEenheidCode: string;
  politieEenheidName: string;
  line: number;
}

const PATTERNS: Record<string, RegExp> = {
  provincie_code: /^PV\d{2}$/,
  veiligheidsregio_code: /^VR\d{2}$/,
  regionale_eenheid_code: /^RE\d{2}$/,
};

/** The columns the reader needs; the download writes exactly these (and a free-text remark). */
export const GEMEENTE_REGIO_COLUMNS = [
  'gemeentecode',
  'gemeentenaam',
  'provincie_code',
  'provincie_naam',
  'veiligheidsregio_code',
  'veiligheidsregio_naam',
  'regionale_eenheid_code',
  'regionale_eenheid_naam',
] as const;

/** Gemeente → provincie, veiligheidsregio and politie-eenheid (= RIEC-regio), 2024. */
export async function readGemeenteRegio(raw: RawFolder): Promise<Map<string, GemeenteRegio>> {
  const { text, file } = await raw.readText(GEMEENTE_REGIO_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, GEMEENTE_REGIO_COLUMNS);
  const result = new Map<string, GemeenteRegio>();
  for (const record of csv.records) {
    const v = record.values;
    const code = v.gemeentecode!.trim();
    if (!CODE_PATTERN.gemeente.test(code)) throw new DataError({ file, line: record.line, field: 'gemeentecode' }, `"${code}" is not a gemeente code`);
    if (result.has(code)) throw new DataError({ file, line: record.line, field: 'gemeentecode' }, `duplicate region code ${code}`);
    for (const [field, pattern] of Object.entries(PATTERNS)) {
      if (!pattern.test(v[field]!.trim())) throw new DataError({ file, line: record.line, field }, `"${v[field]}" does not match ${pattern}`);
    }
    // every name is published (region tables, search index) and so passes the same check as the register's names
    const name = (field: (typeof GEMEENTE_REGIO_COLUMNS)[number]) => checkName(v[field]!.trim(), { file, line: record.line, field });
    result.set(code, {
      gemeenteCode: code,
      gemeenteName: name('gemeentenaam'),
      provincieCode: v.provincie_code!.trim(),
      provincieName: name('provincie_naam'),
      veiligheidsregioCode: v.veiligheidsregio_code!.trim(),
      veiligheidsregioName: name('veiligheidsregio_naam'),
      politieEenheidCode: v.regionale_eenheid_code!.trim(),
      politieEenheidName: name('regionale_eenheid_naam'),
      line: record.line,
    });
  }
  return result;
}
