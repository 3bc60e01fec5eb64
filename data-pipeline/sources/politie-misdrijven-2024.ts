import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import type { TableChecks } from '../io/table-checks.ts';
import { COUNT, WHOLE_POINT_ZERO } from '../io/values.ts';
import { findCbsColumn } from './cbs-keys.ts';
import type { RawFolder } from './raw-folder.ts';
import { readNumericCsv, type SourceTable } from './source-table.ts';

export const CRIME_FILES = {
  totals: 'statistics/politie_47018NED_misdrijven_buurt_2024/cbs_crime_2024JJ00_buurten.csv',
  categories: 'statistics/cbs_85984NED_kwb2024/buurt_subset_micro_neighbourhood/_original/buurten_features_clusters_with_crime_2024.csv',
} as const;

/** Crimes that the police could not assign to a location; not a region. */
export const NOT_ASSIGNABLE_BUURT = 'BU00000000';

/**
 * The totals cover 14,494 of the 14,574 buurten (80 new or unpopulated buurten have no row); 100 leaves room
 * for a revision, while a header-only file or one without Amsterdam's 517 buurten fails.
 */
export const CRIME_TOTALS_CHECKS: TableChecks = { coverage: { level: 'buurt', maxMissing: 100 } };
/** The category extract holds exactly the 13,817 buurten of the KWB subset (757 buurten have no row). */
export const CRIME_CATEGORIES_CHECKS: TableChecks = { coverage: { level: 'buurt', maxMissing: 800 } };

/**
 * Registered crime per buurt, 2024. The derived total counts every crime twice (the extract's author
 * summed the 0.0.0 total and all leaf categories), so the estimate is half of it, rounded.
 */
export async function readCrimeTotals(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(CRIME_FILES.totals);
  const csv = parseCsv(text, file);
  const codeField = findCbsColumn(csv.header, 'WijkenEnBuurten', file);
  const valueField = findCbsColumn(csv.header, 'GeregistreerdeMisdrijven', file);
  const table = readNumericCsv(csv, {
    name: 'misdrijven_buurt_2024',
    sourceId: 'politie_misdrijven_2024',
    codeField,
    code: (code) => code,
    columns: [{ name: 'misdrijven_dubbel', from: valueField, rule: { ...COUNT, integer: true, wholeNotation: WHOLE_POINT_ZERO } }],
  });
  table.columns.push('misdrijven_schatting');
  for (const row of table.rows) {
    const doubled = row.values.misdrijven_dubbel ?? null;
    row.values.misdrijven_schatting = doubled === null ? null : Math.round(doubled / 2);
    if (doubled === null) row.reasons.misdrijven_schatting = row.reasons.misdrijven_dubbel ?? 'missing_in_source';
  }
  return table;
}

/** Per-category sums (property, violence, vandalism) for the 13,817 buurten of the subset. */
export async function readCrimeCategories(raw: RawFolder): Promise<SourceTable> {
  const { text, file } = await raw.readText(CRIME_FILES.categories);
  const csv = parseCsv(text, file);
  requireColumns(csv, ['crime_property', 'crime_violence', 'crime_vandalism']);
  const codeField = findCbsColumn(csv.header, 'WijkenEnBuurten', file);
  const table = readNumericCsv(csv, {
    name: 'misdrijven_categorie_buurt_2024',
    sourceId: 'politie_misdrijven_2024',
    codeField,
    code: (code) => code,
    columns: [
      { name: 'vermogensmisdrijven', from: 'crime_property', rule: { ...COUNT, integer: true, wholeNotation: WHOLE_POINT_ZERO } },
      { name: 'geweldsmisdrijven', from: 'crime_violence', rule: { ...COUNT, integer: true, wholeNotation: WHOLE_POINT_ZERO } },
      { name: 'vernielingen', from: 'crime_vandalism', rule: { ...COUNT, integer: true, wholeNotation: WHOLE_POINT_ZERO } },
    ],
  });
  if (table.rows.length === 0) throw new DataError({ file, line: 2 }, 'no buurt rows');
  return table;
}
