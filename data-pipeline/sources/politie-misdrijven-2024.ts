import { DataError } from '../errors.ts';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { COUNT } from '../io/values.ts';
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
    columns: [{ name: 'misdrijven_dubbel', from: valueField, rule: { ...COUNT, integer: true } }],
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
      { name: 'vermogensmisdrijven', from: 'crime_property', rule: { ...COUNT, integer: true } },
      { name: 'geweldsmisdrijven', from: 'crime_violence', rule: { ...COUNT, integer: true } },
      { name: 'vernielingen', from: 'crime_vandalism', rule: { ...COUNT, integer: true } },
    ],
  });
  if (table.rows.length === 0) throw new DataError({ file, line: 2 }, 'no buurt rows');
  return table;
}
