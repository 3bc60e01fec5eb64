/**
 * CBS 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" → the file
 * data-pipeline/sources/cbs-misdrijven-2010-2020.ts reads (CRIME_SERIES_FILE), derived from the
 * official rows: all crimes ("Misdrijven, totaal"), every gemeente (RegioS GM…) of the table,
 * 2010–2020 — the selection of the raw extract.
 *
 * The raw extract holds labels, not codes (it was read with a client that replaces keys by titles):
 * `SoortMisdrijf` "Misdrijven, totaal", `RegioS` "'s-Gravenhage (gemeente)", `Perioden` "2010". The
 * same replacement is done here with the table's own dimension lists, and the six measures are
 * written under their keys. Years without figures are null in the official table and become empty
 * cells (the raw extract has 0.0 there, which its reader recognises as filled gaps).
 */
import { CRIME_SERIES_FILE, CRIME_SERIES_MEASURES } from '../sources/cbs-misdrijven-2010-2020.ts';
import { cbsTable, cell, dataProperties, dimensionEntries, odataString, topicKeys } from './cbs-odata.ts';
import { csvText } from './csv-text.ts';
import type { DownloadJob } from './download-job.ts';
import { DownloadError } from './http-fetch.ts';

export const SERIES_TABLE = '83648NED';
export const SERIES_YEARS = { from: 2010, to: 2020 } as const;

/** The "all crimes" entry of SoortMisdrijf: titled "Misdrijven, totaal" (or "Totaal misdrijven"). */
const TOTAL_TITLE = /^(misdrijven,?\s*totaal|totaal\s+misdrijven)$/i;

export const misdrijven83648NedJob: DownloadJob = {
  id: `cbs-${SERIES_TABLE}`,
  title: `CBS ${SERIES_TABLE} geregistreerde criminaliteit per gemeente, ${SERIES_YEARS.from}–${SERIES_YEARS.to}`,
  outputs: [CRIME_SERIES_FILE],
  async run(context) {
    const table = cbsTable(context.endpoints.cbsOData, SERIES_TABLE, (url) => context.getJson(url));
    const props = await table.rows('DataProperties');
    const keys = topicKeys(dataProperties(props.rows, props.url), CRIME_SERIES_MEASURES, props.url);

    const soorten = await table.rows('SoortMisdrijf');
    const total = dimensionEntries(soorten.rows, soorten.url).find((s) => TOTAL_TITLE.test(s.Title.trim()));
    if (total === undefined) throw new DownloadError(soorten.url, 'no SoortMisdrijf titled "Misdrijven, totaal"');
    const regio = await table.rows('RegioS');
    const regioTitle = new Map(dimensionEntries(regio.rows, regio.url).map((r) => [r.Key, r.Title.trim()]));
    const perioden = await table.rows('Perioden');
    const periodTitle = new Map(dimensionEntries(perioden.rows, perioden.url).map((p) => [p.Key, p.Title.trim()]));

    const years = [];
    for (let year = SERIES_YEARS.from; year <= SERIES_YEARS.to; year++) years.push(`${year}JJ00`);
    const filter = [
      `SoortMisdrijf eq ${odataString(total.Key)}`,
      `substringof('GM',RegioS)`,
      `(${years.map((p) => `Perioden eq ${odataString(p)}`).join(' or ')})`,
    ].join(' and ');
    const data = await table.rows('TypedDataSet', { filter, select: ['SoortMisdrijf', 'RegioS', 'Perioden', ...CRIME_SERIES_MEASURES.map((m) => keys[m])] });

    const rows: string[][] = [];
    for (const row of data.rows) {
      const regioKey = cell(row.RegioS);
      const periodKey = cell(row.Perioden);
      if (!regioKey.trim().startsWith('GM') || !years.includes(periodKey.trim())) continue;
      const name = regioTitle.get(regioKey);
      const period = periodTitle.get(periodKey);
      if (name === undefined || name === '') throw new DownloadError(regio.url, `RegioS ${JSON.stringify(regioKey)} of a data row has no title`);
      if (period === undefined || period === '') throw new DownloadError(perioden.url, `Perioden ${JSON.stringify(periodKey)} of a data row has no title`);
      rows.push([total.Title.trim(), name, period, ...CRIME_SERIES_MEASURES.map((m) => cell(row[keys[m]]))]);
    }
    if (rows.length === 0) throw new DownloadError(data.url, 'no gemeente rows for the years asked');
    return {
      detail: `${rows.length} gemeente-years`,
      files: [
        {
          path: CRIME_SERIES_FILE,
          url: data.url,
          content: csvText(['SoortMisdrijf', 'RegioS', 'Perioden', ...CRIME_SERIES_MEASURES.map((m) => keys[m])], rows),
        },
      ],
    };
  },
};
