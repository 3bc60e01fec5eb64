/**
 * Each level's polygons and table as they load (or fail), outside React state, so the map can hand them to its
 * hidden sources before a switch needs them and its names can wait for the gemeente table without the page
 * re-rendering for either. use-map-layers.ts records; MapView and places.ts listen.
 */
import type { Level } from '@atlas/contract';
import type { RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';

function perLevel<V>() {
  const values = new Map<Level, V>();
  const listeners = new Set<(level: Level, value: V) => void>();
  return {
    /** Calls back for every level that has a value now (in the order they came), then for each that comes. */
    on(listener: (level: Level, value: V) => void): () => void {
      for (const [level, value] of values) listener(level, value);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: (level: Level): V | undefined => values.get(level),
    set(level: Level, value: V): void {
      if (values.get(level) === value) return;
      values.set(level, value);
      for (const listener of listeners) listener(level, value);
    },
  };
}

const geometries = perLevel<RegionGeometry>();
const tables = perLevel<RegionTable>();
/** Levels whose table failed to load (one that loads after all, with new weights, still counts: tableSettled). */
const failures = perLevel<true>();

export const onGeometryLoaded = geometries.on;
export const onTableLoaded = tables.on;
export const loadedGeometryOf = geometries.get;
export const loadedTableOf = tables.get;
export const recordGeometry = geometries.set;
export const recordTable = tables.set;
export const recordTableFailure = (level: Level): void => failures.set(level, true);

/**
 * A level's table once it has loaded, or undefined once it has failed to: what waits for it (the gemeente names,
 * ranked by inhabitants) then goes on without it instead of waiting for ever. At once when either has happened.
 */
export function tableSettled(level: Level): Promise<RegionTable | undefined> {
  const loaded = tables.get(level);
  if (loaded) return Promise.resolve(loaded);
  if (failures.get(level) !== undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    // on() calls back at once only for other levels (this one has neither yet), so both stops exist when used
    const done = (table: RegionTable | undefined): void => {
      stopLoaded();
      stopFailed();
      resolve(table);
    };
    const stopLoaded = tables.on((other, table) => other === level && done(table));
    const stopFailed = failures.on((other) => other === level && done(undefined));
  });
}
