/**
 * CBS 85755NED "Gebieden in Nederland 2024" → the gemeente → provincie / veiligheidsregio / politie
 * regionale eenheid table data-pipeline/sources/gemeente-regio.ts reads (GEMEENTE_REGIO_FILE).
 *
 * The raw folder's file was derived by a spatial join of boundary files (its `*_overlap` columns);
 * this is CBS's own administrative table for the same year, so the overlap columns are not written
 * and `opmerking` names the table. The table has, per region layer, a topic group (e.g.
 * "Veiligheidsregio's") holding a "Code" and a "Naam" topic whose keys change every year
 * (`Code_28`, `Naam_29`, …); they are found through DataProperties by group title, not by number.
 */
import { GEMEENTE_REGIO_COLUMNS, GEMEENTE_REGIO_FILE } from '../sources/gemeente-regio.ts';
import { cbsTable, cell, dataProperties, type DataProperty } from './cbs-odata.ts';
import { csvText } from './csv-text.ts';
import type { DownloadJob } from './download-job.ts';
import { DownloadError } from './http-fetch.ts';

export const GEBIEDEN_TABLE = '85755NED';

const LAYERS = {
  gemeente: /gemeente/i,
  provincie: /^provincie/i,
  veiligheidsregio: /veiligheidsregio/i,
  regionale_eenheid: /regionale eenhe|politie/i,
} as const;
type Layer = keyof typeof LAYERS;

/** The Code and Naam topic keys inside the topic group whose title matches. */
function codeAndName(properties: DataProperty[], layer: Layer, url: string): { code: string; name: string } {
  const groups = properties.filter((p) => p.Type === 'TopicGroup' && LAYERS[layer].test(p.Title));
  for (const group of groups) {
    const children = properties.filter((p) => p.Type === 'Topic' && p.ParentID === group.ID);
    const code = children.find((c) => /^code$/i.test(c.Title.trim()));
    const name = children.find((c) => /^naam$/i.test(c.Title.trim()));
    if (code && name) return { code: code.Key, name: name.Key };
  }
  const titles = properties.filter((p) => p.Type === 'TopicGroup').map((p) => p.Title);
  throw new DownloadError(url, `no topic group for ${layer} with a Code and a Naam topic (groups: ${titles.join('; ')})`);
}

const COLUMNS = [...GEMEENTE_REGIO_COLUMNS, 'opmerking'] as const;

export const gebieden85755NedJob: DownloadJob = {
  id: `cbs-${GEBIEDEN_TABLE}`,
  title: `CBS ${GEBIEDEN_TABLE} Gebieden in Nederland 2024 (gemeente → regio)`,
  outputs: [GEMEENTE_REGIO_FILE],
  async run(context) {
    const table = cbsTable(context.endpoints.cbsOData, GEBIEDEN_TABLE, (url) => context.getJson(url));
    const props = await table.rows('DataProperties');
    const properties = dataProperties(props.rows, props.url);
    const keys = Object.fromEntries((Object.keys(LAYERS) as Layer[]).map((layer) => [layer, codeAndName(properties, layer, props.url)])) as Record<
      Layer,
      { code: string; name: string }
    >;
    const dimension = properties.find((p) => p.Type === 'GeoDimension' || p.Type === 'GeoDetail' || p.Key === 'RegioS')?.Key ?? 'RegioS';
    const select = [dimension, ...Object.values(keys).flatMap((k) => [k.code, k.name])];
    const data = await table.rows('TypedDataSet', { select });
    const rows = data.rows
      .filter((row) => cell(row[dimension]).trim().startsWith('GM'))
      .map((row) => {
        const value = (key: string) => cell(row[key]).trim();
        return [
          value(keys.gemeente.code) || cell(row[dimension]).trim(),
          value(keys.gemeente.name),
          value(keys.provincie.code),
          value(keys.provincie.name),
          value(keys.veiligheidsregio.code),
          value(keys.veiligheidsregio.name),
          value(keys.regionale_eenheid.code),
          value(keys.regionale_eenheid.name),
          `CBS ${GEBIEDEN_TABLE} Gebieden in Nederland 2024`,
        ];
      });
    if (rows.length === 0) throw new DownloadError(data.url, 'no gemeente rows (RegioS GM…)');
    return { detail: `${rows.length} gemeenten`, files: [{ path: GEMEENTE_REGIO_FILE, url: data.url, content: csvText(COLUMNS, rows) }] };
  },
};
