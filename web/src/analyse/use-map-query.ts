/**
 * The map page's side of "Toon op kaart": the address carries the query (?sql=…), the map runs it again in
 * the analyse database and draws its numeric column over the level's regions with the usual legend rules.
 * A link to such a map is therefore the query itself: nothing else needs to be stored.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Manifest } from '@atlas/contract';
import type { SqlRow } from '../data/duckdb/connector.ts';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';
import { useSearch } from '../routing/address.ts';
import { QUERY_PARAM } from '../weights/foreign-params.ts';
import { withColumns } from '../weights/table-view.ts';
import { mapTarget, type MapTarget } from './map-target.ts';
import { sharedEngine } from './shared-engine.ts';
import type { QueryResult } from './sql-engine.ts';

export const QUERY_COLUMN = 'analyse__value';
const QUERY_REASON = 'analyse__reason';

export interface MapQuery {
  sql: string;
  /** Null while the query runs or when it failed. */
  display: Display | null;
  target: MapTarget | null;
  error: string | null;
  /** The level's table with the query's values as column QUERY_COLUMN (unchanged without a result). */
  view(table: RegionTable | null): RegionTable | null;
}

const queryDisplay = (target: MapTarget, decimals: number): Display => ({
  kind: 'value',
  column: QUERY_COLUMN,
  reasonColumn: QUERY_REASON,
  reverse: false,
  decimals,
  unit: '',
  title: t('analyse.map.title', { column: target.valueColumn }),
  subtitle: t('analyse.map.subtitle'),
  missingLabel: t('analyse.map.missing'),
  proxy: false,
  indicator: null,
});

// The map page and its banner both ask for the address's query: one run serves both.
let lastRun: { manifest: Manifest; sql: string; result: Promise<QueryResult> } | null = null;
function runOnce(manifest: Manifest, sql: string): Promise<QueryResult> {
  if (lastRun?.manifest === manifest && lastRun.sql === sql) return lastRun.result;
  const run = { manifest, sql, result: sharedEngine(manifest).run(sql) };
  // Only an answer is kept: a run stopped on /analyse (Stop ends every run of the shared database) or one that
  // failed there is asked again the next time the map shows this query.
  run.result.catch(() => {
    if (lastRun === run) lastRun = null;
  });
  lastRun = run;
  return run.result;
}

export function useMapQuery(manifest: Manifest): MapQuery | null {
  const sql = new URLSearchParams(useSearch()).get(QUERY_PARAM);
  const [state, setState] = useState<{ sql: string; result: QueryResult | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!sql) return;
    let live = true;
    runOnce(manifest, sql).then(
      (result) => live && setState({ sql, result, error: null }),
      (e: unknown) => live && setState({ sql, result: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [sql, manifest]);
  const current = state && state.sql === sql ? state : null;
  const target = useMemo(() => (current?.result ? mapTarget(current.result.columns, current.result.rows) : null), [current]);
  const display = useMemo(() => {
    if (!target || !current?.result) return null;
    // Whole numbers (counts, inhabitants) keep the legend free of ",00".
    const whole = current.result.rows.every((r) => typeof r[target.valueColumn] !== 'number' || Number.isInteger(r[target.valueColumn]));
    return queryDisplay(target, whole ? 0 : 2);
  }, [target, current]);
  const rows = current?.result?.rows;
  const view = useMemo(() => {
    const views = new WeakMap<RegionTable, RegionTable>();
    return (table: RegionTable | null): RegionTable | null => {
      if (!table || !target || !rows || table.level !== target.level) return table;
      let v = views.get(table);
      if (!v) views.set(table, (v = withQueryColumn(table, target, rows)));
      return v;
    };
  }, [target, rows]);
  const error = current?.error ? t('analyse.map.failed', { message: current.error }) : current && !target ? t('analyse.map.notMappable') : null;
  return useMemo(() => (sql ? { sql, target, display, error, view } : null), [sql, target, display, error, view]);
}

/** The query's value per region of the table (NaN where the result has none). */
function withQueryColumn(table: RegionTable, target: MapTarget, rows: readonly SqlRow[]): RegionTable {
  const values = new Float64Array(table.size).fill(Number.NaN);
  for (const r of rows) {
    const i = table.row(String(r[target.codeColumn]));
    const v = r[target.valueColumn];
    if (i !== undefined && typeof v === 'number') values[i] = v;
  }
  return withColumns(table, new Map([[QUERY_COLUMN, values]]), new Map([[QUERY_REASON, new Array<string | null>(table.size).fill(null)]]));
}
