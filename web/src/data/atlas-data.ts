/**
 * The app's one data-access module. The UI asks questions here; it never fetches files or writes SQL itself.
 * First paint needs only the manifest, the gemeente first-view slice (or gemeente.arrow) and gemeente.topojson
 * (the app's own Arrow reader, no database); DuckDB-WASM starts in the background and answers the ranking table once it is ready.
 */
import { AGGREGATES, col, dataFile, type Aggregate, type IndicatorManifest, type Level, type Manifest, type TableSlice } from '@atlas/contract';
import type { Connector, SqlRow } from './duckdb/connector.ts';
import { DataError, DatabaseError } from './errors.ts';
import { fetchBytes, type Fetcher } from './fetch.ts';
import { parseTopology, type RegionGeometry, type TopologyOptions } from './geometry.ts';
import { signal } from '../instrumentation/signals.ts';
import { insertRegionTable, prefetchRankWriter } from './load-table.ts';
import { Catalogue } from './manifest.ts';
import { aggregateInMemory, type AggregatableIndicator } from './memory-aggregates.ts';
import { rankingCountSql, rankingSql, type RankingQuery } from './queries.ts';
import { RegionTable } from './region-table.ts';
import { TrendTable, trendFile, type TrendRows } from './trends.ts';

/** An aggregate gets a value only when at least this share of its inhabitants lives in gemeenten with one. */
export const AGGREGATE_MIN_COVERAGE = 0.9;

export type AggregateReason = 'not_aggregatable' | 'incomplete_coverage' | null;

export interface AggregateValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Share of inhabitants in gemeenten with a value (0–1). */
  coverage: number | null;
  reason: AggregateReason;
}

export interface AggregateRegion {
  code: string;
  name: string;
  /** Number of gemeenten. */
  regions: number;
  population: number | null;
  values: Record<string, AggregateValue>;
}

/** 'weights': sorted in memory because custom weights changed the theme scores (web/src/weights). */
export type RankingResult = { rows: SqlRow[]; total: number; engine: 'duckdb' | 'memory' | 'weights' };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Indicators whose gemeente values add up to an aggregate: those the manifest marks aggregatable on the
 * gemeente level with a scale (value = numerator / denominator × scale). A measure has no scale.
 */
export function aggregatableIndicators(manifest: Manifest): AggregatableIndicator[] {
  return manifest.indicators.flatMap((ind) => {
    const onGemeente = summable(ind);
    return onGemeente ? [{ id: ind.id, scale: onGemeente.scale }] : [];
  });
}

/** The indicator's gemeente level when aggregates can sum it (marked aggregatable, with a scale); null otherwise. */
function summable(indicator: Pick<IndicatorManifest, 'levels'>): { scale: number } | null {
  const onGemeente = indicator.levels.find((l) => l.level === 'gemeente');
  return onGemeente?.aggregatable && onGemeente.scale !== null ? { scale: onGemeente.scale } : null;
}

/** Whether aggregates (RIEC-regio's, veiligheidsregio's, provincies) have the indicator: summed from the gemeenten. */
export const aggregatable = (indicator: Pick<IndicatorManifest, 'levels'>): boolean => summable(indicator) !== null;

/** Errors from the database path, as the error the UI can put into Dutch; a file's own DataError stays one. */
const asDatabaseError = (e: unknown): Error => (e instanceof DataError || e instanceof DatabaseError ? e : new DatabaseError(e));

export class AtlasData {
  readonly catalogue: Catalogue;
  private readonly tables = new Map<Level, Promise<RegionTable>>();
  private readonly slices = new Map<string, Promise<RegionTable>>();
  private readonly tableBytes = new Map<Level, Uint8Array>();
  private readonly geometries = new Map<string, Promise<RegionGeometry>>();
  private db: Promise<Connector> | null = null;
  private dbReady = false;
  private readonly dbTables = new Map<Level, Promise<void>>();
  private readonly trendTables = new Map<TrendRows, Promise<TrendTable>>();

  constructor(
    readonly manifest: Manifest,
    private readonly fetcher: Fetcher,
    private readonly connect: () => Promise<Connector>,
  ) {
    this.catalogue = new Catalogue(manifest);
  }

