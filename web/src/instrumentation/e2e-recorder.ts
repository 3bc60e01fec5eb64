/**
 * `window.__atlas`: read-only signals for end-to-end tests and benchmarks, so they wait on facts
 * (first map drawn, database ready) instead of sleeping. Loaded only in builds made with VITE_E2E_HOOKS=1
 * (see signals.ts); the production bundle does not contain this module.
 *
 *   ready         first choropleth drawn (manifest + gemeente table + geometry, without DuckDB)
 *   duckdbReady   DuckDB-WASM started and the gemeente table loaded into it
 *   firstMapMs    ms from navigation start to the first drawn choropleth
 *   lastRenderMs  ms from the last user change (theme, indicator, level, measure) to the frame that shows it
 *   lastChange    what that change was, e.g. "indicator" or "level"
 *   mapLevel      level drawn on the map ('gemeente' | 'wijk' | 'buurt')
 *   renders       number of choropleth colour updates drawn
 *   hatches       number of times the hatch that follows those colours was drawn
 *   prepared      levels whose polygons and hatch were handed to the map ahead of a switch (and indexed)
 *   inDatabase    levels whose table DuckDB-WASM has loaded
 *   named         levels whose names are on the map, with how they rank: "gemeente:inhabitants", "wijk:area"
 *   error         Dutch error text when a data file failed, else undefined
 */
import type { SignalRecorder } from './signal-recorder.ts';

export interface AtlasHooks {
  ready: boolean;
  duckdbReady: boolean;
  firstMapMs?: number;
  lastRenderMs?: number;
  lastChange?: string;
  mapLevel?: string;
  renders: number;
  hatches: number;
  prepared: string[];
  inDatabase: string[];
  named: string[];
  error?: string;
}

declare global {
  interface Window {
    __atlas: AtlasHooks;
  }
}

export function createRecorder(): SignalRecorder {
  const hooks: AtlasHooks = { ready: false, duckdbReady: false, renders: 0, hatches: 0, prepared: [], inDatabase: [], named: [] };
  window.__atlas = hooks;
  let pending: { label: string; t0: number } | null = null;
  return {
    markChange(label) {
      pending = { label, t0: performance.now() };
    },
    markRendered(mapLevel) {
      const now = performance.now();
      hooks.renders += 1;
      hooks.mapLevel = mapLevel;
      if (!hooks.ready) {
        hooks.ready = true;
        hooks.firstMapMs = Math.round(now);
      }
      if (pending) {
        hooks.lastRenderMs = Math.round((now - pending.t0) * 10) / 10;
        hooks.lastChange = pending.label;
        pending = null;
      }
    },
    markHatchDrawn() {
      hooks.hatches += 1;
    },
    markPrepared(level) {
      if (!hooks.prepared.includes(level)) hooks.prepared.push(level);
    },
    markNamed(level, rankedBy) {
      hooks.named.push(`${level}:${rankedBy}`);
    },
    tableInDatabase(level) {
      if (!hooks.inDatabase.includes(level)) hooks.inDatabase.push(level);
    },
    databaseReady() {
      hooks.duckdbReady = true;
    },
    dataError(message) {
      hooks.error = message;
    },
  };
}
