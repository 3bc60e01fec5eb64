import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { checkName, type TableChecks } from '../io/table-checks.ts';
import { COUNT, POPULATION, WHOLE_POINT_ZERO, type NumberRule } from '../io/values.ts';
import { CODE_PATTERN, NATIONAL_CODE, type Level } from '@atlas/contract';
import { findCbsColumn } from './cbs-keys.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type ColumnSpec, type SourceTable } from './source-table.ts';

const DIR = 'statistics/cbs_85984NED_kwb2024';
export const KWB_FILES = {
  regions: `${DIR}/statline_csv_metadata/WijkenEnBuurten.csv`,
  gemeenteWijk: `${DIR}/gemeente_wijk_8vars/kwb2024_gemeente_wijk_8vars.csv`,
  buurtPopulation: `${DIR}/buurt_population/Population85984_2024.csv`,
  buurtNames: `${DIR}/buurt_names/cbs_buurt_namen_85984.csv`,
  buurtSubset: `${DIR}/buurt_subset_micro_neighbourhood/kwb2024_buurten_subset_13817.csv`,
} as const;

export interface RegionListEntry {
  code: string;
  name: string;
  level: Level;
  gemeenteCode: string;
  line: number;
}

/** StatLine CSV: '.' = unknown, unreliable or secret; blank = cannot occur logically. */
const STATLINE: Pick<NumberRule, 'missing' | 'suppressed'> = { suppressed: ['.'], missing: [''] };

function levelOf(code: string): Level | null {
  if (code.startsWith('GM')) return 'gemeente';
  if (code.startsWith('WK')) return 'wijk';
  if (code.startsWith('BU')) return 'buurt';
  return null;
}

/** The 2024 code list with names for all three levels: the spine of the region register. */
export async function readKwbRegionList(raw: RawFolder): Promise<RegionListEntry[]> {
  const { text, file } = await raw.readText(KWB_FILES.regions);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['Key', 'Title', 'Municipality']);
  const entries: RegionListEntry[] = [];
  const seen = new Map<string, number>();
  for (const record of csv.records) {
    const code = (record.get('Key') ?? '').trim();
    if (code === NATIONAL_CODE) continue;
    const level = levelOf(code);
    if (level === null || !CODE_PATTERN[level].test(code)) {
      throw new DataError({ file, line: record.line, field: 'Key' }, `"${code}" is not a gemeente, wijk or buurt code of the form GM+4, WK+6 or BU+8`);
    }
    const first = seen.get(code);
    if (first !== undefined) throw new DataError({ file, line: record.line, field: 'Key' }, `duplicate region code ${code} (first on line ${first})`);
    seen.set(code, record.line);
    const name = checkName((record.get('Title') ?? '').trim(), { file, line: record.line, field: 'Title' });
    if (name === '') throw new DataError({ file, line: record.line, field: 'Title' }, `region ${code} has no name`);
    const gemeenteCode = (record.get('Municipality') ?? '').trim();
    if (!CODE_PATTERN.gemeente.test(gemeenteCode)) {
      throw new DataError({ file, line: record.line, field: 'Municipality' }, `"${gemeenteCode}" is not a gemeente code`);
    }
    entries.push({ code, name, level, gemeenteCode, line: record.line });
  }
  return entries;
}

/**
 * Every gemeente and wijk of the register has a row (the register's population comes from here), and a
 * gemeente's inhabitants equal the sum over its wijken: on the 2024 file 305 gemeenten differ by rounding,
 * at most 0.31 %, so 1 % tolerance; a value ×1000 is off by orders of magnitude.
 */
export const KWB_GEMEENTE_WIJK_CHECKS: readonly TableChecks[] = [
  { coverage: { level: 'gemeente', maxMissing: 0 }, partsSum: { column: 'inwoners', whole: 'gemeente', parts: 'wijk', tolerance: 0.01 } },
  { coverage: { level: 'wijk', maxMissing: 0 } },
];
/** The buurt population file lists all 14,574 buurten of the layout. */
export const KWB_BUURT_CHECKS: TableChecks = { coverage: { level: 'buurt', maxMissing: 0 } };

const GEMEENTE_WIJK_COLUMNS: readonly ColumnSpec[] = [
  { name: 'inwoners', from: 'AantalInwoners', rule: { ...STATLINE, ...POPULATION } },
  { name: 'mannen', from: 'Mannen', rule: { ...STATLINE, ...POPULATION } },
  { name: 'vrouwen', from: 'Vrouwen', rule: { ...STATLINE, ...POPULATION } },
  { name: 'bevolkingsdichtheid', from: 'Bevolkingsdichtheid', rule: { ...STATLINE, ...COUNT } },
  { name: 'woningvoorraad', from: 'Woningvoorraad', rule: { ...STATLINE, ...POPULATION } },
  { name: 'oppervlakte_totaal', from: 'OppervlakteTotaal', rule: { ...STATLINE, ...COUNT } },
  { name: 'oppervlakte_land', from: 'OppervlakteLand', rule: { ...STATLINE, ...COUNT } },
  { name: 'oppervlakte_water', from: 'OppervlakteWater', rule: { ...STATLINE, ...COUNT } },
];

/** Columns matched on the CBS base key, so a later revision of 85984NED (renumbered keys) drops in. */
function resolveColumns(header: readonly string[], specs: readonly ColumnSpec[], file: string): ColumnSpec[] {
  return specs.map((spec) => ({ ...spec, from: findCbsColumn(header, spec.from, file) }));
}

