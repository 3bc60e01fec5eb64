/**
 * Indicator values of politie-eenheden, veiligheidsregio's, provincies and Nederland, summed from the gemeente
 * table in memory: a few hundred rows, a millisecond. Before, DuckDB-WASM answered this, and comparing provincies
 * waited about 1.3 s for the database to start (headless Chromium here). The rows are those the SQL in
 * memory-aggregates.test.ts gives in DuckDB, key for key.
 *
 * Value = Σ numerator / Σ denominator × scale over the gemeenten that have both — never a mean of rates, which
 * would weigh a village like a city. Coverage = inhabitants in those gemeenten / all inhabitants; below the
 * minimum coverage the value is null.
 */
import { col, type Aggregate, type IndicatorId } from '@atlas/contract';
import { byCodePoint } from './collation.ts';
import type { SqlRow } from './duckdb/connector.ts';

export interface AggregatableIndicator {
  id: IndicatorId;
  /** Factor from numerator/denominator to the published value (100 for %, 1000 for "per 1.000"). */
  scale: number;
}

export interface AggregateQuery {
  /** Which grouping; null = all gemeenten together (the national value from counts). */
  aggregate: Aggregate | null;
  indicators: readonly AggregatableIndicator[];
  /** Only this one aggregate region. */
  code?: string;
  /** Share of the inhabitants that must live in gemeenten with a value (else the value is null). */
  minCoverage: number;
}

/** What aggregating reads of a gemeente RegionTable. */
export interface AggregatableTable {
  readonly size: number;
  strings(column: string): (string | null)[];
  numbers(column: string): Float64Array;
}

interface Group {
  code: string;
  name: string | null;
  rows: number[];
}

function groups(table: AggregatableTable, q: AggregateQuery): Group[] {
  if (!q.aggregate) return [{ code: 'NL', name: 'Nederland', rows: Array.from({ length: table.size }, (_, i) => i) }];
  const codes = table.strings(`${q.aggregate}_code`);
  const names = table.strings(`${q.aggregate}_name`);
  const byCode = new Map<string, Group>();
  codes.forEach((code, row) => {
    if (code === null || (q.code !== undefined && code !== q.code)) return;
    let group = byCode.get(code);
    if (!group) byCode.set(code, (group = { code, name: null, rows: [] }));
    group.name ??= names[row] ?? null;
    group.rows.push(row);
  });
  return [...byCode.values()];
}

/** A sum of the present values in row order, or null when none is present (SQL's SUM). */
function sum(values: Float64Array, rows: readonly number[], include: (row: number) => boolean): number | null {
  let total: number | null = null;
  for (const row of rows) {
    const v = values[row] ?? NaN;
    if (include(row) && !Number.isNaN(v)) total = (total ?? 0) + v;
  }
  return total;
}

export function aggregateInMemory(table: AggregatableTable, q: AggregateQuery): SqlRow[] {
  const population = table.numbers('population');
  const all = () => true;
  const out = groups(table, q).map((group): SqlRow => {
    const inhabitants = sum(population, group.rows, all);
    const row: SqlRow = { code: group.code, name: group.name, regions: group.rows.length, population: inhabitants };
    for (const ind of q.indicators) {
      const num = table.numbers(col.numerator(ind.id));
      const den = table.numbers(col.denominator(ind.id));
      const has = (r: number) => !Number.isNaN(num[r] ?? NaN) && !Number.isNaN(den[r] ?? NaN);
      const numerator = sum(num, group.rows, has);
      const denominator = sum(den, group.rows, has);
      const covered = sum(population, group.rows, has) ?? 0;
      const coverage = inhabitants !== null && inhabitants > 0 ? covered / inhabitants : null;
      row[col.numerator(ind.id)] = numerator;
      row[col.denominator(ind.id)] = denominator;
      row[`${ind.id}__coverage`] = coverage;
      row[col.value(ind.id)] =
        numerator !== null && denominator !== null && denominator > 0 && coverage !== null && coverage >= q.minCoverage
          ? (numerator / denominator) * ind.scale
          : null;
    }
    return row;
  });
  // in DuckDB's ORDER BY name
  return out.sort((a, b) => byCodePoint(String(a['name']), String(b['name'])));
}
