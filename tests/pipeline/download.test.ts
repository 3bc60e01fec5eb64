/**
 * The download path against a local HTTP server that answers in the official formats: OData v3 JSON
 * pages with `odata.nextLink` (CBS), WFS 2.0 GeoJSON pages by startIndex/count and OGC API Features
 * pages with rel="next" links (PDOK).
 *
 * The served rows are derived at test time from real files of the raw folder (a few gemeenten'
 * worth), wrapped in the official envelope; nothing of the raw data is committed. The same rows
 * are also written, verbatim, into a small raw folder, and the existing readers must read the
 * downloaded files with the same result as that folder.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '@atlas/contract';
import { resolveRawDir } from '../../data-pipeline/cli/resolve-raw-dir.ts';
import { CACHE_MANIFEST, CacheFolder } from '../../data-pipeline/download/cache-folder.ts';
import { absentSources, DOWNLOAD_JOBS, downloadRawData, type DownloadReport } from '../../data-pipeline/download/download-raw-data.ts';
import type { Endpoints } from '../../data-pipeline/download/endpoints.ts';
import { boundaryCollection } from '../../data-pipeline/download/wijkbuurtkaart-2024.ts';
import { BUURT_TOPICS_BESIDES_POPULATION } from '../../data-pipeline/download/kwb-85984ned.ts';
import { DownloadError, fetchJson, type HttpOptions } from '../../data-pipeline/download/http-fetch.ts';
import { readODataRows } from '../../data-pipeline/download/odata-pages.ts';
import { readWfsFeatures } from '../../data-pipeline/download/feature-pages.ts';
import { prepareContextGeometry } from '../../data-pipeline/geometry/context-geometry.ts';
import { prepareLevelGeometry } from '../../data-pipeline/geometry/prepare-level-geometry.ts';
import { parseCsv } from '../../data-pipeline/io/csv.ts';
import { silentProgress } from '../../data-pipeline/progress.ts';
import { BOUNDARY_FILES, CONTEXT_FILES } from '../../data-pipeline/sources/boundary-files.ts';
import { CRIME_SERIES_FILE, readCrimeSeries } from '../../data-pipeline/sources/cbs-misdrijven-2010-2020.ts';
import { GEMEENTE_REGIO_FILE, readGemeenteRegio } from '../../data-pipeline/sources/gemeente-regio.ts';
import { KWB_FILES, readBuurtNames, readKwbBuurt, readKwbGemeenteWijk, readKwbRegionList } from '../../data-pipeline/sources/kwb-2024.ts';
import { CRIME_FILES, readCrimeCategories, readCrimeTotals } from '../../data-pipeline/sources/politie-misdrijven-2024.ts';
import { RawFolder } from '../../data-pipeline/sources/raw-folder.ts';
import type { SourceTable } from '../../data-pipeline/sources/source-table.ts';
import { SOURCES } from '../../indicators/catalog/sources.ts';
import { RAW_DIR, readRaw, tempDir } from './helpers.ts';

// ── real rows from the raw folder ────────────────────────────────────────────────────────────────

/** The gemeente whose rows are served (it also has official 47018NED rows in the raw folder). */
const GEMEENTE = 'GM1680';
const GEMEENTE_NAME = 'Aa en Hunze';
/** Boundary features served per layer: a few gemeenten and the wijken of GEMEENTE. */
const BOUNDARY_GEMEENTEN = ['GM1680', 'GM0034', 'GM0014', 'GM0050', 'GM0060'];
/** Wijken of Almere that hold exactly one buurt: that buurt's boundary is the wijk's boundary. */
const ONE_BUURT_WIJKEN = ['WK003414', 'WK003415', 'WK003432'];

type Row = Record<string, unknown>;

/** Header plus the records (possibly spanning lines) of a raw CSV that `keep` accepts, verbatim. */
function pickRecords(text: string, file: string, keep: (values: Record<string, string>) => boolean): string {
  const csv = parseCsv(text, file);
  const lines = text.split('\n');
  const starts = csv.records.map((r) => r.line);
  const out = lines.slice(0, starts[0]! - 1);
  csv.records.forEach((record, index) => {
    if (!keep(record.values)) return;
    const end = index + 1 < starts.length ? starts[index + 1]! - 1 : lines.length;
    out.push(...lines.slice(record.line - 1, end).filter((line, i, all) => line !== '' || i < all.length - 1));
  });
  return `${out.join('\n')}\n`;
}

const num = (text: string | undefined): number | null => (text === undefined || text.trim() === '' ? null : Number(text));
const pad = (text: string, width: number) => text.padEnd(width, ' ');
const baseKey = (key: string) => key.replace(/_\d+$/, '');

interface Served {
  /** pathname → rows of an OData v3 entity set */
  odata: Map<string, Row[]>;
  /** WFS typeName → features */
  wfs: Map<string, Row[]>;
  /** OGC API collection id → features */
  ogc: Map<string, Row[]>;
}

/** Files of the small raw folder: the same real rows in the raw-folder layout. */
type MiniRaw = Record<string, string>;

