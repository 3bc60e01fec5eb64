/**
 * MapLibre's code (1 MB of JavaScript), in a chunk of its own that only the map page loads: index.html, the map
 * page's shell, preloads it (vite.config.ts); a gemeente's summary, /vergelijk and /methode do not fetch or compile
 * it, unless the reader points at or tabs to a link to the map (MapLink.tsx fetches it then). Imported through
 * loadMapLibre (maplibre-loader.ts), never statically (eslint.config.js), or it would join the app's chunks.
 */
import { Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 locates its worker next to its own module; after bundling that guess is wrong, so we point it
// at the worker file Vite copied into the build (same origin, allowed by worker-src 'self').
setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker (once; later calls do nothing): on the map page as soon as this code is in, not when the
 * map is made, as it is on the first map's path. Not on import: a prefetch from another page must not start it.
 */
export const startWorker = (): void => void prewarm();

export { MapLibreMap, NavigationControl };
