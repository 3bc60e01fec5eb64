import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT } from '../io/values.ts';
import { CODE_PATTERN } from '@atlas/contract';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

/**
 * Optional drop-in (README, "Vakantieparken: echte gegevens toevoegen"): CBS StatLine 70262NED "Bodemgebruik;
 * uitgebreide gebruiksvorm, per gemeente" as its OData TypedDataSet, saved as CSV at
 * `vakantieparken/70262NED_bodemgebruik.csv` (comma-separated, UTF-8). Required keys: `RegioS` (GM code,
 * CBS pads it with spaces), `Perioden` (e.g. `2017JJ00`), `TotaleOppervlakte_1` and
 * `VerblijfsrecreatiefTerrein_24` (hectare; parks, campings and other overnight recreation). Other
 * columns of the table may be present and are ignored; rows of other regions (NL, PV) are skipped; when
 * several periods are present the latest is used. Empty or `.` = unknown.
 */
export const BODEMGEBRUIK_FILE = 'vakantieparken/70262NED_bodemgebruik.csv';
const KEYS = ['RegioS', 'Perioden', 'TotaleOppervlakte_1', 'VerblijfsrecreatiefTerrein_24'] as const;

export async function readBodemgebruik70262(raw: RawFolder): Promise<{ table: SourceTable; year: string } | null> {
  if (!(await raw.has(BODEMGEBRUIK_FILE))) return null;
  const { text, file } = await raw.readText(BODEMGEBRUIK_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, KEYS);
  const periods = csv.records.map((r) => r.get('Perioden')?.trim() ?? '');
  for (const [i, period] of periods.entries()) {
    if (!/^\d{4}JJ00$/.test(period))
      throw new DataError({ file, line: csv.records[i]?.line, field: 'Perioden' }, `"${period}" is not a year period like 2017JJ00`);
  }
  const latest = [...periods].sort().at(-1) ?? '';
  const table = readNumericCsv(csv, {
    name: 'bodemgebruik_gemeente',
    sourceId: 'cbs_bodemgebruik_70262',
    codeField: 'RegioS',
    skip: (record) => record.get('Perioden')?.trim() !== latest || !record.get('RegioS')?.trim().startsWith('GM'),
    code: (code, _record, at) => {
      if (!CODE_PATTERN.gemeente.test(code)) throw new DataError({ ...at, field: 'RegioS' }, `"${code}" is not a gemeente code`);
      return code;
    },
    columns: [
      { name: 'oppervlakte_totaal', from: 'TotaleOppervlakte_1', rule: { ...COUNT, suppressed: ['.'] } },
      { name: 'verblijfsrecreatief', from: 'VerblijfsrecreatiefTerrein_24', rule: { ...COUNT, suppressed: ['.'] } },
    ],
  });
  return { table, year: latest.slice(0, 4) };
}