async function deriveFromRawFolder(): Promise<{ served: Served; mini: MiniRaw; officialCrime: Map<string, number>; extractCrime: Map<string, number> }> {
  const served: Served = { odata: new Map(), wfs: new Map(), ogc: new Map() };
  const mini: MiniRaw = {};

  // 85984NED: region dimension, DataProperties (the real v3 JSON of the 2025-03-27 revision), data rows.
  const regionsText = await readRaw(KWB_FILES.regions);
  const regionsCsv = parseCsv(regionsText, KWB_FILES.regions);
  const inGemeente = (v: Record<string, string>) => v.Key!.trim() === 'NL00' || v.Municipality!.trim() === GEMEENTE;
  mini[KWB_FILES.regions] = pickRecords(regionsText, KWB_FILES.regions, inGemeente);
  const regionRows = regionsCsv.records.filter((r) => inGemeente(r.values)).map((r) => ({ ...r.values }));
  served.odata.set('/cbs/85984NED/WijkenEnBuurten', regionRows);
  const dataProperties = JSON.parse(await readRaw('statistics/cbs_85984NED_kwb2024/odata_metadata/DataProperties.json')) as Row[];
  served.odata.set('/cbs/85984NED/DataProperties', dataProperties);
  const keyOf = (column: string) => {
    const base = baseKey(column);
    const topic = dataProperties.find((p) => p.Type === 'Topic' && baseKey(String(p.Key)) === base);
    if (!topic) throw new Error(`no topic ${base} in DataProperties.json`);
    return String(topic.Key);
  };

  const typed: Row[] = [];
  const gemeenteWijkText = await readRaw(KWB_FILES.gemeenteWijk);
  const ofGemeente = (code: string) => code === GEMEENTE || code.startsWith(`WK${GEMEENTE.slice(2)}`) || code.startsWith(`BU${GEMEENTE.slice(2)}`);
  mini[KWB_FILES.gemeenteWijk] = pickRecords(gemeenteWijkText, KWB_FILES.gemeenteWijk, (v) => ofGemeente(v.Codering_3!));
  for (const record of parseCsv(gemeenteWijkText, KWB_FILES.gemeenteWijk).records.filter((r) => ofGemeente(r.values.Codering_3!))) {
    const row: Row = { ID: typed.length, WijkenEnBuurten: pad(record.values.Codering_3!, 10), [keyOf('Gemeentenaam')]: pad(GEMEENTE_NAME, 40) };
    for (const [column, value] of Object.entries(record.values)) {
      row[column === 'Codering_3' ? keyOf('Codering') : column === 'SoortRegio' ? keyOf('SoortRegio') : keyOf(column)] =
        column === 'Codering_3' || column === 'SoortRegio' ? value : num(value);
    }
    typed.push(row);
  }
  const populationText = await readRaw(KWB_FILES.buurtPopulation);
  mini[KWB_FILES.buurtPopulation] = pickRecords(populationText, KWB_FILES.buurtPopulation, (v) => ofGemeente(v.nhood_id!));
  mini[KWB_FILES.buurtNames] = pickRecords(await readRaw(KWB_FILES.buurtNames), KWB_FILES.buurtNames, (v) => ofGemeente(v.Identifier!));
  const subsetText = await readRaw(KWB_FILES.buurtSubset);
  mini[KWB_FILES.buurtSubset] = pickRecords(subsetText, KWB_FILES.buurtSubset, (v) => ofGemeente(v.WijkenEnBuurten!));
  const subset = new Map(parseCsv(subsetText, KWB_FILES.buurtSubset).records.map((r) => [r.values.WijkenEnBuurten!, r.values]));
  for (const record of parseCsv(populationText, KWB_FILES.buurtPopulation).records.filter((r) => ofGemeente(r.values.nhood_id!))) {
    const code = record.values.nhood_id!;
    const extra = subset.get(code);
    const row: Row = {
      ID: typed.length,
      WijkenEnBuurten: pad(code, 10),
      [keyOf('Gemeentenaam')]: extra?.Gemeentenaam_1 ?? pad(GEMEENTE_NAME, 40),
      [keyOf('SoortRegio')]: extra?.SoortRegio_2 ?? pad('Buurt', 10),
      [keyOf('Codering')]: extra?.Codering_3 ?? code,
      [keyOf('AantalInwoners')]: num(record.values.population),
    };
    for (const column of BUURT_TOPICS_BESIDES_POPULATION) {
      const raw = extra && Object.entries(extra).find(([key]) => baseKey(key) === column)?.[1];
      row[keyOf(column)] = extra ? num(raw) : null;
    }
    typed.push(row);
  }
  served.odata.set('/cbs/85984NED/TypedDataSet', typed);

  // 47018NED: real metadata, the real official 0.0.0 rows of 2024, and per buurt the raw extract's
  // category sums, each placed on one member category (split over two for the vandalism group) —
  // the job's task is to sum the members of each group back.
  const politieMeta = 'statistics/politie_47018NED_misdrijven_wijk_buurt_metadata';
  const propsCsv = parseCsv(await readRaw(`${politieMeta}/DataProperties.csv`), 'DataProperties.csv');
  served.odata.set(
    '/derden/47018NED/DataProperties',
    propsCsv.records.map((r) => ({ ...r.values, ID: Number(r.values.ID), ParentID: num(r.values.ParentID) })),
  );
  served.odata.set(
    '/derden/47018NED/SoortMisdrijf',
    parseCsv(await readRaw(`${politieMeta}/SoortMisdrijf.csv`), 'SoortMisdrijf.csv').records.map((r) => ({ ...r.values })),
  );
  const officialRows = parseCsv(await readRaw('statistics/politie_47018NED_misdrijven_buurt_2024/cbs_crime_test.csv'), 'cbs_crime_test.csv').records.filter(
    (r) => r.values.Perioden === '2024JJ00' && r.values.WijkenEnBuurten!.startsWith('BU'),
  );
  const officialCrime = new Map(officialRows.map((r) => [r.values.WijkenEnBuurten!.trim(), Number(r.values.GeregistreerdeMisdrijven_1)]));
  const crimeRows: Row[] = officialRows.map((r) => ({
    ...r.values,
    ID: Number(r.values.ID),
    GeregistreerdeMisdrijven_1: Number(r.values.GeregistreerdeMisdrijven_1),
  }));
  const originalText = await readRaw(CRIME_FILES.categories);
  const withCategories = (v: Record<string, string>) => officialCrime.has(v.WijkenEnBuurten!);
  mini[CRIME_FILES.categories] = pickRecords(originalText, CRIME_FILES.categories, withCategories);
  for (const record of parseCsv(originalText, CRIME_FILES.categories).records.filter((r) => withCategories(r.values))) {
    const v = record.values;
    const vandalism = Number(v.crime_vandalism);
    const part = Math.floor(vandalism / 2);
    const add = (soort: string, value: number | null) =>
      crimeRows.push({
        ID: 900000 + crimeRows.length,
        SoortMisdrijf: soort,
        WijkenEnBuurten: pad(v.WijkenEnBuurten!, 10),
        Perioden: '2024JJ00',
        GeregistreerdeMisdrijven_1: value,
      });
    add('1.1.1 ', Number(v.crime_property));
    add('1.2.3 ', 7); // not a member of any group: must not be counted
    add('1.4.3 ', Number(v.crime_violence));
    add('1.4.1 ', null); // zedenmisdrijven are hidden (null) in this table
    add('2.2.1 ', part);
    add('3.7.4 ', vandalism - part);
  }
  served.odata.set('/derden/47018NED/TypedDataSet', crimeRows);
  const extractText = await readRaw(CRIME_FILES.totals);
  mini[CRIME_FILES.totals] = pickRecords(extractText, CRIME_FILES.totals, (v) => officialCrime.has(v.WijkenEnBuurten!));
  const extractCrime = new Map(
    parseCsv(extractText, CRIME_FILES.totals).records.map((r) => [r.values.WijkenEnBuurten!, Number(r.values.GeregistreerdeMisdrijven_1)]),
  );

  // 83648NED: the extract's rows for four gemeenten; keys are CBS's gemeente codes (the extract has only names).
  const seriesKeys: Record<string, string> = { [GEMEENTE_NAME]: 'GM1680', "'s-Gravenhage (gemeente)": 'GM0518', Abcoude: 'GM0305', Ameland: 'GM0060' };
  const seriesText = await readRaw(CRIME_SERIES_FILE);
  const seriesCsv = parseCsv(seriesText, CRIME_SERIES_FILE);
  mini[CRIME_SERIES_FILE] = pickRecords(seriesText, CRIME_SERIES_FILE, (v) => v.RegioS! in seriesKeys);
  const measures = seriesCsv.header.slice(3);
  served.odata.set('/cbs/83648NED/DataProperties', [
    { ID: 0, ParentID: null, Type: 'Dimension', Key: 'SoortMisdrijf', Title: 'Soort misdrijf' },
    { ID: 1, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: "Regio's" },
    { ID: 2, ParentID: null, Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
    ...measures.map((key, i) => ({ ID: 3 + i, ParentID: null, Type: 'Topic', Key: key, Title: key })),
  ]);
  served.odata.set('/cbs/83648NED/SoortMisdrijf', [
    { Key: 'T001161', Title: 'Misdrijven, totaal', Description: '' },
    { Key: 'CRI1100', Title: 'Vermogensmisdrijven, totaal', Description: '' },
  ]);
  served.odata.set(
    '/cbs/83648NED/RegioS',
    Object.entries(seriesKeys).map(([title, key]) => ({ Key: pad(key, 8), Title: title, Description: '' })),
  );
  served.odata.set(
    '/cbs/83648NED/Perioden',
    Array.from({ length: 11 }, (_, i) => ({ Key: `${2010 + i}JJ00`, Title: String(2010 + i), Description: '', Status: 'Definitief' })),
  );
  served.odata.set(
    '/cbs/83648NED/TypedDataSet',
    seriesCsv.records
      .filter((r) => r.values.RegioS! in seriesKeys)
      .map((r, i) => ({
        ID: i,
        SoortMisdrijf: 'T001161',
        RegioS: pad(seriesKeys[r.values.RegioS!]!, 8),
        Perioden: `${r.values.Perioden}JJ00`,
        ...Object.fromEntries(measures.map((m) => [m, num(r.values[m])])),
      })),
  );

  // 85755NED: gemeente → regio rows of the raw table, in the table's topic-group layout. Code_1 and
  // Code_28/Naam_29 (provincies) are the 2024 table's keys as third-party code uses them; the group
  // titles and the veiligheidsregio / regionale-eenheid key numbers are not in the raw folder and are
  // stand-ins — the job finds the keys through the group titles, never by number.
  const regioText = await readRaw(GEMEENTE_REGIO_FILE);
  mini[GEMEENTE_REGIO_FILE] = pickRecords(regioText, GEMEENTE_REGIO_FILE, (v) => BOUNDARY_GEMEENTEN.includes(v.gemeentecode!));
  served.odata.set('/cbs/85755NED/DataProperties', [
    { ID: 0, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: "Regio's" },
    { ID: 1, ParentID: null, Type: 'TopicGroup', Key: '', Title: 'Codes en namen van gemeenten' },
    { ID: 2, ParentID: 1, Type: 'Topic', Key: 'Code_1', Title: 'Code' },
    { ID: 3, ParentID: 1, Type: 'Topic', Key: 'Naam_2', Title: 'Naam' },
    { ID: 4, ParentID: null, Type: 'TopicGroup', Key: '', Title: 'Provincies' },
    { ID: 5, ParentID: 4, Type: 'Topic', Key: 'Code_28', Title: 'Code' },
    { ID: 6, ParentID: 4, Type: 'Topic', Key: 'Naam_29', Title: 'Naam' },
    { ID: 7, ParentID: null, Type: 'TopicGroup', Key: '', Title: "Veiligheidsregio's" },
    { ID: 8, ParentID: 7, Type: 'Topic', Key: 'Code_44', Title: 'Code' },
    { ID: 9, ParentID: 7, Type: 'Topic', Key: 'Naam_45', Title: 'Naam' },
    { ID: 10, ParentID: null, Type: 'TopicGroup', Key: '', Title: 'Regionale eenheden politie' },
    { ID: 11, ParentID: 10, Type: 'Topic', Key: 'Code_50', Title: 'Code' },
    { ID: 12, ParentID: 10, Type: 'Topic', Key: 'Naam_51', Title: 'Naam' },
  ]);
  served.odata.set(
    '/cbs/85755NED/TypedDataSet',
    parseCsv(regioText, GEMEENTE_REGIO_FILE)
      .records.filter((r) => BOUNDARY_GEMEENTEN.includes(r.values.gemeentecode!))
      .map((r, i) => ({
        ID: i,
        RegioS: pad(r.values.gemeentecode!, 8),
        Code_1: pad(r.values.gemeentecode!, 10),
        Naam_2: pad(r.values.gemeentenaam!, 40),
        Code_28: pad(r.values.provincie_code!, 10),
        Naam_29: pad(r.values.provincie_naam!, 40),
        Code_44: pad(r.values.veiligheidsregio_code!, 10),
        Naam_45: pad(r.values.veiligheidsregio_naam!, 40),
        Code_50: pad(r.values.regionale_eenheid_code!, 10),
        Naam_51: pad(r.values.regionale_eenheid_naam!, 40),
      })),
  );

  // PDOK WFS: real gemeente and wijk features; buurt features are the one-buurt wijken of Almere
  // under their buurt's code and name.
  const gemeenten = JSON.parse(await readRaw(BOUNDARY_FILES.gemeente.path)) as { features: { properties: Row; geometry: unknown }[] };
  const wijken = JSON.parse(await readRaw(BOUNDARY_FILES.wijk.path)) as { features: { properties: Row; geometry: unknown }[] };
  const asWfs = (f: { properties: Row; geometry: unknown }, index: number, layer: string) => ({
    type: 'Feature',
    id: `${layer}.${index}`,
    geometry: f.geometry,
    properties: { ...f.properties, water: 'NEE' },
  });
  const servedGemeenten = gemeenten.features.filter((f) => BOUNDARY_GEMEENTEN.includes(f.properties.gemeentecode as string));
  mini[BOUNDARY_FILES.gemeente.path] = JSON.stringify({ type: 'FeatureCollection', features: servedGemeenten });
  served.wfs.set(
    'wijkenbuurten:gemeenten',
    servedGemeenten.map((f, i) => asWfs(f, i, 'gemeenten')),
  );
  const servedWijken = wijken.features.filter((f) => f.properties.gemeentecode === GEMEENTE);
  mini[BOUNDARY_FILES.wijk.path] = JSON.stringify({ type: 'FeatureCollection', features: servedWijken });
  served.wfs.set(
    'wijkenbuurten:wijken',
    servedWijken.map((f, i) => asWfs(f, i, 'wijken')),
  );
  const buurtOfWijk = new Map(
    regionsCsv.records
      .filter((r) => r.values.Key!.startsWith('BU') && ONE_BUURT_WIJKEN.includes(`WK${r.values.Key!.slice(2, 8)}`))
      .map((r) => [`WK${r.values.Key!.slice(2, 8)}`, { code: r.values.Key!.trim(), name: r.values.Title! }]),
  );
  const buurtFeatures = wijken.features
    .filter((f) => ONE_BUURT_WIJKEN.includes(f.properties.wijkcode as string))
    .map((f) => {
      const buurt = buurtOfWijk.get(f.properties.wijkcode as string)!;
      return {
        type: 'Feature',
        properties: { buurtcode: buurt.code, buurtnaam: buurt.name, wijkcode: f.properties.wijkcode, gemeentecode: f.properties.gemeentecode },
        geometry: f.geometry,
      };
    });
  mini[BOUNDARY_FILES.buurt.path] = JSON.stringify({ type: 'FeatureCollection', features: buurtFeatures });
  served.wfs.set(
    'wijkenbuurten:buurten',
    buurtFeatures.map((f, i) => asWfs(f, i, 'buurten')),
  );

  // PDOK OGC API: the raw context TopoJSON decoded back to GeoJSON features.
  const collections = {
    provincie: 'provincie_gegeneraliseerd',
    veiligheidsregio: 'veiligheidsregio_gegeneraliseerd',
    politie_eenheid: 'regionale_eenheid_gegeneraliseerd',
  } as const;
  for (const [aggregate, collection] of Object.entries(collections) as [keyof typeof CONTEXT_FILES, string][]) {
    const spec = CONTEXT_FILES[aggregate];
    const text = await readRaw(spec.path);
    mini[spec.path] = text;
    const topology = JSON.parse(text) as Topology;
    const decoded = topoFeature(topology, topology.objects[spec.object]!) as unknown as { features: { properties: Row; geometry: unknown }[] };
    served.ogc.set(
      collection,
      decoded.features.map((f, i) => ({ type: 'Feature', id: i + 1, geometry: f.geometry, properties: { ...f.properties, jaarcode: 2024 } })),
    );
  }
  return { served, mini, officialCrime, extractCrime };
}

// ── the local server ─────────────────────────────────────────────────────────────────────────────

interface Fault {
  match: (url: URL) => boolean;
  kind: '503' | 'garbled' | 'cut';
  times: number;
}

interface TestServer {
  origin: string;
  endpoints: Endpoints;
  requests: string[];
  faults: Fault[];
  close(): Promise<void>;
}

const PAGE = { odata: 25, features: 2 };

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function startServer(served: Served): Promise<TestServer> {
  const requests: string[] = [];
  const faults: Fault[] = [];
  let origin = '';
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push(url.href);
    const fault = faults.find((f) => f.times > 0 && f.match(url));
    if (fault) fault.times--;
    if (fault?.kind === '503') {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '0' });
      res.end('Service Unavailable');
      return;
    }
    let body: unknown;
    const rows = served.odata.get(url.pathname);
    const wfsMatch = url.pathname === '/pdok/cbs/wijkenbuurten/2024/wfs/v1_0';
    const ogcMatch = /^\/pdokapi\/cbs\/gebiedsindelingen\/ogc\/v1\/collections\/([^/]+)\/items$/.exec(url.pathname);
    if (rows) {
      const skip = Number(url.searchParams.get('$skip') ?? 0);
      const page: Row = {
        'odata.metadata': `${origin}${url.pathname.replace(/[^/]+$/, '')}$metadata#Cbs.OData.Entity`,
        value: rows.slice(skip, skip + PAGE.odata),
      };
      if (skip + PAGE.odata < rows.length) {
        const next = new URL(url);
        next.searchParams.set('$skip', String(skip + PAGE.odata));
        page['odata.nextLink'] = next.href;
      }
      body = page;
    } else if (wfsMatch && served.wfs.has(url.searchParams.get('typeNames') ?? '')) {
      const features = served.wfs.get(url.searchParams.get('typeNames')!)!;
      const start = Number(url.searchParams.get('startIndex') ?? 0);
      const count = Math.min(Number(url.searchParams.get('count') ?? 1000), 1000);
      const page = features.slice(start, start + count);
      body = { type: 'FeatureCollection', numberMatched: features.length, numberReturned: page.length, features: page };
    } else if (ogcMatch && served.ogc.has(ogcMatch[1]!) && url.searchParams.get('jaarcode') === '2024') {
      const features = served.ogc.get(ogcMatch[1]!)!;
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const links: Row[] = [{ rel: 'self', href: url.href, type: 'application/geo+json' }];
      if (offset + limit < features.length) {
        const next = new URL(url);
        next.searchParams.set('offset', String(offset + limit));
        links.push({ rel: 'next', href: next.href, type: 'application/geo+json' });
      }
      body = { type: 'FeatureCollection', numberReturned: Math.min(limit, features.length - offset), links, features: features.slice(offset, offset + limit) };
    } else {
      sendJson(res, 404, { 'odata.error': { code: '', message: { lang: 'en-US', value: `Resource not found for the segment '${url.pathname}'.` } } });
      return;
    }
    const text = JSON.stringify(body);
    if (fault?.kind === 'garbled') {
      // A complete HTTP response whose JSON stops halfway (a proxy that cut the body and fixed the length).
      const cut = text.slice(0, Math.floor(text.length / 2));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(cut) });
      res.end(cut);
    } else if (fault?.kind === 'cut') {
      // The connection drops after part of the announced body.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.write(text.slice(0, 40));
      setTimeout(() => res.socket?.destroy(), 5);
    } else {
      sendJson(res, 200, body);
    }
  };
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    endpoints: { cbsOData: `${origin}/cbs`, cbsThirdPartyOData: `${origin}/derden`, pdokWfs: `${origin}/pdok`, pdokApi: `${origin}/pdokapi` },
    requests,
    faults,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ── comparing reader output ──────────────────────────────────────────────────────────────────────

