import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { parseNumberCell, COUNT } from '../io/values.ts';
import { findCbsColumn } from './cbs-keys.ts';
import type { RawFolder } from './raw-folder.ts';

export const CRIME_SERIES_FILE = 'statistics/cbs_83648NED_misdrijven_gemeente_2010_2020/voorspelmodel.csv';

/** 83648NED topics the reader uses, by the key before CBS's _N suffix; the download selects exactly these. */
export const CRIME_SERIES_MEASURES = [
  'TotaalGeregistreerdeMisdrijven',
  'GeregistreerdeMisdrijvenRelatief',
  'GeregistreerdeMisdrijvenPer1000Inw',
  'TotaalOpgehelderdeMisdrijven',
  'OpgehelderdeMisdrijvenRelatief',
  'RegistratiesVanVerdachten',
] as const;

export interface CrimeSeriesPoint {
  /** Region name as in the extract, e.g. "'s-Gravenhage (gemeente)" or "Nederland". */
  name: string;
  year: number;
  misdrijven: number;
  /** null where the extract holds 0.0 beside a non-zero count (a filled gap, e.g. Ameland 2020). */
  perDuizend: number | null;
  line: number;
}

/**
 * 83648NED, registered crime (all crimes) per gemeente and year. Rows whose six measures are all 0
 * are years the extract's author filled with 0.0: they are missing, so they are left out.
 */
export async function readCrimeSeries(raw: RawFolder): Promise<{ points: CrimeSeriesPoint[]; file: string; zeroFilled: number }> {
  const { text, file } = await raw.readText(CRIME_SERIES_FILE);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['RegioS', 'Perioden']);
  const measures = CRIME_SERIES_MEASURES.map((base) => findCbsColumn(csv.header, base, file));
  const perThousand = measures[2]!;
  const points: CrimeSeriesPoint[] = [];
  const seen = new Set<string>();
  let zeroFilled = 0;
  for (const record of csv.records) {
    const name = (record.get('RegioS') ?? '').trim();
    const yearText = (record.get('Perioden') ?? '').trim();
    const year = Number(yearText.slice(0, 4));
    if (!/^\d{4}/.test(yearText) || year < 1990 || year > 2100) {
      throw new DataError({ file, line: record.line, field: 'Perioden' }, `"${yearText}" is not a year`);
    }
    const key = `${name}|${year}`;
    if (seen.has(key)) throw new DataError({ file, line: record.line, field: 'RegioS' }, `duplicate row for ${name} ${year}`);
    seen.add(key);
    const values = measures.map((field) => parseNumberCell(record.get(field), { ...COUNT, missing: [''] }, { file, line: record.line, field }).value);
    if (values.every((v) => v === 0)) {
      zeroFilled++;
      continue;
    }
    const misdrijven = values[0];
    const perDuizend = values[2];
    if (misdrijven === null || misdrijven === undefined || perDuizend === null || perDuizend === undefined) continue;
    if (perDuizend > 1000) throw new DataError({ file, line: record.line, field: perThousand }, `${perDuizend} crimes per 1,000 inhabitants is impossible`);
    points.push({ name, year, misdrijven, perDuizend: perDuizend === 0 && misdrijven > 0 ? null : perDuizend, line: record.line });
  }
  return { points, file, zeroFilled };
}
