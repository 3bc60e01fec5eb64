import type { SourceId } from '@atlas/contract';
import { parseCsv, requireColumns, type CsvRecord } from '../io/csv.ts';
import type { TableChecks } from '../io/table-checks.ts';
import { PERCENTAGE, POPULATION, type NumberRule } from '../io/values.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type ColumnSpec, type SourceTable } from './source-table.ts';

export const WBK_FILES = {
  gemeente2023: 'statistics/cbs_wijkbuurtkaart_2023_v1_gemeenten/gemeenten_2023_v1.csv',
  wijk2022: 'statistics/cbs_wijkbuurtkaart_2022_v1_wijken_gemeenten/wijk_2022_v1.csv',
} as const;

/** All 342 gemeenten of 2024 already existed with these codes in 2023. */
export const WBK2023_CHECKS: TableChecks = { coverage: { level: 'gemeente', maxMissing: 0 } };
/** 2022 wijk codes: 185 wijken of 2024 are new or recoded (matched by name or left missing in joins/). */
export const WBK2022_CHECKS: TableChecks = { coverage: { level: 'wijk', maxMissing: 250 } };

/** Wijk- en Buurtkaart DBF: -99999999 = no value (unknown, secret or not applicable). */
const DBF: Pick<NumberRule, 'suppressed' | 'missing'> = { suppressed: ['-99999999', '-99999997'], missing: [''] };

const SHARED_COLUMNS: readonly ColumnSpec[] = [
  { name: 'inwoners', from: 'AANT_INW', rule: { ...DBF, ...POPULATION } },
  { name: 'stedelijkheid', from: 'STED', rule: { ...DBF, min: 1, max: 5, integer: true } },
  { name: 'pct_15_24', from: 'P_15_24_JR', rule: { ...DBF, ...PERCENTAGE } },
  { name: 'huishoudens', from: 'AANTAL_HH', rule: { ...DBF, ...POPULATION } },
  { name: 'pct_eenpersoonshuishoudens', from: 'P_EENP_HH', rule: { ...DBF, ...PERCENTAGE } },
  { name: 'pct_huishoudens_met_kinderen', from: 'P_HH_M_K', rule: { ...DBF, ...PERCENTAGE } },
];

/**
 * Land records only: water polygons (H2O = JA) and the Buitenland pseudo-region (H2O = B in 2022,
 * NEE with all zeros in 2023, codes GM0998 / WK099899) carry no statistics.
 */
const BUITENLAND = new Set(['GM0998', 'WK099899']);
const notLand = (record: CsvRecord) =>
  record.get('H2O')?.trim() !== 'NEE' || BUITENLAND.has(record.get('GM_CODE')?.trim() ?? '') || BUITENLAND.has(record.get('WK_CODE')?.trim() ?? '');

async function readWbk(raw: RawFolder, path: string, name: string, sourceId: SourceId, codeField: string, nameField: string): Promise<SourceTable> {
  const { text, file } = await raw.readText(path);
  const csv = parseCsv(text, file);
  requireColumns(csv, [codeField, nameField, 'H2O', ...SHARED_COLUMNS.map((c) => c.from)]);
  return readNumericCsv(csv, { name, sourceId, codeField, nameField, code: (code) => code, columns: SHARED_COLUMNS, skip: notLand });
}

export function readWbk2023Gemeenten(raw: RawFolder): Promise<SourceTable> {
  return readWbk(raw, WBK_FILES.gemeente2023, 'wbk2023_gemeente', 'wbk2023', 'GM_CODE', 'GM_NAAM');
}

export function readWbk2022Wijken(raw: RawFolder): Promise<SourceTable> {
  return readWbk(raw, WBK_FILES.wijk2022, 'wbk2022_wijk', 'wbk2022', 'WK_CODE', 'WK_NAAM');
}