/** A source table without file names and line numbers, rows by code. */
function comparable(table: SourceTable) {
  return {
    name: table.name,
    sourceId: table.sourceId,
    columns: table.columns,
    rows: table.rows.map(({ code, name, values, reasons }) => ({ code, name, values, reasons })).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

const noLines = <T extends { line: number }>(items: T[]) => items.map(({ line: _line, ...rest }) => rest);

async function writeMiniRaw(files: MiniRaw): Promise<string> {
  const dir = await tempDir('mini-raw');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  return out;
}

const FAST: HttpOptions = { sleep: async () => {}, retries: 2, timeoutMs: 20_000 };

// ── tests ────────────────────────────────────────────────────────────────────────────────────────

let derived: Awaited<ReturnType<typeof deriveFromRawFolder>>;
let server: TestServer;
let miniRaw: string;
let cacheDir: string;
let firstRun: DownloadReport;

beforeAll(async () => {
  derived = await deriveFromRawFolder();
  server = await startServer(derived.served);
  miniRaw = await writeMiniRaw(derived.mini);
  cacheDir = await tempDir('cache');
  firstRun = await downloadRawData({ cacheDir, endpoints: server.endpoints, http: FAST, featurePageSize: PAGE.features });
});

afterAll(async () => {
  await server?.close();
});

describe('HTTP fetch and OData paging', () => {
  it('collects every row across odata.nextLink pages (v3), @odata.nextLink (v4) and d.__next (verbose)', async () => {
    const expected = derived.served.odata.get('/cbs/85984NED/DataProperties')!;
    const before = server.requests.length;
    const rows = await readODataRows(`${server.endpoints.cbsOData}/85984NED/DataProperties?$format=json`, { getJson: (url) => fetchJson(url, FAST) });
    expect(rows).toEqual(expected);
    expect(server.requests.length - before).toBe(Math.ceil(expected.length / PAGE.odata));

    const pages: Record<string, unknown> = {
      'https://example.test/v4/Observations': { '@odata.context': 'x', value: [{ Id: 0 }, { Id: 1 }], '@odata.nextLink': '/v4/Observations?$skip=2' },
      'https://example.test/v4/Observations?$skip=2': { value: [{ Id: 2 }] },
      'https://example.test/v2/Set': { d: { results: [{ a: 1 }], __next: 'https://example.test/v2/Set?$skiptoken=1' } },
      'https://example.test/v2/Set?$skiptoken=1': { d: { results: [{ a: 2 }, { a: 3 }] } },
    };
    const getJson = async (url: string) => pages[url];
    expect(await readODataRows('https://example.test/v4/Observations', { getJson })).toEqual([{ Id: 0 }, { Id: 1 }, { Id: 2 }]);
    expect(await readODataRows('https://example.test/v2/Set', { getJson })).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('retries a 503 and then succeeds', async () => {
    const url = `${server.endpoints.cbsOData}/83648NED/SoortMisdrijf?$format=json`;
    server.faults.push({ match: (u) => u.pathname === '/cbs/83648NED/SoortMisdrijf', kind: '503', times: 1 });
    const retries: string[] = [];
    const before = server.requests.length;
    const body = (await fetchJson(url, { ...FAST, onRetry: (info) => retries.push(info.reason) })) as { value: unknown[] };
    expect(body.value).toHaveLength(2);
    expect(server.requests.length - before).toBe(2);
    expect(retries).toEqual(['HTTP 503 Service Unavailable']);
  });

  it('gives up on a 503 that does not go away, naming URL and status', async () => {
    const url = `${server.endpoints.cbsOData}/83648NED/Perioden?$format=json`;
    server.faults.push({ match: (u) => u.pathname === '/cbs/83648NED/Perioden', kind: '503', times: 10 });
    const error = await fetchJson(url, FAST).catch((e: unknown) => e);
    server.faults.length = 0;
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toBe(`GET ${url}: failed after 3 attempts; last: HTTP 503 Service Unavailable`);
  });

  it('fails at once on a 404 with an error naming the URL and the status', async () => {
    const url = `${server.endpoints.cbsOData}/99999NED/TypedDataSet?$format=json`;
    const before = server.requests.length;
    const error = await fetchJson(url, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as DownloadError).status).toBe(404);
    expect((error as Error).message).toContain(`GET ${url}: HTTP 404 Not Found`);
    expect(server.requests.length - before).toBe(1);
  });
});

describe('download into the cache', () => {
  it('fetched every job and wrote every file the readers need, with a manifest entry per file', async () => {
    expect(firstRun.jobs.map((j) => [j.id, j.status])).toEqual(DOWNLOAD_JOBS.map((j) => [j.id, 'downloaded']));
    const manifest = JSON.parse(await readFile(join(cacheDir, CACHE_MANIFEST), 'utf8')) as {
      files: Record<string, { url: string; sha256: string; bytes: number; fetchedAt: string }>;
    };
    const outputs = DOWNLOAD_JOBS.flatMap((j) => j.outputs);
    expect(Object.keys(manifest.files).sort()).toEqual([...outputs].sort());
    for (const path of outputs) {
      const entry = manifest.files[path]!;
      expect(entry.url.startsWith(server.origin)).toBe(true);
      expect(entry.bytes).toBe((await readFile(join(cacheDir, path))).byteLength);
      expect(await new CacheFolder(cacheDir).isComplete(path)).toBe(true);
    }
    expect(await filesUnder(cacheDir)).not.toContainEqual(expect.stringMatching(/\.partial-/));
  });

  it('asked the CBS tables with the filters of the raw extracts', () => {
    const asked = server.requests.map((u) => decodeURIComponent(u.replace(/\+/g, ' ')));
    expect(asked).toContainEqual(
      expect.stringContaining(
        "/derden/47018NED/TypedDataSet?$format=json&$select=ID,SoortMisdrijf,WijkenEnBuurten,Perioden,GeregistreerdeMisdrijven_1&$filter=Perioden eq '2024JJ00' and substringof('BU',WijkenEnBuurten) and (SoortMisdrijf eq '0.0.0 ' or",
      ),
    );
    expect(asked).toContainEqual(
      expect.stringContaining('/cbs/83648NED/TypedDataSet?$format=json&$select=SoortMisdrijf,RegioS,Perioden,TotaalGeregistreerdeMisdrijven_1'),
    );
    expect(asked).toContainEqual(expect.stringContaining("$filter=SoortMisdrijf eq 'T001161' and substringof('GM',RegioS) and (Perioden eq '2010JJ00' or"));
    expect(asked).toContainEqual(expect.stringContaining('MateVanStedelijkheid_127'));
    expect(asked).toContainEqual(
      expect.stringMatching(
        /wfs\/v1_0\?service=WFS&version=2\.0\.0&request=GetFeature&typeNames=wijkenbuurten:buurten&outputFormat=application\/json&srsName=EPSG:4326&count=2&startIndex=2$/,
      ),
    );
  });

  it('reuses a complete cache: the second run makes no request', async () => {
    const before = server.requests.length;
    const second = await downloadRawData({ cacheDir, endpoints: server.endpoints, http: FAST, featurePageSize: PAGE.features });
    expect(server.requests.length).toBe(before);
    expect(second.requests).toBe(0);
    expect(second.jobs.every((j) => j.status === 'reused')).toBe(true);
  });

  it('downloads a file again when its bytes no longer match the manifest', async () => {
    const dir = await tempDir('cache-edited');
    await cp(cacheDir, dir, { recursive: true });
    await writeFile(join(dir, CRIME_SERIES_FILE), 'SoortMisdrijf,RegioS\n');
    const before = server.requests.length;
    const report = await downloadRawData({ cacheDir: dir, endpoints: server.endpoints, http: FAST, featurePageSize: PAGE.features });
    expect(report.jobs.filter((j) => j.status === 'downloaded').map((j) => j.id)).toEqual(['cbs-83648NED']);
    expect(server.requests.length).toBeGreaterThan(before);
    expect(await readFile(join(dir, CRIME_SERIES_FILE), 'utf8')).toBe(await readFile(join(cacheDir, CRIME_SERIES_FILE), 'utf8'));
  });

  it('stops on a truncated JSON page with an error naming the URL, and writes no file of that source', async () => {
    const dir = await tempDir('cache-garbled');
    server.faults.push({ match: (u) => u.pathname === '/cbs/85984NED/TypedDataSet' && u.searchParams.get('$skip') === '25', kind: 'garbled', times: 1 });
    const error = await downloadRawData({ cacheDir: dir, endpoints: server.endpoints, http: FAST, featurePageSize: PAGE.features }).catch((e: unknown) => e);
    server.faults.length = 0;
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as DownloadError).url).toMatch(/\/cbs\/85984NED\/TypedDataSet\?.*%24skip=25$/);
    expect((error as Error).message).toMatch(/response is not valid JSON, probably truncated or garbled/);
    const written = await filesUnder(dir).catch(() => []);
    expect(written).toEqual([]);
  });

  it('retries a body cut off mid-way and, when it keeps failing, leaves no half-written file', async () => {
    const dir = await tempDir('cache-cut');
    await cp(cacheDir, dir, { recursive: true });
    await writeFile(join(dir, CRIME_FILES.totals), 'stale');
    server.faults.push({ match: (u) => u.pathname === '/derden/47018NED/TypedDataSet', kind: 'cut', times: 10 });
    const error = await downloadRawData({ cacheDir: dir, endpoints: server.endpoints, http: FAST, featurePageSize: PAGE.features }).catch((e: unknown) => e);
    server.faults.length = 0;
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/derden\/47018NED\/TypedDataSet\?.*: failed after 3 attempts; last: HTTP 200, body cut off/,
    );
    // The stale file stays as it was (not complete, so the next run downloads it again); nothing partial.
    expect(await readFile(join(dir, CRIME_FILES.totals), 'utf8')).toBe('stale');
    expect(await new CacheFolder(dir).isComplete(CRIME_FILES.totals)).toBe(false);
    expect(await filesUnder(dir)).not.toContainEqual(expect.stringMatching(/\.partial-/));
  });
});

