/**
 * The app's one data-access module. The UI asks questions here; it never fetches files or writes SQL itself.
 * First paint needs only the manifest, gemeente.arrow and gemeente.topojson (apache-arrow, no database);
 * DuckDB-WASM starts in the background and answers aggregates and the ranking table once it is ready.
 */
import { AGGREGATES, col, dataFile, type Aggregate, type Level, type Manifest } from '@atlas/contract';
import type { Connector, SqlRow } from './duckdb/connector.ts';
import { fetchBytes, fetchJson, type Fetcher } from './fetch.ts';
import { parseTopology, type RegionGeometry } from './geometry.ts';
import { Catalogue } from './manifest.ts';
import { aggregateSql, rankingCountSql, rankingSql, tableName, type AggregatableIndicator, type RankingQuery } from './queries.ts';
import { RegionTable, inferScale } from './region-table.ts';
import { TrendTable } from './trends.ts';

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

export type RankingResult = { rows: SqlRow[]; total: number; engine: 'duckdb' | 'memory' };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export class AtlasData {
  readonly catalogue: Catalogue;
  private readonly tables = new Map<Level, Promise<RegionTable>>();
  private readonly tableBytes = new Map<Level, Uint8Array>();
  private readonly geometries = new Map<string, Promise<RegionGeometry>>();
  private db: Promise<Connector> | null = null;
  private dbReady = false;
  private readonly dbTables = new Map<Level, Promise<void>>();
  private scaleCache: Map<string, number> | null = null;
  private trendTable: Promise<TrendTable> | null = null;

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
        const table = RegionTable.fromIPC(level, bytes);
        // Kept until DuckDB has ingested it, so the database never fetches a file twice.
        this.tableBytes.set(level, bytes);
        if (this.db) void this.ensureDbTable(level).catch(() => undefined);
        return table;
      });
      p.catch(() => this.tables.delete(level)); // a retry may succeed
      this.tables.set(level, p);
    }
    return p;
  }

  /** The published time series (trends.arrow), fetched on first use. */
  trends(): Promise<TrendTable> {
    if (!this.trendTable) {
      const p = fetchBytes(dataFile.trendsArrow, this.fetcher, this.manifest).then((bytes) => TrendTable.fromIPC(bytes));
      p.catch(() => {
        if (this.trendTable === p) this.trendTable = null; // a retry may succeed
      });
      this.trendTable = p;
    }
    return this.trendTable;
  }

  /** The level's geometry; rejects with a DataError when the level has none. */
  geometry(level: Level): Promise<RegionGeometry> {
    return this.topology(dataFile.geometry(level));
  }

  context(aggregate: Aggregate): Promise<RegionGeometry> {
    return this.topology(dataFile.context(aggregate));
  }

  private topology(path: string): Promise<RegionGeometry> {
    let p = this.geometries.get(path);
    if (!p) {
      p = fetchBytes(path, this.fetcher, this.manifest).then((bytes) => {
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder().decode(bytes));
        } catch {
          return parseTopology(path, null);
        }
        return parseTopology(path, json);
      });
      p.catch(() => this.geometries.delete(path));
      this.geometries.set(path, p);
    }
    return p;
  }

  /** Start DuckDB-WASM (once) and load the gemeente table; other levels are added when they are loaded. */
  database(): Promise<Connector> {
    if (!this.db) {
      this.db = (async () => {
        const conn = await this.connect();
        await this.table('gemeente');
        await this.insert(conn, 'gemeente');
        this.dbReady = true;
        for (const level of this.tableBytes.keys()) void this.ensureDbTable(level).catch(() => undefined);
        return conn;
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
      const bytes = this.tableBytes.get(level);
      if (!bytes) return Promise.reject(new Error(`table ${level} not loaded`));
      p = conn.insertArrowIPC(tableName(level), bytes).then(() => {
        this.tableBytes.delete(level);
      });
      p.catch(() => this.dbTables.delete(level));
      this.dbTables.set(level, p);
    }
    return p;
  }

  private async ensureDbTable(level: Level): Promise<void> {
    const conn = await this.database();
    await this.table(level);
    await this.insert(conn, level);
  }

  /** Factor from num/den to value per indicator, read back from the gemeente table (see inferScale). */
  private async scales(): Promise<Map<string, number>> {
    if (this.scaleCache) return this.scaleCache;
    const t = await this.table('gemeente');
    this.scaleCache = new Map(
      this.manifest.indicators.map((ind) => [
        ind.id,
        inferScale(t.numbers(col.value(ind.id)), t.numbers(col.numerator(ind.id)), t.numbers(col.denominator(ind.id))),
      ]),
    );
    return this.scaleCache;
  }

  /**
   * Indicator values for politie-eenheden / veiligheidsregio's / provincies (or, with `aggregate` null, the
   * whole country), summed from gemeente counts by DuckDB.
   */
  async aggregates(aggregate: Aggregate | null, code?: string): Promise<AggregateRegion[]> {
    const conn = await this.database();
    const scales = await this.scales();
    const aggregatable: AggregatableIndicator[] = [];
    for (const ind of this.manifest.indicators) {
      const scale = scales.get(ind.id) ?? NaN;
      const onGemeente = ind.levels.find((l) => l.level === 'gemeente');
      if (onGemeente?.aggregatable !== false && Number.isFinite(scale)) aggregatable.push({ id: ind.id, scale });
    }
    const rows = await conn.query(aggregateSql({ aggregate, indicators: aggregatable, minCoverage: AGGREGATE_MIN_COVERAGE, ...(code ? { code } : {}) }));
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

  /** Sorted, filtered rows: DuckDB when it is ready, else the same query in memory. */
  async ranking(q: RankingQuery): Promise<RankingResult> {
    if (this.dbReady) {
      try {
        await this.ensureDbTable(q.level);
        const conn = await this.database();
        const [rows, count] = await Promise.all([conn.query(rankingSql(q)), conn.query(rankingCountSql(q))]);
        return { rows, total: num(count[0]?.['n']) ?? rows.length, engine: 'duckdb' };
      } catch {
        // Fall through to the in-memory path: the table must keep working without the database.
      }
    }
    const table = await this.table(q.level);
    return { ...table.rank(q), engine: 'memory' };
  }
}

export const isAggregate = (kind: string): kind is Aggregate => (AGGREGATES as readonly string[]).includes(kind);
