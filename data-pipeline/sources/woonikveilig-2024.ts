/**
 * SOURCES.md §9: a KWB 2024 subset, registered crime 2021–2025 (47022NED annual sums) and good perceived
 * health 2012–2024 (50150NED), per gemeente, wijk and buurt, on the 2024 division.
 */
import { DataError } from '../errors.ts';
import { parseCsv, requireColumns, type CsvRecord, type CsvTable } from '../io/csv.ts';
import { COUNT, PERCENTAGE, type NumberRule } from '../io/values.ts';
import { CODE_PATTERN, type Level } from '@atlas/contract';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type ColumnSpec, type SourceTable } from './source-table.ts';

const DIR = 'statistics/woonikveilig_kwb2024_misdrijven_gezondheid';
export const WOONIKVEILIG_FILES = {
  kwb: `${DIR}/kwb2024_subset_gemeente_wijk_buurt.csv`,
  crime: `${DIR}/misdrijven_47022NED_per_jaar_2021_2025_gemeente_buurt.csv`,
  health: `${DIR}/gezondheid_50150NED_goed_ervaren_gezondheid_gemeente_buurt.csv`,
} as const;

export const CRIME_47022_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export const HEALTH_50150_YEARS = [2012, 2016, 2020, 2022, 2024] as const;

/**
 * The builder of this file blanked every value ≤ 0 and every CBS secret value, so an empty cell is
 * "unknown" (missing_in_source), never 0.
 */
const POSITIVE: NumberRule = COUNT;

const KWB_COLUMNS: readonly ColumnSpec[] = [
  { name: 'inwoners', from: 'inwoners', rule: { ...POSITIVE, integer: true } },
  { name: 'inwoners_0_15', from: 'inwoners0tot15', rule: { ...POSITIVE, integer: true } },
  { name: 'inwoners_65plus', from: 'inwoners65plus', rule: { ...POSITIVE, integer: true } },
  { name: 'woz', from: 'wozWaarde', rule: POSITIVE },
  { name: 'koopwoningen', from: 'koopwoningen', rule: { ...POSITIVE, max: 100 } },
  { name: 'eengezinswoningen', from: 'eengezinswoning', rule: { ...POSITIVE, max: 100 } },
  { name: 'inkomen_per_inwoner', from: 'inkomenPerInwoner', rule: POSITIVE },
  { name: 'stedelijkheid', from: 'stedelijkheid', rule: { min: 1, max: 5, integer: true } },
  { name: 'adressendichtheid', from: 'adressendichtheid', rule: POSITIVE },
  { name: 'oppervlakte_land', from: 'oppervlakteLandHa', rule: POSITIVE },
];

const LEVEL_OF: Record<string, Level> = { gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt' };

/** A row's code must have the pattern of the level named in its `niveau` column. */
function regionCode(levels: readonly Level[]) {
  return (code: string, record: CsvRecord, at: { file: string; line: number }): string => {
    const niveau = record.get('niveau');
    const level = LEVEL_OF[niveau?.trim() ?? ''];
    if (level === undefined || !levels.includes(level)) throw new DataError({ ...at, field: 'niveau' }, `"${niveau}" is not one of ${levels.join(', ')}`);
    if (!CODE_PATTERN[level].test(code)) throw new DataError({ ...at, field: 'code' }, `"${code}" is not a ${level} code`);
    return code;
  };
}

async function readCsv(raw: RawFolder, path: string, columns: readonly string[]): Promise<CsvTable> {
  const { text, file } = await raw.readText(path);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['niveau', 'code', 'naam', 'gemeentecode', ...columns]);
  return csv;
}

/** KWB 2024 subset for all three levels in one table (codes are unique across levels). */
export async function readKwbSubset(raw: RawFolder): Promise<SourceTable> {
  const csv = await readCsv(
    raw,
    WOONIKVEILIG_FILES.kwb,
    KWB_COLUMNS.map((c) => c.from),
  );
  return readNumericCsv(csv, {
    name: 'kwb_subset',
    sourceId: 'kwb2024_subset',
    codeField: 'code',
    nameField: 'naam',
    code: regionCode(['gemeente', 'wijk', 'buurt']),
    columns: KWB_COLUMNS,
  });
}

export const crimeColumn = (year: number) => `misdrijven_${year}`;

/**
 * 47022NED annual sums per gemeente and buurt. The 25 buurten flagged `buurtkoppeling_betrouwbaar = nee`
 * come from a gemeente where the police use another buurt division: their values are not comparable
 * (the gemeente totals are built from all raw rows and stay correct).
 */
export async function readCrime47022(raw: RawFolder): Promise<SourceTable> {
  const columns = CRIME_47022_YEARS.map(crimeColumn);
  const csv = await readCsv(raw, WOONIKVEILIG_FILES.crime, [...columns, 'buurtkoppeling_betrouwbaar']);
  const flags = new Set(['', 'ja', 'nee', 'onbekend_geen_inwoners']);
  const notComparable = new Set<string>();
  for (const record of csv.records) {
    const flag = record.get('buurtkoppeling_betrouwbaar')?.trim() ?? '';
    if (!flags.has(flag))
      throw new DataError({ file: csv.file, line: record.line, field: 'buurtkoppeling_betrouwbaar' }, `"${flag}" is not ja, nee or onbekend_geen_inwoners`);
    if (flag === 'nee') notComparable.add(record.get('code')?.trim() ?? '');
  }
  const table = readNumericCsv(csv, {
    name: 'misdrijven_47022',
    sourceId: 'politie_misdrijven_47022',
    codeField: 'code',
    nameField: 'naam',
    code: regionCode(['gemeente', 'buurt']),
    columns: columns.map((name) => ({ name, from: name, rule: { ...COUNT, integer: true } })),
  });
  for (const row of table.rows) {
    if (!notComparable.has(row.code)) continue;
    for (const column of columns) {
      row.values[column] = null;
      row.reasons[column] = 'not_comparable';
    }
  }
  return table;
}

export const healthColumn = (year: number) => `goed_ervaren_gezondheid_${year}`;

/** 50150NED: % of adults (18+) rating their health good or very good, per gemeente and buurt. */
export async function readHealth50150(raw: RawFolder): Promise<SourceTable> {
  const from = (year: number) => `pct_goed_ervaren_gezondheid_${year}`;
  const csv = await readCsv(raw, WOONIKVEILIG_FILES.health, HEALTH_50150_YEARS.map(from));
  return readNumericCsv(csv, {
    name: 'gezondheid_50150',
    sourceId: 'rivm_gezondheid_50150',
    codeField: 'code',
    nameField: 'naam',
    code: regionCode(['gemeente', 'buurt']),
    columns: HEALTH_50150_YEARS.map((year) => ({ name: healthColumn(year), from: from(year), rule: PERCENTAGE })),
  });
}