describe('the existing readers read the downloaded files like the raw-folder files they came from', () => {
  it('85984NED: region list, gemeente/wijk values, buurt values and buurt names', async () => {
    const raw = new RawFolder(miniRaw);
    const cache = new RawFolder(cacheDir);
    const fromRaw = await readKwbRegionList(raw);
    expect(fromRaw.length).toBeGreaterThan(60);
    expect(noLines(await readKwbRegionList(cache))).toEqual(noLines(fromRaw));
    const gemeenteWijk = comparable(await readKwbGemeenteWijk(raw));
    expect(gemeenteWijk.rows.length).toBe(22);
    expect(comparable(await readKwbGemeenteWijk(cache))).toEqual(gemeenteWijk);
    const buurt = comparable(await readKwbBuurt(raw));
    expect(buurt.rows.filter((r) => r.values.leeftijd_15_25 !== null).length).toBe(48);
    expect(buurt.rows.some((r) => r.values.leeftijd_15_25 === null && r.reasons.leeftijd_15_25 === 'missing_in_source')).toBe(true);
    expect(comparable(await readKwbBuurt(cache))).toEqual(buurt);
    expect([...(await readBuurtNames(cache))].map(([code, v]) => [code, v.name])).toEqual([...(await readBuurtNames(raw))].map(([code, v]) => [code, v.name]));
  });

  it('47018NED: the estimate is the official 0.0.0 total, and within 1 of the raw extract’s halved leaf sum', async () => {
    const totals = comparable(await readCrimeTotals(new RawFolder(cacheDir)));
    expect(totals.rows.length).toBe(derived.officialCrime.size);
    let equal = 0;
    for (const row of totals.rows) {
      expect(row.values.misdrijven_schatting, row.code).toBe(derived.officialCrime.get(row.code));
      const fromExtract = Math.round(derived.extractCrime.get(row.code)! / 2);
      expect(Math.abs(row.values.misdrijven_schatting! - fromExtract), row.code).toBeLessThanOrEqual(1);
      if (row.values.misdrijven_schatting === fromExtract) equal++;
    }
    expect(equal).toBe(totals.rows.length - 2); // BU16801700 and BU16801802: the extract's leaf sum is 2x−2
  });

  it('47018NED: category sums equal the raw extract’s', async () => {
    const fromRaw = comparable(await readCrimeCategories(new RawFolder(miniRaw)));
    expect(fromRaw.rows.length).toBeGreaterThan(30);
    expect(comparable(await readCrimeCategories(new RawFolder(cacheDir)))).toEqual(fromRaw);
  });

  it('83648NED: the crime series by gemeente name, with the zero-filled years recognised', async () => {
    const fromRaw = await readCrimeSeries(new RawFolder(miniRaw));
    const fromCache = await readCrimeSeries(new RawFolder(cacheDir));
    expect(fromRaw.zeroFilled).toBe(10);
    expect(fromCache.zeroFilled).toBe(fromRaw.zeroFilled);
    expect(noLines(fromCache.points)).toEqual(noLines(fromRaw.points));
  });

  it('85755NED: gemeente → provincie, veiligheidsregio and regionale eenheid', async () => {
    const strip = (m: Map<string, { line: number }>) => [...m.values()].map(({ line: _line, ...rest }) => rest);
    const fromRaw = await readGemeenteRegio(new RawFolder(miniRaw));
    expect(fromRaw.size).toBe(BOUNDARY_GEMEENTEN.length);
    expect(strip(await readGemeenteRegio(new RawFolder(cacheDir)))).toEqual(strip(fromRaw));
  });

  it('PDOK WFS: gemeente, wijk and buurt boundaries give the same TopoJSON', async () => {
    for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
      const spec = BOUNDARY_FILES[level];
      const rawText = derived.mini[spec.path]!;
      const codes = new Set((JSON.parse(rawText) as { features: { properties: Row }[] }).features.map((f) => f.properties[spec.codeProperty] as string));
      const prepare = (geojsonText: string) =>
        prepareLevelGeometry({ geojsonText, sourcePath: spec.path, codeProperty: spec.codeProperty, keepCodes: codes, keepShare: spec.keepShare });
      const fromRaw = await prepare(rawText);
      const fromCache = await prepare(await readFile(join(cacheDir, spec.path), 'utf8'));
      expect(fromRaw.features, level).toBe(codes.size);
      expect(fromCache, level).toEqual(fromRaw);
    }
    const buurten = JSON.parse(await readFile(join(cacheDir, BOUNDARY_FILES.buurt.path), 'utf8')) as { features: { properties: Row }[] };
    expect(buurten.features.map((f) => Object.keys(f.properties))).toEqual(buurten.features.map(() => ['buurtcode', 'buurtnaam', 'wijkcode', 'gemeentecode']));
  });

  it('PDOK OGC API: provincie, veiligheidsregio and regionale eenheid as TopoJSON with the same codes, names and extent', async () => {
    for (const spec of Object.values(CONTEXT_FILES)) {
      const fromRaw = await prepareContextGeometry(derived.mini[spec.path]!, spec.path, spec.object);
      const fromCache = await prepareContextGeometry(await readFile(join(cacheDir, spec.path), 'utf8'), spec.path, spec.object);
      expect(fromCache.features).toBe(fromRaw.features);
      const summary = (topojson: string) => {
        const topology = JSON.parse(topojson) as Topology;
        const collection = topoFeature(topology, topology.objects.regions!) as unknown as {
          features: { id: string; properties: { name: string }; geometry: { coordinates: unknown } }[];
        };
        return collection.features.map((f) => {
          const flat = JSON.stringify(f.geometry.coordinates)
            .match(/-?\d+(\.\d+)?/g)!
            .map(Number);
          const xs = flat.filter((_, i) => i % 2 === 0);
          const ys = flat.filter((_, i) => i % 2 === 1);
          return { id: f.id, name: f.properties.name, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
        });
      };
      const a = summary(fromRaw.topojson);
      const b = summary(fromCache.topojson);
      expect(b.map(({ id, name }) => ({ id, name }))).toEqual(a.map(({ id, name }) => ({ id, name })));
      b.forEach((feature, i) => feature.bbox.forEach((v, k) => expect(Math.abs(v - a[i]!.bbox[k]!)).toBeLessThan(0.001)));
    }
  });
});

