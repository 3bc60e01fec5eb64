import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../progress.ts';
import { BODEMGEBRUIK_FILE, readBodemgebruik70262 } from '../sources/bodemgebruik-70262ned.ts';
import { RawFolder } from '../sources/raw-folder.ts';
import { INSCHRIJVINGEN_FILE } from '../sources/vakantieparken-inschrijvingen-2021-38.ts';
import { RECREATIE_OBJECTEN_FILE } from '../sources/recreatie-objecten-2024-17.ts';
import { downloadRawData } from './download-raw-data.ts';
import type { Endpoints } from './endpoints.ts';
import { OPTIONAL_DOWNLOAD_JOBS } from './optional-downloads.ts';

/**
 * The optional vakantieparken sources of `--download`, against a local stand-in for StatLine that serves a small
 * made-up 70262NED in the OData v3 shape (DataProperties with CBS's numbered topic keys, a TypedDataSet with padded
 * RegioS keys and a null for an unknown value). Written to the cache, the file is read by the drop-in reader.
 */
const PROPERTIES = [
  { ID: 0, ParentID: null, Type: 'Dimension', Key: 'RegioS', Title: 'Regio' },
  { ID: 1, ParentID: null, Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
  { ID: 2, ParentID: null, Type: 'Topic', Key: 'TotaleOppervlakte_1', Title: 'Totale oppervlakte' },
  { ID: 3, ParentID: null, Type: 'Topic', Key: 'VerblijfsrecreatiefTerrein_24', Title: 'Verblijfsrecreatief terrein' },
];
const TYPED = [
  { ID: 0, RegioS: 'GM0060    ', Perioden: '2015JJ00', TotaleOppervlakte_1: 26850, VerblijfsrecreatiefTerrein_24: 170 },
  { ID: 1, RegioS: 'GM0060    ', Perioden: '2017JJ00', TotaleOppervlakte_1: 26850, VerblijfsrecreatiefTerrein_24: 190 },
  { ID: 2, RegioS: 'GM1680    ', Perioden: '2017JJ00', TotaleOppervlakte_1: 27890, VerblijfsrecreatiefTerrein_24: null },
];

let origin = '';
let serve70262 = true;
const requests: string[] = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', origin);
  requests.push(url.pathname + url.search);
  const body = !serve70262 ? null : url.pathname === '/cbs/70262NED/DataProperties' ? PROPERTIES : url.pathname === '/cbs/70262NED/TypedDataSet' ? TYPED : null;
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body ? { 'odata.metadata': 'x', value: body } : { 'odata.error': { message: { value: 'Resource not found' } } }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const endpoints = (): Endpoints => ({
  cbsOData: `${origin}/cbs`,
  cbsThirdPartyOData: `${origin}/derden`,
  pdokWfs: `${origin}/pdok`,
  pdokApi: `${origin}/pdokapi`,
});
const FAST = { sleep: async () => {}, retries: 1, timeoutMs: 10_000 };

describe('optional vakantieparken sources in the download', () => {
  it('fetches 70262NED into the drop-in file the reader takes, and skips the two maatwerk spreadsheets with where to get them', async () => {
    serve70262 = true;
    const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-optional-'));
    const lines: string[] = [];
    const progress = { ...silentProgress(), line: (text: string) => lines.push(text) };
    const report = await downloadRawData({ cacheDir, endpoints: endpoints(), http: FAST, progress, jobs: [], optionalJobs: OPTIONAL_DOWNLOAD_JOBS });

    expect(report.optional.map((o) => [o.id, o.status])).toEqual([
      ['cbs-70262NED', 'downloaded'],
      ['cbs-maatwerk-2021-38', 'skipped'],
      ['cbs-maatwerk-2024-17', 'skipped'],
    ]);
    expect(requests.some((r) => r.startsWith('/cbs/70262NED/TypedDataSet') && decodeURIComponent(r).includes("startswith(RegioS,'GM')"))).toBe(true);
    const maatwerk = report.optional.filter((o) => o.status === 'skipped');
    expect(maatwerk[0]?.reason).toContain('https://www.cbs.nl/nl-nl/maatwerk/2021/38/inschrijvingen-vakantieparken-per-gemeente-2017-2021');
    expect(maatwerk[0]?.reason).toContain(INSCHRIJVINGEN_FILE);
    expect(maatwerk[1]?.reason).toContain(RECREATIE_OBJECTEN_FILE);
    expect(lines.filter((l) => l.includes('skipped') && l.includes('The build continues without it'))).toHaveLength(2);

    const read = await readBodemgebruik70262(new RawFolder(cacheDir));
    expect(read?.year).toBe('2017');
    const rows = new Map(read?.table.rows.map((r) => [r.code, r]));
    expect(rows.get('GM0060')?.values).toEqual({ oppervlakte_totaal: 26850, verblijfsrecreatief: 190 });
    expect(rows.get('GM1680')?.reasons).toEqual({ verblijfsrecreatief: 'missing_in_source' });

    // A second run reuses the file without asking StatLine again.
    const before = requests.length;
    const again = await downloadRawData({ cacheDir, endpoints: endpoints(), http: FAST, jobs: [], optionalJobs: OPTIONAL_DOWNLOAD_JOBS });
    expect(again.optional[0]?.status).toBe('reused');
    expect(requests.length).toBe(before);
  });

  it('skips 70262NED with the endpoint error when StatLine does not have it, writing no file', async () => {
    serve70262 = false;
    const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-optional-'));
    const report = await downloadRawData({ cacheDir, endpoints: endpoints(), http: FAST, jobs: [], optionalJobs: OPTIONAL_DOWNLOAD_JOBS });
    expect(report.optional[0]).toMatchObject({ id: 'cbs-70262NED', status: 'skipped', files: [] });
    expect(report.optional[0]?.reason).toMatch(/70262NED\/DataProperties.*404/);
    expect(await new RawFolder(cacheDir).has(BODEMGEBRUIK_FILE)).toBe(false);
  });

  it('tries no optional source unless asked', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'atlas-optional-'));
    const before = requests.length;
    const report = await downloadRawData({ cacheDir, endpoints: endpoints(), http: FAST, jobs: [] });
    expect(report.optional).toEqual([]);
    expect(requests.length).toBe(before);
  });
});
