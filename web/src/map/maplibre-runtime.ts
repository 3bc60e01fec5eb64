/**
 * MapLibre's code (1 MB of JavaScript), in a chunk of its own that only the map page loads: index.html, the map
 * page's shell, preloads it (vite.config.ts); a gemeente's summary, /vergelijk and /methode never fetch or compile it.
 * Imported through loadMapLibre (maplibre-loader.ts), never statically, or it would join the app's chunks.
 */
import { Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre 6 locates its worker next to its own module; after bundling that guess is wrong, so we point it
// at the worker file Vite copied into the build (same origin, allowed by worker-src 'self').
setWorkerUrl(workerUrl);
// Start MapLibre's worker as soon as its code is in, not when the map is created: it is on the first map's path.
prewarm();

export { MapLibreMap, NavigationControl };
