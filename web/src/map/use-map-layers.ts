/**
 * The files the map page draws from, loaded in the order a first map within a second needs: the gemeente
 * table (its first-view slice when that can draw the map) and geometry and the provincie lines first; the shown
 * level and what the selection needs when they change; the full table of a level drawn from its slice right
 * after the first map; then, in the background, DuckDB-WASM, every level's table (search, buurt lists) and the
 * wijk and buurt geometry, so zooming in switches level without waiting.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LEVELS, type Aggregate, type Level } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { dataErrorMessage } from '../data/errors.ts';
import type { RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { aggregateIndex, levelOfCode } from '../data/regions.ts';
import { signal } from '../instrumentation/signals.ts';
import { recordGeometry, recordTable, recordTableFailure } from './loaded-levels.ts';

export type AggregateIndex = ReturnType<typeof aggregateIndex>;

export interface MapLayers {
  tables: Partial<Record<Level, RegionTable>>;
  /** First-view tables (AtlasData.slice(level, 'first-view')): for colouring the map only; every other view reads `tables`. */
  firstViews: Partial<Record<Level, RegionTable>>;
  geos: Partial<Record<Level, RegionGeometry>>;
  contexts: Partial<Record<Aggregate, RegionGeometry>>;
  /** Politie-eenheden, veiligheidsregio's and provincies by code, from the gemeente table. */
  aggregates: AggregateIndex;
  /** Dutch error text per failed file ("table-wijk", "geo-gemeente", "context-provincie"). */
  errors: Readonly<Record<string, string>>;
  /** Why DuckDB-WASM did not start (the table then sorts in memory). */
  databaseError: string | null;
}

interface Needs {
  /** The level drawn on the map, and the one asked for (buurt, when there is no buurt map to draw). */
  mapLevel: Level;
  requested: Level;
  selection: string | null;
  /** True once the first map is on screen: only then does the background loading start. */
  firstMap: boolean;
  /** Whether the map can be drawn from its level's first-view table (see first-view.ts). */
  firstView: boolean;
}

/** However long the first map takes (no WebGL, a slow machine), the full tables are asked for by then. */
const FULL_TABLES_AT_LATEST_MS = 3000;

const NO_AGGREGATES: AggregateIndex = new Map();

/** After the main thread's current work (at most 1.5 s later). */
export const idle = (fn: () => void): void => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
};

/** Sets `key` in a record state unless it already holds that value (no re-render for a cached answer). */
const put =
  <K extends string, V>(key: K, value: V) =>
  <S extends Partial<Record<K, V>>>(p: S): S =>
    p[key] === value ? p : { ...p, [key]: value };