describe('boundary layer rules', () => {
  it('WFS paging without numberMatched reads on past short pages until an empty page', async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ type: 'Feature', id: `buurten.${i}`, properties: { i }, geometry: null }));
    const asked: number[] = [];
    const getJson = async (url: string) => {
      const start = Number(new URL(url).searchParams.get('startIndex'));
      asked.push(start);
      return { type: 'FeatureCollection', features: all.slice(start, start + 3) }; // the server caps pages at 3
    };
    const { features } = await readWfsFeatures('https://wfs.test/wfs', 'wijkenbuurten:buurten', 5, { getJson });
    expect(features.map((f) => f.properties.i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(asked).toEqual([0, 3, 6, 7]);
    const stuck = async () => ({ type: 'FeatureCollection', features: all.slice(0, 3) }); // ignores startIndex
    await expect(readWfsFeatures('https://wfs.test/wfs', 'wijkenbuurten:buurten', 5, { getJson: stuck })).rejects.toThrow(
      /already on an earlier page; the server ignores startIndex/,
    );
  });

  it('drops a water polygon only when its code also has a land polygon, and rounds to 5 decimals', () => {
    const square = (x: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 52],
          [x + 0.1234567, 52],
          [x + 0.1234567, 52.1],
          [x, 52.1],
          [x, 52],
        ],
      ],
    });
    const collection = boundaryCollection(
      [
        { type: 'Feature', properties: { gemeentecode: 'GM0001', gemeentenaam: 'Land', water: 'NEE' }, geometry: square(5) },
        { type: 'Feature', properties: { gemeentecode: 'GM0001', gemeentenaam: 'Land', water: 'JA' }, geometry: square(6) },
        { type: 'Feature', properties: { gemeentecode: 'GM0002', gemeentenaam: 'Only water', water: 'JA' }, geometry: square(7) },
      ],
      'gemeente',
      'test',
    );
    expect(collection.features.map((f) => [f.properties.gemeentecode, (f.geometry!.coordinates as number[][][])[0]![1]])).toEqual([
      ['GM0001', [5.12346, 52]],
      ['GM0002', [7.12346, 52]],
    ]);
  });
});

