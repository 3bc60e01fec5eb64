/**
 * MapLibre, loaded once (maplibre-runtime.ts): the map page asks for it when the app starts on it (startMapLibre, which
 * also starts its worker), when the map is made, or ahead of a visit from another page (prefetchMapLibre, code only).
 * A failed load is reported where the map is made (MapView); the early calls drop it.
 */
import type * as Runtime from './maplibre-runtime.ts';

type MapLibre = typeof Runtime;

let loading: Promise<MapLibre> | null = null;

/** A failed load is forgotten, so the next call (the map being made after a prefetch in a network blip) tries again. */
export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('./maplibre-runtime.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export const startMapLibre = (): void =>
  void loadMapLibre().then(
    (m) => m.startWorker(),
    () => undefined,
  );

export const prefetchMapLibre = (): void => void loadMapLibre().catch(() => undefined);
