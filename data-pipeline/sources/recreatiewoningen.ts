import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT } from '../io/values.ts';
import { CODE_PATTERN } from '@atlas/contract';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

/**
 * The documented drop-in format for real holiday-park data (README, "Vakantieparken: echte gegevens
 * toevoegen"): `vakantieparken/recreatiewoningen.csv`, comma-separated, UTF-8, header
 * `gemeentecode,jaar,recreatiewoningen,woningen` — one row per 2024 gemeente; `recreatiewoningen` =
 * BAG verblijfsobjecten with logiesfunctie or CBS recreatiewoningen, `woningen` = the housing stock
 * of the same year. Empty cell = unknown.
 */
export const RECREATIEWONINGEN_FILE = 'vakantieparken/recreatiewoningen.csv';
export const RECREATIEWONINGEN_COLUMNS = ['gemeentecode', 'jaar', 'recreatiewoningen', 'woningen'] as const;

export async function readRecreatiewoningen(raw: RawFolder): Promise<{ table: SourceTable; year: string } | null> {
  if (!(await raw.has(RECREATIEWONINGEN_FILE))) return null;
  const { text, file } = await raw.readText(RECREATIEWONINGEN_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, RECREATIEWONINGEN_COLUMNS);
  const years = new Set<string>();
  const table = readNumericCsv(csv, {
    name: 'recreatiewoningen_gemeente',
    sourceId: 'recreatiewoningen',
    codeField: 'gemeentecode',
    code: (code, record, at) => {
      if (!CODE_PATTERN.gemeente.test(code)) throw new DataError({ ...at, field: 'gemeentecode' }, `"${code}" is not a gemeente code`);
      const year = record.get('jaar')?.trim() ?? '';
      if (!/^\d{4}$/.test(year)) throw new DataError({ ...at, field: 'jaar' }, `"${year}" is not a year`);
      years.add(year);
      return code;
    },
    columns: [
      { name: 'recreatiewoningen', from: 'recreatiewoningen', rule: { ...COUNT, integer: true } },
      { name: 'woningen', from: 'woningen', rule: { ...COUNT, integer: true } },
    ],
  });
  return { table, year: [...years].sort().join('–') };
}
