/**
 * One level's region table (Arrow IPC from the pipeline) with cached typed columns. Numeric columns become
 * Float64Array with NaN for null, so colouring a map is one tight loop and a missing value can never be
 * mistaken for 0. Runs unchanged under Node.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { REGION_COLUMNS, dataFile, type Level } from '@atlas/contract';
import { DataError } from './errors.ts';
import type { SqlRow } from './duckdb/connector.ts';
import type { RankingQuery } from './queries.ts';

export class RegionTable {
  readonly size: number;
  readonly codes: readonly string[];
  readonly names: readonly string[];
  private readonly rows: Map<string, number>;
  private readonly numberCache = new Map<string, Float64Array>();
  private readonly stringCache = new Map<string, (string | null)[]>();
  private readonly columnNames: Set<string>;

  constructor(
    readonly level: Level,
    private readonly table: Table,
  ) {
    this.columnNames = new Set(table.schema.fields.map((f) => f.name));
    const missing = REGION_COLUMNS.filter((c) => !this.columnNames.has(c.name)).map((c) => c.name);
    if (missing.length) throw new DataError('invalid', dataFile.arrow(level), `kolommen ontbreken: ${missing.join(', ')}`);
    this.size = table.numRows;
    this.codes = this.strings('code').map((c) => c ?? '');
    this.names = this.strings('name').map((n) => n ?? '');
    this.rows = new Map(this.codes.map((c, i) => [c, i]));
  }

  static fromIPC(level: Level, bytes: Uint8Array): RegionTable {
    let table: Table;
    try {
      table = tableFromIPC(bytes);
    } catch (e) {
      throw new DataError('corrupt', dataFile.arrow(level), e instanceof Error ? e.message : 'geen geldig Arrow-bestand');
    }
    if (table.numRows === 0) throw new DataError('invalid', dataFile.arrow(level), 'tabel zonder rijen');
    return new RegionTable(level, table);
  }

  has(column: string): boolean {
    return this.columnNames.has(column);
  }

  row(code: string): number | undefined {
    return this.rows.get(code);
  }

  /** A numeric column; absent columns read as all-missing. */
  numbers(column: string): Float64Array {
    let out = this.numberCache.get(column);
    if (out) return out;
    out = new Float64Array(this.size).fill(NaN);
    const vec = this.table.getChild(column);
    if (vec) {
      for (let i = 0; i < this.size; i++) {
        const v: unknown = vec.get(i);
        if (typeof v === 'number') out[i] = v;
        else if (typeof v === 'bigint') out[i] = Number(v);
        else if (typeof v === 'boolean') out[i] = v ? 1 : 0;
      }
    }
    this.numberCache.set(column, out);
    return out;
  }

  strings(column: string): (string | null)[] {
    let out = this.stringCache.get(column);
    if (out) return out;
    const vec = this.table.getChild(column);
    out = new Array<string | null>(this.size);
    for (let i = 0; i < this.size; i++) {
      const v: unknown = vec?.get(i);
      out[i] = v === null || v === undefined ? null : String(v);
    }
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
    const f = q.filters ?? {};
    const fold = (s: string): string =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
    const text = f.text?.trim() ? fold(f.text.trim()) : null;
    const prov = f.provincieCode ? this.strings('provincie_code') : null;
    const within = f.within ? this.strings(f.within.column) : null;
    const nonNull = f.nonNullColumn ? this.numbers(f.nonNullColumn) : null;
    const idx: number[] = [];
    for (let i = 0; i < this.size; i++) {
      if (text && !fold(this.names[i]!).includes(text)) continue;
      if (prov && prov[i] !== f.provincieCode) continue;
      if (within && within[i] !== f.within!.code) continue;
      if (nonNull && Number.isNaN(nonNull[i]!)) continue;
      idx.push(i);
    }
    const sortNumeric = this.table.getChild(q.orderBy) !== null && !['name', 'code', 'gemeente_name', 'wijk_name'].includes(q.orderBy);
    const sign = q.direction === 'asc' ? 1 : -1;
    if (sortNumeric) {
      const v = this.numbers(q.orderBy);
      idx.sort((a, b) => {
        const va = v[a]!;
        const vb = v[b]!;
        const na = Number.isNaN(va);
        const nb = Number.isNaN(vb);
        if (na !== nb) return na ? 1 : -1; // missing last, whatever the direction
        if (!na && va !== vb) return sign * (va - vb);
        return this.names[a]!.localeCompare(this.names[b]!, 'nl') || this.codes[a]!.localeCompare(this.codes[b]!);
      });
    } else {
      const s = this.strings(q.orderBy);
      idx.sort((a, b) => {
        const sa = s[a];
        const sb = s[b];
        if ((sa === null) !== (sb === null)) return sa === null ? 1 : -1;
        return sign * (sa ?? '').localeCompare(sb ?? '', 'nl') || this.codes[a]!.localeCompare(this.codes[b]!);
      });
    }
    const start = q.offset ?? 0;
    const cols = ['code', 'name', 'gemeente_code', 'gemeente_name', 'wijk_name', 'population', ...q.columns];
    const rows = idx.slice(start, start + q.limit).map((i) => {
      const row: SqlRow = {};
      for (const c of cols) row[c] = c === 'population' || !this.isText(c) ? this.number(c, i) : this.string(c, i);
      return row;
    });
    return { rows, total: idx.length };
  }

  private isText(column: string): boolean {
    const type = this.table.schema.fields.find((f) => f.name === column)?.type;
    return type ? /Utf8|Dictionary/.test(String(type)) : true;
  }
}

/**
 * The factor between numerator/denominator and the published value (100 for %, 1000 for "per 1.000").
 * The manifest gives the formula as text only, so the factor is read back from the data: the median of
 * value × den / num, snapped to a power of ten when it is one. NaN when the indicator is not a rate.
 */
export function inferScale(values: Float64Array, numerators: Float64Array, denominators: Float64Array): number {
  const ratios: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const n = numerators[i]!;
    const d = denominators[i]!;
    if (Number.isFinite(v) && Number.isFinite(n) && Number.isFinite(d) && n !== 0 && d !== 0) ratios.push((v * d) / n);
  }
  if (ratios.length === 0) return NaN;
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  const power = 10 ** Math.round(Math.log10(median));
  return Math.abs(median - power) / power < 0.01 ? power : median;
}