  get databaseReady(): boolean {
    return this.dbReady;
  }

  table(level: Level): Promise<RegionTable> {
    let p = this.tables.get(level);
    if (!p) {
      p = fetchBytes(dataFile.arrow(level), this.fetcher, this.manifest).then((bytes) => {
        const { table: expected, absent } = this.catalogue.levelColumns(level);
        const table = RegionTable.fromIPC(level, bytes, expected, absent);
        // Kept until DuckDB has ingested it, so the database never fetches a file twice.
        this.tableBytes.set(level, bytes);
        // Loading ahead of need; a failure is retried and reported by the query that needs the table.
        if (this.db) void this.ensureDbTable(level).catch(() => undefined);
        return table;
      });
      p.catch(() => this.tables.delete(level)); // a retry may succeed
      this.tables.set(level, p);
    }
    return p;
  }

  /**
   * A slice of the level's table (contract TABLE_SLICES): the first map's colouring ('first-view') or a summary's
   * theme scores ('themes'). Null when the build publishes no such slice or a view of the data changes its values
   * (atlasView). The level's columns it leaves out are not there (`has` is false): whatever else a page reads waits
   * for `table`. Once the full table is asked for, that is the answer.
   */
  slice(level: Level, name: TableSlice): Promise<RegionTable> | null {
    const full = this.tables.get(level);
    if (full) return full;
    const path = dataFile.sliceArrow(level, name);
    if (!this.catalogue.publishes(path)) return null;
    let p = this.slices.get(path);
    if (!p) {
      // the columns the level leaves out read as they do in the full table ('not_on_level' reasons included)
      const { slices, absent } = this.catalogue.levelColumns(level);
      p = fetchBytes(path, this.fetcher, this.manifest).then((bytes) => RegionTable.fromIPC(level, bytes, slices[name], absent, path));
      p.catch(() => this.slices.delete(path));
      this.slices.set(path, p);
    }
    return p;
  }

  /**
   * What a page that reads only a slice's columns asks for: the slice, or the full table where there is none (see
   * `slice`). A slice that cannot be read gives the full table, with the slice's failure (`unread`) for the page to
   * name, as the map does for its first view.
   */
  async sliceOrTable(level: Level, name: TableSlice): Promise<{ table: RegionTable; unread: unknown }> {
    const slice = this.slice(level, name);
    if (slice) {
      try {
        return { table: await slice, unread: null };
      } catch (error) {
        return { table: await this.table(level), unread: error };
      }
    }
    return { table: await this.table(level), unread: null };
  }

  /**
   * The published time series, fetched on first use: trends.arrow, or with `rows` 'gemeente' only the gemeenten's
   * and Nederland's rows (trends-gemeente.arrow, 5 % of the rows, for a gemeente's trends), unless the whole table
   * is already asked for or no such file is published.
   */
  trends(rows: TrendRows = 'all'): Promise<TrendTable> {
    const whole = this.trendTables.get('all');
    if (whole || rows === 'all' || !this.catalogue.publishes(trendFile('gemeente'))) return whole ?? this.trendTable('all');
    return this.trendTable('gemeente');
  }

  private trendTable(rows: TrendRows): Promise<TrendTable> {
    let p = this.trendTables.get(rows);
    if (!p) {
      p = fetchBytes(trendFile(rows), this.fetcher, this.manifest).then((bytes) => TrendTable.fromIPC(bytes, rows));
      p.catch(() => this.trendTables.delete(rows)); // a retry may succeed
      this.trendTables.set(rows, p);
    }
    return p;
  }

  /** The level's geometry; rejects with a DataError when the level has none. */
  geometry(level: Level): Promise<RegionGeometry> {
    // Gemeenten are drawn as lines over the wijk and buurt maps.
    return this.topology(dataFile.geometry(level), { borders: level === 'gemeente' });
  }

  context(aggregate: Aggregate): Promise<RegionGeometry> {
    return this.topology(dataFile.context(aggregate), { borders: true });
  }