/** 2024 values for gemeenten and wijken (8 topics), one table keyed by GM and WK codes. */
export async function readKwbGemeenteWijk(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(KWB_FILES.gemeenteWijk);
  const csv = parseCsv(text, file);
  const codeField = findCbsColumn(csv.header, 'Codering', file);
  return readNumericCsv(csv, {
    name: 'kwb_gemeente_wijk',
    sourceId: 'kwb2024',
    codeField,
    code: (code) => code,
    columns: resolveColumns(csv.header, GEMEENTE_WIJK_COLUMNS, file),
  });
}

const BUURT_SUBSET_COLUMNS: readonly ColumnSpec[] = [
  { name: 'inwoners_subset', from: 'AantalInwoners', rule: { ...STATLINE, ...POPULATION } },
  { name: 'leeftijd_0_15', from: 'k_0Tot15Jaar', rule: { ...STATLINE, ...COUNT, integer: true } },
  { name: 'leeftijd_15_25', from: 'k_15Tot25Jaar', rule: { ...STATLINE, ...COUNT, integer: true } },
  { name: 'leeftijd_25_45', from: 'k_25Tot45Jaar', rule: { ...STATLINE, ...COUNT, integer: true } },
  { name: 'leeftijd_45_65', from: 'k_45Tot65Jaar', rule: { ...STATLINE, ...COUNT, integer: true } },
  { name: 'leeftijd_65_plus', from: 'k_65JaarOfOuder', rule: { ...STATLINE, ...COUNT, integer: true } },
  { name: 'huishoudens', from: 'HuishoudensTotaal', rule: { ...STATLINE, ...POPULATION } },
  { name: 'huishoudens_met_kinderen', from: 'HuishoudensMetKinderen', rule: { ...STATLINE, ...POPULATION } },
  { name: 'huishoudensgrootte', from: 'GemiddeldeHuishoudensgrootte', rule: { ...STATLINE, ...COUNT } },
  { name: 'bevolkingsdichtheid', from: 'Bevolkingsdichtheid', rule: { ...STATLINE, ...COUNT } },
  { name: 'stedelijkheid', from: 'MateVanStedelijkheid', rule: { ...STATLINE, min: 1, max: 5, integer: true, wholeNotation: WHOLE_POINT_ZERO } },
];

/**
 * Buurt table: inhabitants of all 14,574 buurten (complete file) joined with the 11-topic subset that
 * exists for 13,817 of them. Buurten outside the subset keep null (missing in source), never 0.
 */
export async function readKwbBuurt(raw: RawFolder): Promise<SourceTable> {
  const population = await raw.readText(KWB_FILES.buurtPopulation);
  const popCsv = parseCsv(population.text, population.file);
  requireColumns(popCsv, ['nhood_id', 'population']);
  const popTable = readNumericCsv(popCsv, {
    name: 'kwb_buurt',
    sourceId: 'kwb2024',
    codeField: 'nhood_id',
    code: (code) => code,
    columns: [{ name: 'inwoners', from: 'population', rule: { ...STATLINE, ...POPULATION } }],
  });
  const subset = await raw.readText(KWB_FILES.buurtSubset);
  const subCsv = parseCsv(subset.text, subset.file);
  const subCode = findCbsColumn(subCsv.header, 'WijkenEnBuurten', subset.file);
  const subTable = readNumericCsv(subCsv, {
    name: 'kwb_buurt_subset',
    sourceId: 'kwb2024',
    codeField: subCode,
    code: (code) => code,
    columns: resolveColumns(subCsv.header, BUURT_SUBSET_COLUMNS, subset.file),
  });
  const byCode = new Map(subTable.rows.map((row) => [row.code, row]));
  const popCodes = new Set(popTable.rows.map((row) => row.code));
  for (const row of subTable.rows) {
    if (!popCodes.has(row.code)) {
      throw new DataError({ file: subset.file, line: row.line, field: subCode }, `buurt ${row.code} is not in the buurt population file`);
    }
  }
  const columns = [...popTable.columns, ...subTable.columns];
  for (const row of popTable.rows) {
    const extra = byCode.get(row.code);
    for (const column of subTable.columns) {
      const value = extra?.values[column] ?? null;
      row.values[column] = value;
      if (value === null) row.reasons[column] = extra?.reasons[column] ?? 'missing_in_source';
    }
    const subsetInhabitants = extra?.values.inwoners_subset;
    if (extra && subsetInhabitants !== undefined && subsetInhabitants !== null && subsetInhabitants !== row.values.inwoners) {
      throw new DataError(
        { file: subset.file, line: extra.line, field: 'AantalInwoners' },
        `buurt ${row.code} has ${subsetInhabitants} inhabitants here but ${row.values.inwoners} in ${population.file}`,
      );
    }
  }
  return { ...popTable, columns, file: population.file };
}

/** Buurt names (the region list has them too; this file is the cross-check that both code sets agree). */
export async function readBuurtNames(raw: RawFolder): Promise<Map<string, { name: string; line: number }>> {
  const { text, file } = await raw.readText(KWB_FILES.buurtNames);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['Identifier', 'Title']);
  const names = new Map<string, { name: string; line: number }>();
  for (const record of csv.records) {
    const code = (record.get('Identifier') ?? '').trim();
    if (names.has(code)) throw new DataError({ file, line: record.line, field: 'Identifier' }, `duplicate region code ${code}`);
    names.set(code, { name: checkName((record.get('Title') ?? '').trim(), { file, line: record.line, field: 'Title' }), line: record.line });
  }
  return names;
}
