/**
 * Police table 47018NED "Geregistreerde misdrijven; soort misdrijf, wijk, buurt" (CBS third-party
 * catalogue, dataderden.cbs.nl) → the two files data-pipeline/sources/politie-misdrijven-2024.ts
 * reads (CRIME_FILES), derived from the official 2024 buurt rows:
 *
 *   totals: `WijkenEnBuurten, ID, GeregistreerdeMisdrijven_N` per buurt (BU00000000 "not assignable"
 *     included). The raw extract's value counts every crime twice (its author summed the 0.0.0 total
 *     and all 58 leaf categories) and the reader halves it. From the official table this job writes
 *     2 × the 0.0.0 total, so the reader's estimate is exactly the official total; the raw extract's
 *     leaf sums differ from it by 0–2 (CBS rounding), e.g. 250 vs 2 × 126 for BU16801700. ID is the
 *     ID of the 0.0.0 row.
 *   categories: `WijkenEnBuurten, crime_property, crime_violence, crime_vandalism` per buurt of the
 *     2024 region list (the list the 85984NED job wrote), the sums the raw extract's author fetched
 *     (per the raw SOURCES.md): property = 1.1.1, 1.1.2, 1.2.1, 1.2.2; violence = 1.4.3, 1.4.5,
 *     1.4.6, 1.4.7; vandalism = 2.2.1, 3.6.4 and 3.7.x. A null category counts as absent in its sum;
 *     a sum of only nulls is an empty cell.
 *
 * One paged query: Perioden 2024JJ00, buurten only, the 0.0.0 total and the 14 categories above
 * (≈ 15 × 14,700 rows, 10,000 per page).
 */
import { readFile } from 'node:fs/promises';
import { parseCsv, requireColumns } from '../io/csv.ts';
import { KWB_FILES } from '../sources/kwb-2024.ts';
import { CRIME_FILES } from '../sources/politie-misdrijven-2024.ts';
import { cbsTable, cell, dataProperties, dimensionEntries, odataString, topicKeys } from './cbs-odata.ts';
import { csvText } from './csv-text.ts';
import type { DownloadJob } from './download-job.ts';
import { DownloadError } from './http-fetch.ts';

export const POLITIE_TABLE = '47018NED';
export const CRIME_YEAR = '2024JJ00';

export const TOTAL_CATEGORY = '0.0.0';
export const CATEGORY_GROUPS = {
  crime_property: (key: string) => ['1.1.1', '1.1.2', '1.2.1', '1.2.2'].includes(key),
  crime_violence: (key: string) => ['1.4.3', '1.4.5', '1.4.6', '1.4.7'].includes(key),
  crime_vandalism: (key: string) => key === '2.2.1' || key === '3.6.4' || key.startsWith('3.7.'),
} as const;
type Group = keyof typeof CATEGORY_GROUPS;
const GROUPS = Object.keys(CATEGORY_GROUPS) as Group[];

/** The 2024 buurt codes of the region list the 85984NED job wrote into the cache. */
async function buurtCodes2024(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: the ${POLITIE_TABLE} download needs the 85984NED region list first`);
  }
  const csv = parseCsv(text, file);
  requireColumns(csv, ['Key']);
  return new Set(csv.records.map((r) => r.values.Key!.trim()).filter((code) => code.startsWith('BU')));
}

export const politie47018NedJob: DownloadJob = {
  id: `politie-${POLITIE_TABLE}`,
  title: `Politie ${POLITIE_TABLE} geregistreerde misdrijven per buurt, 2024`,
  outputs: Object.values(CRIME_FILES),
  async run(context) {
    const buurten = await buurtCodes2024(context.cache.path(KWB_FILES.regions));
    const table = cbsTable(context.endpoints.cbsThirdPartyOData, POLITIE_TABLE, (url) => context.getJson(url));
    const props = await table.rows('DataProperties');
    const { GeregistreerdeMisdrijven: measure } = topicKeys(dataProperties(props.rows, props.url), ['GeregistreerdeMisdrijven'], props.url);

    const soorten = await table.rows('SoortMisdrijf');
    const categories = dimensionEntries(soorten.rows, soorten.url);
    const total = categories.find((c) => c.Key.trim() === TOTAL_CATEGORY);
    if (total === undefined) throw new DownloadError(soorten.url, `no SoortMisdrijf ${TOTAL_CATEGORY} (Totaal misdrijven)`);
    const groupOf = new Map<string, Group>();
    for (const category of categories) {
      const group = GROUPS.find((g) => CATEGORY_GROUPS[g](category.Key.trim()));
      if (group) groupOf.set(category.Key, group);
    }
    const wanted = [total.Key, ...groupOf.keys()];
    const filter = [
      `Perioden eq ${odataString(CRIME_YEAR)}`,
      `substringof('BU',WijkenEnBuurten)`,
      `(${wanted.map((key) => `SoortMisdrijf eq ${odataString(key)}`).join(' or ')})`,
    ].join(' and ');
    const data = await table.rows('TypedDataSet', { filter, select: ['ID', 'SoortMisdrijf', 'WijkenEnBuurten', 'Perioden', measure] });

    const totals = new Map<string, { id: string; value: number | null }>();
    const sums = new Map<string, Record<Group, number | null>>();
    for (const row of data.rows) {
      const code = cell(row.WijkenEnBuurten).trim();
      if (!code.startsWith('BU') || cell(row.Perioden).trim() !== CRIME_YEAR) continue;
      const value = row[measure];
      if (value !== null && value !== undefined && typeof value !== 'number') {
        throw new DownloadError(data.url, `${measure} of ${code} is ${JSON.stringify(value)}, not a number`);
      }
      const soort = cell(row.SoortMisdrijf);
      if (soort.trim() === TOTAL_CATEGORY) {
        if (totals.has(code)) throw new DownloadError(data.url, `two ${TOTAL_CATEGORY} rows for ${code} in ${CRIME_YEAR}`);
        totals.set(code, { id: cell(row.ID), value: value ?? null });
        continue;
      }
      const group = groupOf.get(soort);
      if (group === undefined) continue;
      const entry = sums.get(code) ?? { crime_property: null, crime_violence: null, crime_vandalism: null };
      if (typeof value === 'number') entry[group] = (entry[group] ?? 0) + value;
      sums.set(code, entry);
    }
    if (totals.size === 0) throw new DownloadError(data.url, `no buurt rows with SoortMisdrijf ${TOTAL_CATEGORY} for ${CRIME_YEAR}`);

    const totalRows = [...totals].map(([code, t]) => [code, t.id, t.value === null ? '' : String(2 * t.value)]);
    const categoryRows = [...sums].filter(([code]) => buurten.has(code)).map(([code, s]) => [code, ...GROUPS.map((g) => cell(s[g]))]);
    return {
      detail: `${data.rows.length} rows, ${totals.size} buurten with a total, ${categoryRows.length} with categories`,
      files: [
        { path: CRIME_FILES.totals, url: data.url, content: csvText(['WijkenEnBuurten', 'ID', measure], totalRows) },
        { path: CRIME_FILES.categories, url: data.url, content: csvText(['WijkenEnBuurten', ...GROUPS], categoryRows) },
      ],
    };
  },
};
