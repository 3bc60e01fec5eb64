import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import type { TableChecks } from '../io/table-checks.ts';
import { COUNT, PERCENTAGE } from '../io/values.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type ColumnSpec, type SourceTable } from './source-table.ts';

const DIR = 'statistics/scp_jeugdhulp_in_de_wijk_2017';
export const SCP_FILES = {
  wijk: `${DIR}/jeugdhulp_in_de_wijk_2017__wijk.csv`,
  gebruik: `${DIR}/jeugdhulp_in_de_wijk_2017__gebruik.csv`,
  determinanten: `${DIR}/jeugdhulp_in_de_wijk_2017__determinanten.csv`,
} as const;

/** SCP: '.' = not published (fewer than 10 cases, or CBS-secret). */
const SCP = { suppressed: ['.'], missing: [''] } as const;
const PCT = { ...SCP, ...PERCENTAGE };

/** SCP numbers wijken as gemeentecode×100 + wijknummer without leading zeros: 300 → WK000300. */
export function scpWijkCode(raw: string, at: { file: string; line: number }): string {
  if (!/^\d{3,6}$/.test(raw)) throw new DataError({ ...at, field: 'wijk' }, `"${raw}" is not an SCP wijk number`);
  return `WK${raw.padStart(6, '0')}`;
}

const DETERMINANTEN: readonly ColumnSpec[] = [
  { name: 'pct_praktijkonderwijs', from: 'perc_praktijk_g', rule: PCT },
  { name: 'pct_eenouderhuishoudens', from: 'perc_1ouder', rule: PCT },
  { name: 'pct_hh_verdachte', from: 'perc_hhverd', rule: PCT },
  { name: 'pct_hh_bijstand', from: 'perc_hhbijs', rule: PCT },
  { name: 'pct_hh_wanbetaler', from: 'perc_hhwan', rule: PCT },
  { name: 'pct_laag_opgeleid', from: 'perc_laagopl', rule: PCT },
  { name: 'gestandaardiseerd_inkomen', from: 'gem_gestink', rule: { ...SCP, ...COUNT } },
];

/** Wijk table 2017 keyed by the 2017 wijk code, with the 2017 wijk name for the exact-match join. */
/** 2017 wijk codes: 2,408 of the 3,393 wijken of 2024 still carry one (the rest were redrawn since). */
export const SCP_CHECKS: TableChecks = { coverage: { level: 'wijk', maxMissing: 1100 } };

export async function readScpJeugdhulp(raw: RawFolder): Promise<SourceTable> {
  const wijk = await raw.readText(SCP_FILES.wijk);
  const wijkCsv = parseCsv(wijk.text, wijk.file);
  requireColumns(wijkCsv, ['wijk', 'wijknaam', 'gemeentecode']);
  const names = new Map<string, string>();
  for (const record of wijkCsv.records) {
    const code = scpWijkCode((record.get('wijk') ?? '').trim(), { file: wijk.file, line: record.line });
    if (names.has(code)) throw new DataError({ file: wijk.file, line: record.line, field: 'wijk' }, `duplicate wijk ${code}`);
    names.set(code, (record.get('wijknaam') ?? '').trim());
  }
  const determinanten = await raw.readText(SCP_FILES.determinanten);
  const detCsv = parseCsv(determinanten.text, determinanten.file);
  requireColumns(detCsv, ['wijk', ...DETERMINANTEN.map((c) => c.from)]);
  const table = readNumericCsv(detCsv, {
    name: 'scp_jeugdhulp_wijk_2017',
    sourceId: 'scp_jeugdhulp_2017',
    codeField: 'wijk',
    code: (code, _record, at) => scpWijkCode(code, at),
    columns: DETERMINANTEN,
  });
  const gebruik = await raw.readText(SCP_FILES.gebruik);
  const gebruikCsv = parseCsv(gebruik.text, gebruik.file);
  requireColumns(gebruikCsv, ['wijk', 'perc_jhzv']);
  const usage = readNumericCsv(gebruikCsv, {
    name: 'scp_gebruik',
    sourceId: 'scp_jeugdhulp_2017',
    codeField: 'wijk',
    code: (code, _record, at) => scpWijkCode(code, at),
    columns: [{ name: 'pct_jeugdhulp', from: 'perc_jhzv', rule: PCT }],
  });
  const usageByCode = new Map(usage.rows.map((row) => [row.code, row]));
  table.columns.push('pct_jeugdhulp');
  for (const row of table.rows) {
    const name = names.get(row.code);
    if (name === undefined) throw new DataError({ file: determinanten.file, line: row.line, field: 'wijk' }, `wijk ${row.code} is not in ${wijk.file}`);
    row.name = name;
    const use = usageByCode.get(row.code);
    row.values.pct_jeugdhulp = use?.values.pct_jeugdhulp ?? null;
    if (row.values.pct_jeugdhulp === null) row.reasons.pct_jeugdhulp = use?.reasons.pct_jeugdhulp ?? 'missing_in_source';
  }
  return table;
}