export function useMapLayers(data: AtlasData, { mapLevel, requested, selection, firstMap, firstView }: Needs): MapLayers {
  const buurtMap = data.catalogue.hasGeometry('buurt');
  const [tables, setTables] = useState<Partial<Record<Level, RegionTable>>>({});
  // Kept with the data they came from: with other weights (a new `data`) the published slices colour nothing.
  const [firstViews, setFirstViews] = useState<{ of: AtlasData | null; tables: Partial<Record<Level, RegionTable>> }>({ of: null, tables: {} });
  const [fullDue, setFullDue] = useState(false);
  const [geos, setGeos] = useState<Partial<Record<Level, RegionGeometry>>>({});
  const [contexts, setContexts] = useState<Partial<Record<Aggregate, RegionGeometry>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [databaseError, setDatabaseError] = useState<string | null>(null);

  /** Settle one file into its state; a failure is kept under `errorKey` in Dutch, and `onError` is told. */
  const settle = useCallback(<V>(promise: Promise<V>, errorKey: string, onValue: (value: V) => void, onError?: () => void) => {
    promise.then(onValue, (e: unknown) => {
      const message = dataErrorMessage(e);
      signal.dataError(message);
      setErrors(put(errorKey, message));
      onError?.();
    });
  }, []);
  // `data` is a new object when the weights change (weightedAtlas): a table that arrives for an older `data`
  // is dropped, and every level loaded so far is asked again, so no level keeps the scores of other weights.
  const current = useRef(data);
  const tableLevels = useRef(new Set<Level>());
  const loadTable = useCallback(
    (level: Level) => {
      tableLevels.current.add(level);
      settle(
        data.table(level),
        `table-${level}`,
        (tbl) => {
          if (current.current !== data) return;
          setTables(put(level, tbl));
          recordTable(level, tbl);
        },
        () => recordTableFailure(level),
      );
    },
    [data, settle],
  );
  useEffect(() => {
    if (current.current === data) return;
    current.current = data;
    for (const level of tableLevels.current) loadTable(level);
  }, [data, loadTable]);
  const loadGeo = useCallback(
    (level: Level) => {
      if (level !== 'buurt' || buurtMap)
        settle(data.geometry(level), `geo-${level}`, (g) => {
          setGeos(put(level, g));
          recordGeometry(level, g);
        });
    },
    [data, settle, buurtMap],
  );
  const loadContext = useCallback((kind: Aggregate) => settle(data.context(kind), `context-${kind}`, (g) => setContexts(put(kind, g))), [data, settle]);

  // Until the first map is drawn its level's full table waits, when the first-view slice can draw that map.
  const sliceFirst = firstView && !firstMap && !fullDue;
  useEffect(() => {
    if (!sliceFirst) return;
    const id = setTimeout(() => setFullDue(true), FULL_TABLES_AT_LATEST_MS);
    return () => clearTimeout(id);
  }, [sliceFirst]);
  useEffect(() => {
    loadGeo(mapLevel);
  }, [mapLevel, loadGeo]);
  useEffect(() => {
    const slice = sliceFirst ? data.slice(mapLevel, 'first-view') : null;
    if (!slice) {
      loadTable(mapLevel);
      return;
    }
    // a slice that cannot be read is reported, and the full table draws the map instead
    settle(
      slice,
      `first-view-${mapLevel}`,
      (tbl) => {
        if (current.current === data)
          setFirstViews((p) => (p.of === data ? { of: data, tables: put(mapLevel, tbl)(p.tables) } : { of: data, tables: { [mapLevel]: tbl } }));
      },
      () => loadTable(mapLevel),
    );
  }, [mapLevel, sliceFirst, data, loadTable, settle]);
  useEffect(() => {
    if (!sliceFirst) loadTable('gemeente');
  }, [sliceFirst, loadTable]);
  useEffect(() => {
    loadContext('provincie');
  }, [loadContext]);
  useEffect(() => {
    if (requested === 'buurt') loadTable('buurt');
  }, [requested, loadTable]);

  const gemeente = tables.gemeente;
  const aggregates = useMemo(() => (gemeente ? aggregateIndex(gemeente) : NO_AGGREGATES), [gemeente]);
  const selectionLevel = selection ? levelOfCode(selection) : null;
  const selectionAggregate = selection && !selectionLevel ? aggregates.get(selection)?.kind : undefined;
  useEffect(() => {
    if (selectionLevel) {
      loadTable(selectionLevel);
      // A buurt without a buurt map is shown as its wijk.
      loadGeo(selectionLevel === 'buurt' && !buurtMap ? 'wijk' : selectionLevel);
    }
    if (selectionAggregate) loadContext(selectionAggregate);
  }, [selectionLevel, selectionAggregate, loadTable, loadGeo, loadContext, buurtMap]);

  // Everything else waits until the first map is on screen, so it does not compete with the first view for
  // the network and the main thread.
  const backgroundStarted = useRef(false);
  // The idle callback runs later: it must load with the weights in force then, not those of the first map.
  const latest = useRef({ data, loadTable, loadGeo });
  useEffect(() => {
    latest.current = { data, loadTable, loadGeo };
  }, [data, loadTable, loadGeo]);
  useEffect(() => {
    if (!firstMap || backgroundStarted.current) return;
    backgroundStarted.current = true;
    idle(() => {
      const { data, loadTable, loadGeo } = latest.current;
      data.database().then(signal.databaseReady, (e: unknown) => setDatabaseError(dataErrorMessage(e)));
      for (const level of LEVELS) loadTable(level);
      loadGeo('wijk');
      loadGeo('gemeente');
      // The gemeente borders drawn over the wijk and buurt maps, meshed now (~6 ms) rather than in the frame of the
      // first switch there; a failed file is reported by loadGeo.
      data.geometry('gemeente').then(
        (g) => idle(() => g.borders?.()),
        () => undefined,
      );
      // Parsed ahead (≈ 3 MB of TopoJSON), so zooming in to buurten only hands polygons to MapLibre.
      loadGeo('buurt');
    });
  }, [firstMap]);

  return { tables, firstViews: firstViews.of === data ? firstViews.tables : {}, geos, contexts, aggregates, errors, databaseError };
}

/** The errors that leave the map blank (its own table or geometry), and the others. */
export function mapErrors(errors: Readonly<Record<string, string>>, mapLevel: Level): { fatal: string | null; soft: string[] } {
  const own = [`table-${mapLevel}`, `geo-${mapLevel}`];
  return {
    fatal: own.map((k) => errors[k]).find((m) => m !== undefined) ?? null,
    soft: Object.entries(errors)
      .filter(([k]) => !own.includes(k))
      .map(([, m]) => m),
  };
}