describe('where the raw folder comes from (resolveRawDir)', () => {
  const noDownload = async (): Promise<DownloadReport> => {
    throw new Error('download must not be called');
  };

  it('--raw DIR wins over the environment, an existing shared folder and the cache', async () => {
    const repo = await tempDir('repo');
    const resolved = await resolveRawDir({
      argv: ['--raw', miniRaw],
      env: { ONDERMIJNING_RAW: RAW_DIR },
      repoRoot: repo,
      progress: silentProgress(),
      download: noDownload,
    });
    expect(resolved).toEqual({ dir: miniRaw, origin: '--raw' });
    await expect(
      resolveRawDir({ argv: ['--raw', join(repo, 'nope')], env: {}, repoRoot: repo, progress: silentProgress(), download: noDownload }),
    ).rejects.toThrow(/does not exist/);
    await expect(
      resolveRawDir({ argv: ['--raw', miniRaw, '--download'], env: {}, repoRoot: repo, progress: silentProgress(), download: noDownload }),
    ).rejects.toThrow(/exclude each other/);
  });

  it('then ONDERMIJNING_RAW, then ../shared/data/raw when present, else the download', async () => {
    const root = await tempDir('layout');
    const repo = join(root, 'main');
    await mkdir(repo, { recursive: true });
    const env = { ONDERMIJNING_RAW: miniRaw };
    expect(await resolveRawDir({ argv: [], env, repoRoot: repo, progress: silentProgress(), download: noDownload })).toEqual({
      dir: miniRaw,
      origin: 'ONDERMIJNING_RAW',
    });

    const calls: { cacheDir: string; endpoints: Endpoints }[] = [];
    const fakeDownload = async (options: { cacheDir: string; endpoints: Endpoints }): Promise<DownloadReport> => {
      calls.push(options);
      return { cacheDir: options.cacheDir, jobs: [], optional: [], requests: 0, absent: [] };
    };
    const env2 = { ATLAS_CBS_ODATA_BASE: 'http://mirror.test/odata/', ATLAS_PDOK_BASE: 'http://mirror.test/pdok' };
    const downloaded = await resolveRawDir({ argv: [], env: env2, repoRoot: repo, progress: silentProgress(), download: fakeDownload });
    expect(downloaded.origin).toBe('download cache');
    expect(downloaded.dir).toBe(join(repo, '.cache/raw'));
    // Set but empty means unset: the default cache, not the working folder.
    const emptySettings = { ...env2, ONDERMIJNING_RAW: '', ATLAS_CACHE_DIR: '' };
    const uncounted = async (o: { cacheDir: string }): Promise<DownloadReport> => ({ cacheDir: o.cacheDir, jobs: [], optional: [], requests: 0, absent: [] });
    expect(await resolveRawDir({ argv: [], env: emptySettings, repoRoot: repo, progress: silentProgress(), download: uncounted })).toEqual(downloaded);
    expect(calls[0]!.endpoints).toEqual({
      cbsOData: 'http://mirror.test/odata',
      cbsThirdPartyOData: 'http://mirror.test/odata',
      pdokWfs: 'http://mirror.test/pdok',
      pdokApi: 'http://mirror.test/pdok',
    });

    const shared = join(root, 'shared/data/raw');
    await mkdir(shared, { recursive: true });
    expect(await resolveRawDir({ argv: [], env: {}, repoRoot: repo, progress: silentProgress(), download: noDownload })).toEqual({
      dir: shared,
      origin: 'shared raw folder',
    });
    const forced = await resolveRawDir({
      argv: ['--download', '--cache-dir', join(root, 'c'), '--pdok-base', 'http://flag.test'],
      env: { ...env, ...env2 },
      repoRoot: repo,
      progress: silentProgress(),
      download: fakeDownload,
    });
    expect(forced).toMatchObject({ dir: join(root, 'c'), origin: 'download cache' });
    expect(calls[1]!.endpoints.pdokWfs).toBe('http://flag.test');
  });

  it('downloads from the configured endpoints and names the required sources no endpoint provides', async () => {
    const root = await tempDir('no-shared');
    const repo = join(root, 'main');
    await mkdir(repo, { recursive: true });
    const env = {
      ATLAS_CBS_ODATA_BASE: server.endpoints.cbsOData,
      ATLAS_CBS_THIRD_PARTY_ODATA_BASE: server.endpoints.cbsThirdPartyOData,
      ATLAS_PDOK_BASE: server.endpoints.pdokWfs,
      ATLAS_PDOK_API_BASE: server.endpoints.pdokApi,
    };
    const lines: string[] = [];
    const progress = { ...silentProgress(), line: (text: string) => lines.push(text) };
    const options = { argv: [], env, repoRoot: repo, progress, http: FAST, featurePageSize: PAGE.features };
    const error = await resolveRawDir(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    // The current sources of SOURCES.md §9–§15 are conversions from repositories, with no official endpoint here.
    const current = SOURCE_IDS.slice(SOURCE_IDS.indexOf('kwb2024_subset'), SOURCE_IDS.indexOf('rivm_gezondheid_2020') + 1);
    const expectedAbsent = ['wbk2023', 'wbk2022', 'scp_jeugdhulp_2017', 'kiesraad_tk2023', ...current];
    expect(message).toMatch(/^13 required sources are not available from an official download endpoint and absent from /);
    for (const id of expectedAbsent) expect(message).toContain(`  - ${id}: `);
    for (const file of SOURCES.filter((s) => expectedAbsent.includes(s.id)).flatMap((s) => s.files)) expect(message).toContain(`      ${file}`);
    expect((await absentSources(join(repo, '.cache/raw'))).map((s) => s.id)).toEqual(expectedAbsent);
    expect(lines[0]).toMatch(/^No raw folder \(.*shared\/data\/raw is absent\): filling .*\.cache\/raw from the official endpoints$/);

    // Placed by hand at their raw-folder paths, the absent sources complete the folder; the downloaded
    // ones are reused without a request.
    for (const file of SOURCES.filter((s) => expectedAbsent.includes(s.id)).flatMap((s) => s.files)) {
      await mkdir(dirname(join(repo, '.cache/raw', file)), { recursive: true });
      await cp(join(RAW_DIR, file), join(repo, '.cache/raw', file));
    }
    const before = server.requests.length;
    const resolved = await resolveRawDir(options);
    expect(resolved.origin).toBe('download cache');
    expect(resolved.download!.requests).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(await absentSources(resolved.dir)).toEqual([]);
  });
});
