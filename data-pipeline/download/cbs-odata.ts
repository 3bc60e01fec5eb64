/**
 * CBS StatLine OData v3 tables (opendata.cbs.nl for CBS, dataderden.cbs.nl for third-party tables
 * such as the police's 47018NED): URLs, topic keys and dimension lists.
 *
 * URL shape, as documented in CBS's "Handleiding CBS Open Data Services" and used by its own
 * clients (cbsodataR, cbsodata): `{base}/{table}/{entity}?$format=json&$filter=…&$select=…` with
 * base `https://opendata.cbs.nl/ODataFeed/odata` (the bulk feed, which pages with `odata.nextLink`;
 * ODataApi refuses selections over 10,000 rows). Dimension keys are space-padded (`'GM1680    '`,
 * `'0.0.0 '`), so filters use the padded keys as the dimension list gives them.
 */
import { baseKey } from '../sources/cbs-keys.ts';
import { DownloadError } from './http-fetch.ts';
import { readODataRows, type ODataRow } from './odata-pages.ts';

export interface CbsQuery {
  filter?: string;
  select?: readonly string[];
}

/** `{base}/{table}/{entity}?$format=json…`, values percent-encoded (spaces as %20, never '+'). */
export function cbsUrl(base: string, table: string, entity: string, query: CbsQuery = {}): string {
  const parts = ['$format=json'];
  if (query.select && query.select.length > 0) parts.push(`$select=${encodeURIComponent(query.select.join(','))}`);
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  return `${base}/${table}/${entity}?${parts.join('&')}`;
}

/** A DataProperties entry (OData v3): dimensions, topic groups and topics of a table. */
export interface DataProperty {
  ID: number;
  ParentID: number | null;
  Type: string;
  Key: string;
  Title: string;
}

export interface CbsTableReader {
  rows(entity: string, query?: CbsQuery): Promise<{ url: string; rows: ODataRow[] }>;
}

/** Reads entities of one table through the shared paging reader. */
export function cbsTable(
  base: string,
  table: string,
  getJson: (url: string) => Promise<unknown>,
  onPage?: (info: { url: string; total: number }) => void,
): CbsTableReader {
  return {
    async rows(entity, query = {}) {
      const url = cbsUrl(base, table, entity, query);
      const rows = await readODataRows(url, { getJson, ...(onPage ? { onPage } : {}) });
      return { url, rows };
    },
  };
}

export function dataProperties(rows: ODataRow[], url: string): DataProperty[] {
  return rows.map((row, index) => {
    if (typeof row.Key !== 'string' || typeof row.Type !== 'string' || typeof row.ID !== 'number') {
      throw new DownloadError(url, `DataProperties row ${index} lacks Key, Type or ID: ${JSON.stringify(row).slice(0, 200)}`);
    }
    return {
      ID: row.ID,
      ParentID: typeof row.ParentID === 'number' ? row.ParentID : null,
      Type: row.Type,
      Key: row.Key,
      Title: typeof row.Title === 'string' ? row.Title : '',
    };
  });
}

/**
 * The current key of each topic, matched on the name before CBS's `_N` suffix (which CBS renumbers
 * between revisions: `MateVanStedelijkheid_117`, `_122`, `_127`).
 */
export function topicKeys<const B extends string>(properties: DataProperty[], bases: readonly B[], url: string): Record<B, string> {
  const topics = properties.filter((p) => p.Type === 'Topic');
  const result = {} as Record<B, string>;
  const missing: string[] = [];
  for (const base of bases) {
    const match = topics.find((t) => t.Key === base || baseKey(t.Key) === base);
    if (match === undefined) missing.push(base);
    else result[base] = match.Key;
  }
  if (missing.length > 0) {
    throw new DownloadError(url, `table has no topic ${missing.join(', ')} (topics: ${topics.map((t) => t.Key).join(', ')})`);
  }
  return result;
}

/** A dimension entry: `Key` as CBS pads it, `Title` the label. */
export interface DimensionEntry {
  Key: string;
  Title: string;
  row: ODataRow;
}

export function dimensionEntries(rows: ODataRow[], url: string): DimensionEntry[] {
  return rows.map((row, index) => {
    if (typeof row.Key !== 'string') throw new DownloadError(url, `dimension row ${index} has no string Key: ${JSON.stringify(row).slice(0, 200)}`);
    return { Key: row.Key, Title: typeof row.Title === 'string' ? row.Title : '', row };
  });
}

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A cell of a typed data set as CSV text: numbers printed by JavaScript, null as an empty cell. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}
