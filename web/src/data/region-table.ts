/**
 * One level's region table (Arrow IPC from the pipeline) with cached typed columns. Numeric columns become
 * Float64Array with NaN for null, so colouring a map is one tight loop and a missing value can never be
 * mistaken for 0. A column the contract leaves out of this level (an indicator not on the level, an interval
 * an indicator's method does not have) reads as missing, its reason as 'not_on_level'. Runs unchanged under Node.
 */
import { REGION_COLUMNS, dataFile, type ColumnSpec, type Level } from '@atlas/contract';
import type { ArrowTable } from './arrow/arrow-table.ts';
import { dutchRanks, type CollatedColumn } from './collation.ts';
import { readCheckedTable } from './column-check.ts';
import type { SqlRow } from './duckdb/connector.ts';
import { DataError } from './errors.ts';
import { rankInMemory } from './memory-ranking.ts';
import type { RankingQuery } from './queries.ts';

/** A column of the full contract that this level's table leaves out, and the text it reads as (see absentLevelColumns). */
export type AbsentColumn = ColumnSpec & { fill: string | null };

export class RegionTable {
  readonly size: number;
  readonly codes: readonly string[];
  readonly names: readonly string[];
  private readonly rows: Map<string, number>;
  private readonly numberCache = new Map<string, Float64Array>();
  private readonly stringCache = new Map<string, (string | null)[]>();
  private readonly rankCache = new Map<CollatedColumn, Float64Array>();
  private readonly columnNames: Set<string>;
  private readonly absent: ReadonlyMap<string, AbsentColumn>;

  constructor(
    readonly level: Level,
    private readonly table: ArrowTable,
    absent: readonly AbsentColumn[] = [],
  ) {
    this.columnNames = new Set(table.fields.map((f) => f.name));
    this.absent = new Map(absent.filter((c) => !this.columnNames.has(c.name)).map((c) => [c.name, c]));
    const missing = REGION_COLUMNS.filter((c) => !this.columnNames.has(c.name)).map((c) => c.name);
    if (missing.length) throw new DataError('invalid', dataFile.arrow(level), `kolommen ontbreken: ${missing.join(', ')}`);
    this.size = table.numRows;
    this.codes = this.strings('code').map((c) => c ?? '');
    this.names = this.strings('name').map((n) => n ?? '');
    this.rows = new Map(this.codes.map((c, i) => [c, i]));
  }

  /**
   * Reads a published table; its columns must be `columns` (names and types), else a DataError names the column.
   * `absent`: the contract's columns this level leaves out, answered as missing instead of read.
   */
  static fromIPC(
    level: Level,
    bytes: Uint8Array,
    columns: readonly ColumnSpec[],
    absent: readonly AbsentColumn[] = [],
    file = dataFile.arrow(level),
  ): RegionTable {
    const table = readCheckedTable(file, bytes, columns);
    if (table.numRows === 0) throw new DataError('invalid', file, 'tabel zonder rijen');
    return new RegionTable(level, table, absent);
  }

  /** Whether the table answers for the column: it holds it, or the contract leaves it out of this level. */
  has(column: string): boolean {
    return this.columnNames.has(column) || this.absent.has(column);
  }

  /** The contract's columns this level leaves out (for the database, which must answer for them too). */
  get absentColumns(): readonly AbsentColumn[] {
    return [...this.absent.values()];
  }

  row(code: string): number | undefined {
    return this.rows.get(code);
  }

  /** A numeric column; absent columns read as all-missing. */
  numbers(column: string): Float64Array {
    let out = this.numberCache.get(column);
    if (out) return out;
    out = this.table.numbers(column) ?? new Float64Array(this.size).fill(NaN);
    this.numberCache.set(column, out);
    return out;
  }

  strings(column: string): (string | null)[] {
    let out = this.stringCache.get(column);
    if (out) return out;
    const fill = this.absent.get(column)?.fill ?? null;
    out = this.table.strings(column) ?? new Array<string | null>(this.size).fill(fill);
    this.stringCache.set(column, out);
    return out;
  }

  /** Rows whose string column equals `value`, in table order: a gemeente's wijken, a wijk's buurten. */
  rowsWhere(column: string, value: string): number[] {
    const values = this.strings(column);
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (values[i] === value) out.push(i);
    return out;
  }

  number(column: string, row: number): number | null {
    const v = this.numbers(column)[row];
    return v === undefined || Number.isNaN(v) ? null : v;
  }

  string(column: string, row: number): string | null {
    return this.strings(column)[row] ?? null;
  }

  /** The same answer as `rankingSql` through DuckDB, for when the database is not (yet) available. */
  rank(q: RankingQuery): { rows: SqlRow[]; total: number } {
    return rankInMemory(this, q);
  }

  /** Dutch rank of each row's name in a name column (see collation.ts), computed on first use. */
  ranks(column: CollatedColumn): Float64Array {
    let out = this.rankCache.get(column);
    if (!out) this.rankCache.set(column, (out = dutchRanks(this.strings(column))));
    return out;
  }

  /** Whether a column holds text (plain or dictionary-encoded); an absent column reads as text, all null. */
  isText(column: string): boolean {
    const field = this.table.field(column);
    if (field) return field.type.kind === 'utf8' || field.dictionary !== null;
    const spec = this.absent.get(column);
    return spec ? spec.type === 'string' || spec.type === 'category' : true;
  }
}
