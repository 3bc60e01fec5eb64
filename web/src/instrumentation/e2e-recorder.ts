/**
 * `window.__atlas`: read-only signals for end-to-end tests and benchmarks, so they wait on facts
 * (first map drawn, database ready) instead of sleeping.
 *
 *   ready         first choropleth drawn (manifest + gemeente table + geometry, without DuckDB)
 *   duckdbReady   DuckDB-WASM started and the gemeente table loaded into it
 *   firstMapMs    ms from navigation start to the first drawn choropleth
 *   lastRenderMs  ms from the last user change (theme, indicator, level, measure) to the frame that shows it
 *   lastChange    what that change was, e.g. "indicator" or "level"
 *   mapLevel      level drawn on the map ('gemeente' | 'wijk' | 'buurt')
 *   renders       number of choropleth colour updates drawn
 *   error         Dutch error text when a data file failed, else undefined
 */
export interface AtlasHooks {
  ready: boolean;
  duckdbReady: boolean;
  firstMapMs?: number;
  lastRenderMs?: number;
  lastChange?: string;
  mapLevel?: string;
  renders: number;
  error?: string;
}

declare global {
  interface Window {
    __atlas: AtlasHooks;
  }
}

const hooks: AtlasHooks = { ready: false, duckdbReady: false, renders: 0 };
if (typeof window !== 'undefined') window.__atlas = hooks;

let pending: { label: string; t0: number } | null = null;

/** Call when the user changes what the map shows; the next drawn frame completes the measurement. */
export function markChange(label: string): void {
  pending = { label, t0: performance.now() };
}

/** Call after the map has drawn new colours. */
export function markRendered(mapLevel: string): void {
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
}

export function setHook<K extends keyof AtlasHooks>(key: K, value: AtlasHooks[K]): void {
  hooks[key] = value;
}
