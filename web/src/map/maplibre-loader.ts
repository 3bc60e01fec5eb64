/** MapLibre, loaded once (maplibre-runtime.ts): the map page asks for it when the app starts on it, or when it opens. */
import type * as Runtime from './maplibre-runtime.ts';

type MapLibre = typeof Runtime;

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('./maplibre-runtime.ts');
  return loading;
}
