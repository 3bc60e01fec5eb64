/**
 * Reads every row of an OData collection by following the server's paging links. Three envelopes
 * are understood, as CBS has served each of them:
 *   - OData v3 JSON light (opendata.cbs.nl / dataderden.cbs.nl ODataApi and ODataFeed):
 *     `{ "odata.metadata": …, "value": [...], "odata.nextLink": "…/TypedDataSet?$format=json&$skip=10000" }`
 *   - OData v4 (datasets.cbs.nl, odata4.cbs.nl): `{ "@odata.context": …, "value": [...], "@odata.nextLink": … }`
 *   - OData v2 verbose JSON: `{ "d": { "results": [...], "__next": … } }` (or `{ "d": [...] }`).
 * The server decides the page size (CBS: 10,000 rows per page in ODataFeed); the reader never
 * invents `$skip` values itself, it only follows the link the server gives, resolved against the
 * page it came from.
 */
import { DownloadError } from './http-fetch.ts';

export type ODataRow = Record<string, unknown>;

export interface ODataPage {
  rows: ODataRow[];
  next: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function rowsOf(list: unknown[], url: string): ODataRow[] {
  list.forEach((row, index) => {
    if (!isObject(row)) throw new DownloadError(url, `row ${index} of the page is ${JSON.stringify(row)}, not an object`);
  });
  return list as ODataRow[];
}

function linkOf(value: unknown, url: string, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new DownloadError(url, `"${field}" is ${JSON.stringify(value)}, not a URL`);
  return new URL(value, url).href;
}

/** One page: its rows and the absolute URL of the next page (null on the last page). */
export function parseODataPage(body: unknown, url: string): ODataPage {
  if (!isObject(body)) throw new DownloadError(url, 'response is not an OData JSON object');
  const error = body['odata.error'] ?? body.error;
  if (error !== undefined) throw new DownloadError(url, `OData error: ${JSON.stringify(error).slice(0, 300)}`);
  if (Array.isArray(body.value)) {
    const nextField = '@odata.nextLink' in body ? '@odata.nextLink' : 'odata.nextLink';
    return { rows: rowsOf(body.value, url), next: linkOf(body[nextField], url, nextField) };
  }
  const d = body.d;
  if (Array.isArray(d)) return { rows: rowsOf(d, url), next: null };
  if (isObject(d) && Array.isArray(d.results)) return { rows: rowsOf(d.results, url), next: linkOf(d.__next, url, 'd.__next') };
  throw new DownloadError(url, `not an OData collection: no "value" array (keys: ${Object.keys(body).join(', ') || 'none'})`);
}

export interface ReadODataOptions {
  getJson: (url: string) => Promise<unknown>;
  /** Called after each page, e.g. for progress lines. */
  onPage?: (info: { url: string; rows: number; total: number; page: number }) => void;
  /** Safety stop against a server that keeps linking on (default 5,000 pages = 50 million CBS rows). */
  maxPages?: number;
}

/** Every row of the collection at `url`, in server order. */
export async function readODataRows(url: string, options: ReadODataOptions): Promise<ODataRow[]> {
  const maxPages = options.maxPages ?? 5000;
  const rows: ODataRow[] = [];
  const seen = new Set<string>();
  let next: string | null = url;
  for (let page = 1; next !== null; page++) {
    if (seen.has(next)) throw new DownloadError(next, 'the server links back to a page it already sent (paging loop)');
    if (page > maxPages) throw new DownloadError(next, `more than ${maxPages} pages; stopped`);
    seen.add(next);
    const current: string = next;
    const parsed = parseODataPage(await options.getJson(current), current);
    for (const row of parsed.rows) rows.push(row);
    options.onPage?.({ url: current, rows: parsed.rows.length, total: rows.length, page });
    next = parsed.next;
  }
  return rows;
}
