/**
 * What the two CBS maatwerk drop-ins share. CBS publishes maatwerk tables as spreadsheets on a publication
 * page, with no data endpoint; the atlas reads no spreadsheets (an xlsx reader would be a new dependency), so
 * the drop-in is the gemeente sheet saved as CSV by a spreadsheet program, with the columns named as below.
 * Dutch spreadsheet programs save with ';', others with ',': the header line decides. CBS marks a secret or
 * unknown cell with '.' or 'x'; both become null with reason 'suppressed', an empty cell 'missing_in_source'.
 */
import { DataError } from '../errors.ts';
import { parseCsv, requireColumns, type CsvRecord, type CsvTable } from '../io/csv.ts';
import { COUNT, type NumberRule } from '../io/values.ts';
import type { RawFolder } from './raw-folder.ts';

/** Whole counts as CBS writes them, secret or unknown as '.' or 'x'. */
export const MAATWERK_COUNT: NumberRule = { ...COUNT, integer: true, suppressed: ['.', 'x'] };

/** The drop-in as a CSV table with its required columns, or null when the file is not in the raw folder. */
export async function readMaatwerkCsv(raw: RawFolder, path: string, columns: readonly string[]): Promise<CsvTable | null> {
  if (!(await raw.has(path))) return null;
  const { text, file } = await raw.readText(path);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const csv = parseCsv(text, file, firstLine.includes(';') ? ';' : ',');
  requireColumns(csv, columns);
  return csv;
}

/** Gemeentecode as CBS maatwerk sheets write it: "GM0014", or the number alone ("14", "0014"). */
export function maatwerkGemeenteCode(field: string) {
  return (code: string, _record: CsvRecord, at: { file: string; line: number }): string => {
    const match = /^(?:GM)?(\d{1,4})$/.exec(code);
    if (!match?.[1]) throw new DataError({ ...at, field }, `"${code}" is not a gemeentecode (GM0014 or 14)`);
    return `GM${match[1].padStart(4, '0')}`;
  };
}
