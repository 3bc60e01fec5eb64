import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { NATIONAL_CODE, TREND_COLUMNS, col, dataFile, manifestSchema, sliceColumns, type Manifest } from '@atlas/contract';
import { manifest as fixtureManifest } from '../../../tests/support/export-fixture.ts';
import { levelRegionIpc, tableIpc } from '../../../tests/support/region-ipc.ts';
import { weightedAtlas } from '../weights/weighted-atlas.ts';
import { weightKey } from '../weights/weights-url.ts';
import { AtlasData, aggregatableIndicators } from './atlas-data.ts';
import type { Connector } from './duckdb/connector.ts';
import { createNodeConnector } from './duckdb/node-connector.ts';
import { DatabaseError, dataErrorMessage } from './errors.ts';
import type { Fetcher } from './fetch.ts';
import { CRIME_RATE_SERIES } from './trends.ts';

// The export fixture's catalogue: `inkomen` a % on gemeenten (scale 100, aggregatable), `jeugdhulp` a wijk measure.
const { ipc } = levelRegionIpc(
  fixtureManifest.indicators,
  fixtureManifest.themes.map((th) => th.id),
  'gemeente',
  [
    { code: 'GM0001', name: 'Zuidhorn', level: 'gemeente', population: 1000, inkomen: 10, inkomen__num: 100, inkomen__den: 1000 },
    { code: 'GM0002', name: "'s-Gravenhage", level: 'gemeente', population: 3000, inkomen: 20, inkomen__num: 600, inkomen__den: 3000 },
    { code: 'GM0003', name: 'aalten', level: 'gemeente', population: 500, inkomen: 20, inkomen__num: 100, inkomen__den: 500 },
  ],
);
const manifest: Manifest = {
  ...fixtureManifest,
  files: [
    { path: dataFile.arrow('gemeente'), kind: 'table-arrow', level: 'gemeente', bytes: ipc.byteLength, sha256: createHash('sha256').update(ipc).digest('hex') },
  ],
};
// A static host in a function: it serves the published bytes by path, as the real one does.
const fetcher: Fetcher = async (url) => {
  const path = url.replace(/^.*\/data\//, '');
  return path === dataFile.arrow('gemeente') ? new Response(ipc.slice()) : new Response('niet gevonden', { status: 404 });
};

describe('the rate scale', () => {
  it('comes from the manifest, per indicator on the gemeente level; a measure has none', () => {
    expect(aggregatableIndicators(manifest)).toEqual([{ id: 'inkomen', scale: 100 }]);
  });
});

describe('AtlasData with DuckDB (node)', () => {
  const connectors: Connector[] = [];
  const connect = async (): Promise<Connector> => {
    const conn = await createNodeConnector();
    connectors.push(conn);
    return conn;
  };
  afterAll(async () => Promise.all(connectors.map((c) => c.close())));

  it('answers the ranking in memory first, then in DuckDB, in the same Dutch order', async () => {
    const data = new AtlasData(manifest, fetcher, connect);
    const q = { level: 'gemeente', columns: ['inkomen'], orderBy: 'inkomen', direction: 'desc', limit: 10 } as const;
    const memory = await data.ranking(q);
    expect(memory.engine).toBe('memory');
    // Equal values tie to the Dutch name order: 's-Gravenhage before aalten.
    expect(memory.rows.map((r) => r['code'])).toEqual(['GM0002', 'GM0003', 'GM0001']);
    await data.database();
    const duckdb = await data.ranking(q);
    expect(duckdb).toEqual({ ...memory, engine: 'duckdb' });
  });

  it('answers for an indicator not on the level as missing with reason not_on_level, in memory and in DuckDB alike', async () => {
    const data = new AtlasData(manifest, fetcher, connect);
    const table = await data.table('gemeente');
    // jeugdhulp is a wijk indicator: the gemeente table leaves its columns out, and reading them never gives 0
    expect(table.has('jeugdhulp')).toBe(true);
    expect(table.number('jeugdhulp', 0)).toBeNull();
    expect(table.string('jeugdhulp__reason', 0)).toBe('not_on_level');
    expect(table.number('jeugdhulp__gi', 0)).toBeNull();
    const q = { level: 'gemeente', columns: ['jeugdhulp', 'jeugdhulp__reason', 'inkomen__lo'], orderBy: 'jeugdhulp', direction: 'desc', limit: 10 } as const;
    const memory = await data.ranking(q);
    expect(memory.rows.map((r) => [r['jeugdhulp'], r['jeugdhulp__reason'], r['inkomen__lo']])).toEqual(Array(3).fill([null, 'not_on_level', null]));
    await data.database();
    expect(await data.ranking(q)).toEqual({ ...memory, engine: 'duckdb' });
  });

  it('sums aggregates with the manifest’s scale', async () => {
    const data = new AtlasData(manifest, fetcher, connect);
    const [nl] = await data.aggregates(null);
    expect(nl?.values['inkomen']?.value).toBeCloseTo((800 / 4500) * 100, 10);
    expect(nl?.values['jeugdhulp']?.reason).toBe('not_aggregatable');
  });

  it('reports a failing database query in Dutch instead of quietly answering from memory', async () => {
    const data = new AtlasData(manifest, fetcher, connect);
    await data.database();
    const failed = data.ranking({ level: 'gemeente', columns: [], orderBy: 'bestaat_niet', direction: 'asc', limit: 10 });
    await expect(failed).rejects.toBeInstanceOf(DatabaseError);
    const message = dataErrorMessage(await failed.catch((e: unknown) => e));
    expect(message).toMatch(/^De database in de browser kon niet starten; .*bestaat_niet/);
  });

  it('reports a database that does not start; the sums and the table need none', async () => {
    const data = new AtlasData(manifest, fetcher, () => Promise.reject(new Error('geen WebAssembly')));
    await expect(data.database()).rejects.toBeInstanceOf(DatabaseError);
    expect((await data.aggregates(null))[0]?.values['inkomen']?.value).toBeCloseTo((800 / 4500) * 100, 10);
    // The table itself still reads from memory: the file is fine, only the database is not.
    expect((await data.ranking({ level: 'gemeente', columns: [], orderBy: 'name', direction: 'asc', limit: 1 })).rows[0]?.['code']).toBe('GM0002');
  });
});

describe('a slice of a table (the first view)', () => {
  const themes = fixtureManifest.themes.map((th) => th.id);
  const rows = [
    { code: 'GM0001', name: 'Zuidhorn', level: 'gemeente', population: 1000, inkomen: 10, inkomen__lo: 8, [col.theme(themes[0]!)]: 40 },
    { code: 'GM0002', name: 'Aalten', level: 'gemeente', population: 20, inkomen__reason: 'below_min_population' },
  ];
  const slice = tableIpc(sliceColumns('first-view', fixtureManifest.indicators, themes, 'gemeente'), rows);
  const full = levelRegionIpc(fixtureManifest.indicators, themes, 'gemeente', rows).ipc;
  const listed = (path: string, kind: 'table-arrow' | 'slice-arrow', bytes: Uint8Array) => ({
    path,
    kind,
    level: 'gemeente' as const,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  const sliceManifest: Manifest = {
    ...fixtureManifest,
    files: [listed(dataFile.arrow('gemeente'), 'table-arrow', full), listed(dataFile.sliceArrow('gemeente', 'first-view'), 'slice-arrow', slice)],
  };
  const fetched: string[] = [];
  const host: Fetcher = async (url) => {
    const path = url.replace(/^.*\/data\//, '');
    fetched.push(path);
    const bytes = path === dataFile.arrow('gemeente') ? full : path === dataFile.sliceArrow('gemeente', 'first-view') ? slice : null;
    return bytes ? new Response(bytes.slice()) : new Response('niet gevonden', { status: 404 });
  };
  const noDatabase = () => Promise.reject(new Error('not needed'));

  it('holds the published values and reasons of its columns, without fetching the full table; the level’s others are not there', async () => {
    fetched.length = 0;
    const table = await new AtlasData(sliceManifest, host, noDatabase).slice('gemeente', 'first-view');
    expect(fetched).toEqual([dataFile.sliceArrow('gemeente', 'first-view')]);
    expect(Array.from(table?.numbers('inkomen') ?? [])).toEqual([10, NaN]);
    expect(table?.strings('inkomen__reason')).toEqual([null, 'below_min_population']);
    expect(table?.number(col.theme(themes[0]!), 0)).toBe(40);
    expect(table?.has('inkomen__pct')).toBe(false);
    // an indicator not on gemeenten reads as in the full table
    expect(table?.strings('jeugdhulp__reason')).toEqual(['not_on_level', 'not_on_level']);
  });

  it('or the full table where the slice cannot be read, with the slice’s failure to name; the full table where none is published', async () => {
    const sliceMissing: Fetcher = (url) =>
      url.endsWith(dataFile.sliceArrow('gemeente', 'first-view')) ? Promise.resolve(new Response('weg', { status: 404 })) : host(url);
    const fallback = await new AtlasData(sliceManifest, sliceMissing, noDatabase).sliceOrTable('gemeente', 'first-view');
    expect(fallback.table.has('inkomen__pct')).toBe(true);
    expect(dataErrorMessage(fallback.unread)).toContain(dataFile.sliceArrow('gemeente', 'first-view'));
    const read = await new AtlasData(sliceManifest, host, noDatabase).sliceOrTable('gemeente', 'first-view');
    expect([read.table.has('inkomen__pct'), read.unread]).toEqual([false, null]);
    const none = await new AtlasData({ ...sliceManifest, files: sliceManifest.files.filter((f) => f.kind !== 'slice-arrow') }, host, noDatabase).sliceOrTable(
      'gemeente',
      'first-view',
    );
    expect([none.table.has('inkomen__pct'), none.unread]).toEqual([true, null]);
  });

  it('is read from an older build’s data folder too, whose manifest calls the same file first-view-arrow', async () => {
    const older = manifestSchema.parse({
      ...sliceManifest,
      files: sliceManifest.files.map((f) => (f.kind === 'slice-arrow' ? { ...f, kind: 'first-view-arrow' } : f)),
    });
    const table = await new AtlasData(older, host, noDatabase).slice('gemeente', 'first-view');
    expect(table?.number(col.theme(themes[0]!), 0)).toBe(40);
  });

  it('is the full table once that was asked for, and none where the manifest lists no slice or the values are reweighted', async () => {
    const data = new AtlasData(sliceManifest, host, noDatabase);
    const table = data.table('gemeente');
    expect(data.slice('gemeente', 'first-view')).toBe(table);
    expect(new AtlasData(manifest, fetcher, noDatabase).slice('gemeente', 'first-view')).toBeNull();
    expect(
      weightedAtlas(new AtlasData(sliceManifest, host, noDatabase), new Map([[weightKey(themes[0]!, 'inkomen'), 3]])).slice('gemeente', 'first-view'),
    ).toBeNull();
  });
});

describe('the time series', () => {
  const trendRow = (code: string, year: number, value: number) => ({ code, name: code, series: CRIME_RATE_SERIES, year, value });
  const whole = tableIpc(TREND_COLUMNS, [trendRow('GM0001', 2023, 10), trendRow('WK000101', 2023, 12), trendRow(NATIONAL_CODE, 2023, 11)]);
  const gemeenten = tableIpc(TREND_COLUMNS, [trendRow('GM0001', 2023, 10), trendRow(NATIONAL_CODE, 2023, 11)]);
  const trendManifest: Manifest = {
    ...fixtureManifest,
    files: [
      { path: dataFile.trendsArrow, kind: 'trends-arrow', bytes: whole.byteLength, sha256: createHash('sha256').update(whole).digest('hex') },
      {
        path: dataFile.trendsGemeenteArrow,
        kind: 'trends-gemeente-arrow',
        bytes: gemeenten.byteLength,
        sha256: createHash('sha256').update(gemeenten).digest('hex'),
      },
    ],
  };
  const fetched: string[] = [];
  const host: Fetcher = async (url) => {
    const path = url.replace(/^.*\/data\//, '');
    fetched.push(path);
    const bytes = path === dataFile.trendsArrow ? whole : path === dataFile.trendsGemeenteArrow ? gemeenten : null;
    return bytes ? new Response(bytes.slice()) : new Response('niet gevonden', { status: 404 });
  };
  const noDatabase = () => Promise.reject(new Error('not needed'));

  it('for a gemeente are its rows and Nederland’s, from the smaller file; once the whole table is asked for, that one', async () => {
    fetched.length = 0;
    const data = new AtlasData(trendManifest, host, noDatabase);
    const forGemeente = await data.trends('gemeente');
    expect(fetched).toEqual([dataFile.trendsGemeenteArrow]);
    expect(forGemeente.has(CRIME_RATE_SERIES, 'GM0001') && forGemeente.has(CRIME_RATE_SERIES, NATIONAL_CODE)).toBe(true);
    expect(forGemeente.has(CRIME_RATE_SERIES, 'WK000101')).toBe(false);
    // so a wijk's trends must not be drawn from it while the whole table loads (use-trend-table.ts)
    expect([forGemeente.covers('gemeente'), forGemeente.covers('all')]).toEqual([true, false]);
    const all = await data.trends();
    expect(all.has(CRIME_RATE_SERIES, 'WK000101')).toBe(true);
    expect(await data.trends('gemeente')).toBe(all);
    expect([all.covers('gemeente'), all.covers('all')]).toEqual([true, true]);
    expect(fetched).toEqual([dataFile.trendsGemeenteArrow, dataFile.trendsArrow]);
  });

  it('is the whole table where no gemeente file is published', async () => {
    fetched.length = 0;
    const data = new AtlasData({ ...trendManifest, files: trendManifest.files.slice(0, 1) }, host, noDatabase);
    expect((await data.trends('gemeente')).has(CRIME_RATE_SERIES, 'WK000101')).toBe(true);
    expect(fetched).toEqual([dataFile.trendsArrow]);
  });
});
