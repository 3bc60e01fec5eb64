/**
 * CBS 70262NED "Bodemgebruik; uitgebreide gebruiksvorm, per gemeente" → the optional drop-in
 * data-pipeline/sources/bodemgebruik-70262ned.ts reads (BODEMGEBRUIK_FILE): every gemeente row (RegioS GM…)
 * of every period, with total area and verblijfsrecreatief terrein. The topics are found by their name before
 * CBS's `_N` suffix and written under the keys the reader names (TotaleOppervlakte_1,
 * VerblijfsrecreatiefTerrein_24), so a renumbered revision still yields the documented drop-in.
 */
import { BODEMGEBRUIK_FILE } from '../sources/bodemgebruik-70262ned.ts';
import { cbsTable, cell, dataProperties, topicKeys } from './cbs-odata.ts';
import { csvText } from './csv-text.ts';
import type { DownloadJob } from './download-job.ts';

export const BODEMGEBRUIK_TABLE = '70262NED';
const TOPICS = ['TotaleOppervlakte', 'VerblijfsrecreatiefTerrein'] as const;

export const bodemgebruik70262NedJob: DownloadJob = {
  id: `cbs-${BODEMGEBRUIK_TABLE}`,
  title: `CBS ${BODEMGEBRUIK_TABLE} bodemgebruik per gemeente (verblijfsrecreatief terrein; optioneel)`,
  outputs: [BODEMGEBRUIK_FILE],
  async run(context) {
    const table = cbsTable(context.endpoints.cbsOData, BODEMGEBRUIK_TABLE, (url) => context.getJson(url));
    const props = await table.rows('DataProperties');
    const keys = topicKeys(dataProperties(props.rows, props.url), TOPICS, props.url);
    const data = await table.rows('TypedDataSet', {
      filter: "startswith(RegioS,'GM')",
      select: ['RegioS', 'Perioden', keys.TotaleOppervlakte, keys.VerblijfsrecreatiefTerrein],
    });
    const rows = data.rows.map((row) => [cell(row.RegioS), cell(row.Perioden), cell(row[keys.TotaleOppervlakte]), cell(row[keys.VerblijfsrecreatiefTerrein])]);
    const content = csvText(['RegioS', 'Perioden', 'TotaleOppervlakte_1', 'VerblijfsrecreatiefTerrein_24'], rows);
    return { files: [{ path: BODEMGEBRUIK_FILE, url: data.url, content }], detail: `${rows.length} gemeente-periods` };
  },
};