  private topology(path: string, options: TopologyOptions): Promise<RegionGeometry> {
    let p = this.geometries.get(path);
    if (!p) {
      p = fetchBytes(path, this.fetcher, this.manifest).then((bytes) => {
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder().decode(bytes));
        } catch {
          return parseTopology(path, null);
        }
        return parseTopology(path, json, options);
      });
      p.catch(() => this.geometries.delete(path));
      this.geometries.set(path, p);
    }
    return p;
  }

  /**
   * Start DuckDB-WASM (once) and load the gemeente table; other levels are added when they are loaded.
   * Rejects with a DatabaseError (or the DataError of a file it needed).
   */
  database(): Promise<Connector> {
    if (!this.db) {
      this.db = (async () => {
        try {
          prefetchRankWriter();
          const conn = await this.connect();
          await this.insert(conn, 'gemeente');
          this.dbReady = true;
          for (const level of this.tableBytes.keys()) void this.ensureDbTable(level).catch(() => undefined);
          return conn;
        } catch (e) {
          throw asDatabaseError(e);
        }
      })();
      this.db.catch(() => {
        this.db = null;
      });
    }
    return this.db;
  }

  private insert(conn: Connector, level: Level): Promise<void> {
    let p = this.dbTables.get(level);
    if (!p) {
      p = this.table(level).then(async (table) => {
        const bytes = this.tableBytes.get(level);
        if (!bytes) throw new Error(`table ${level} not loaded`);
        await insertRegionTable(conn, table, bytes);
        this.tableBytes.delete(level);
        signal.tableInDatabase(level);
      });
      p.catch(() => this.dbTables.delete(level));
      this.dbTables.set(level, p);
    }
    return p;
  }

  private async ensureDbTable(level: Level): Promise<void> {
    await this.insert(await this.database(), level);
  }

  /** Run queries once the database (and the level's table) is loaded; every failure rejects, as a DatabaseError. */
  private async inDatabase<T>(level: Level, work: (conn: Connector) => Promise<T>): Promise<T> {
    try {
      const conn = await this.database();
      await this.insert(conn, level);
      return await work(conn);
    } catch (e) {
      throw asDatabaseError(e);
    }
  }

  /**
   * Indicator values for politie-eenheden / veiligheidsregio's / provincies (or, with `aggregate` null, the
   * whole country), summed from gemeente counts in memory (memory-aggregates.ts): no database needed.
   */
  async aggregates(aggregate: Aggregate | null, code?: string): Promise<AggregateRegion[]> {
    const aggregatable = aggregatableIndicators(this.manifest);
    const gemeenten = await this.table('gemeente');
    const rows = aggregateInMemory(gemeenten, { aggregate, indicators: aggregatable, minCoverage: AGGREGATE_MIN_COVERAGE, ...(code ? { code } : {}) });
    const ids = new Set(aggregatable.map((a) => a.id));
    return rows.map((r) => {
      const values: Record<string, AggregateValue> = {};
      for (const ind of this.manifest.indicators) {
        if (!ids.has(ind.id)) {
          values[ind.id] = { value: null, numerator: null, denominator: null, coverage: null, reason: 'not_aggregatable' };
          continue;
        }
        const value = num(r[col.value(ind.id)]);
        values[ind.id] = {
          value,
          numerator: num(r[col.numerator(ind.id)]),
          denominator: num(r[col.denominator(ind.id)]),
          coverage: num(r[`${ind.id}__coverage`]),
          reason: value === null ? 'incomplete_coverage' : null,
        };
      }
      return { code: String(r['code']), name: String(r['name']), regions: num(r['regions']) ?? 0, population: num(r['population']), values };
    });
  }

  /**
   * Sorted, filtered rows: the same query in memory until DuckDB is ready, then DuckDB (both in one Dutch
   * order, see collation.ts). Once the database answers, its failure rejects as a DatabaseError rather than
   * being hidden behind the other engine.
   */
  async ranking(q: RankingQuery): Promise<RankingResult> {
    if (this.dbReady) {
      const [rows, count] = await this.inDatabase(q.level, (conn) => Promise.all([conn.query(rankingSql(q)), conn.query(rankingCountSql(q))]));
      return { rows, total: num(count[0]?.['n']) ?? rows.length, engine: 'duckdb' };
    }
    const table = await this.table(q.level);
    return { ...table.rank(q), engine: 'memory' };
  }
}

export const isAggregate = (kind: string): kind is Aggregate => (AGGREGATES as readonly string[]).includes(kind);
