/**
 * Benchmark baseline (not part of the app): the same gemeente and wijk geometry drawn as plain GeoJSON
 * through MapLibre alone — no data table, no deck.gl, no classes — so `npm run bench` can report the
 * dashboard's figures as ratios against it. Signals on window.__baseline.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

interface BaselineHooks {
  ready: boolean;
  firstMapMs?: number;
  lastRenderMs?: number;
  renders: number;
  /** Wijk and buurt polygons fetched ahead, as the app prefetches them; then only setData is timed. */
  prefetch: () => Promise<void>;
  showWijk: () => void;
  /** One frame with nothing changed: what a single repaint costs on this machine. */
  repaint: () => void;
  showBuurt: () => void;
  /** Recolour by data: one feature-state per shown region, as the app does. */
  recolorByState: () => void;
  /** Jump to a view (no frame is timed). */
  zoomTo: (view: { lat: number; lon: number; zoom: number }) => void;
}

declare global {
  interface Window {
    __baseline: BaselineHooks;
  }
}

async function geojson(path: string): Promise<GeoJSON.FeatureCollection> {
  const topology = (await (await fetch(path)).json()) as Topology;
  return feature(topology, topology.objects.regions!) as unknown as GeoJSON.FeatureCollection;
}

const hooks: BaselineHooks = {
  ready: false,
  renders: 0,
  prefetch: async () => {},
  showWijk: () => {},
  repaint: () => {},
  showBuurt: () => {},
  recolorByState: () => {},
  zoomTo: () => {},
};
window.__baseline = hooks;

setWorkerUrl(workerUrl);

const map = new MapLibreMap({
  container: 'map',
  // No paint transitions: the app's colours change by feature-state, which MapLibre never animates.
  style: {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f5' } }],
  },
  center: [5.3, 52.15],
  zoom: 6.6,
  attributionControl: false,
});

let t0 = 0;
function measureNextIdle(): void {
  t0 = performance.now();
  // Presented, as the app measures it: the animation frame after MapLibre is idle.
  map.once('idle', () =>
    requestAnimationFrame(() => {
      hooks.renders += 1;
      hooks.lastRenderMs = performance.now() - t0;
      if (!hooks.ready) {
        hooks.ready = true;
        hooks.firstMapMs = performance.now();
      }
    }),
  );
}

map.on('load', async () => {
  const gemeenten = await geojson('/data/geo/gemeente.topojson');
  // The app's region sources' buffer (web/src/map/style.ts): a MapLibre setting any MapLibre page could use.
  map.addSource('regions', { type: 'geojson', data: gemeenten, promoteId: 'code', buffer: 32 });
  map.addLayer({ id: 'fill', type: 'fill', source: 'regions', paint: { 'fill-color': '#fdae61', 'fill-outline-color': '#ffffff' } });
  shown = gemeenten;
  // Hover as the app does it: the feature under the pointer, outlined by feature-state.
  let hovered: string | number | undefined;
  map.on('mousemove', (e) => {
    const id = map.queryRenderedFeatures(e.point, { layers: ['fill'] })[0]?.id;
    if (hovered !== undefined) map.setFeatureState({ source: 'regions', id: hovered }, { hover: false });
    if (id !== undefined) map.setFeatureState({ source: 'regions', id }, { hover: true });
    hovered = id;
  });
  measureNextIdle();
});

let shown: GeoJSON.FeatureCollection | null = null;
let wijken: GeoJSON.FeatureCollection | null = null;
let buurten: GeoJSON.FeatureCollection | null = null;
hooks.prefetch = async () => {
  [wijken, buurten] = await Promise.all([geojson('/data/geo/wijk.topojson'), geojson('/data/geo/buurt.topojson')]);
};
hooks.showWijk = () => {
  if (!wijken) throw new Error('prefetch first');
  measureNextIdle();
  (map.getSource('regions') as GeoJSONSource).setData(wijken);
  shown = wijken;
};
hooks.repaint = () => {
  measureNextIdle();
  map.triggerRepaint();
};
hooks.showBuurt = () => {
  if (!buurten) throw new Error('prefetch first');
  measureNextIdle();
  (map.getSource('regions') as GeoJSONSource).setData(buurten);
  shown = buurten;
};
let round = 0;
hooks.recolorByState = () => {
  const colours = ['#fee08b', '#d73027', '#4575b4', '#91bfdb', '#fc8d59'];
  if (map.getPaintProperty('fill', 'fill-color') === '#fdae61') map.setPaintProperty('fill', 'fill-color', ['to-color', ['feature-state', 'c'], '#cccccc']);
  round += 1;
  measureNextIdle();
  (shown?.features ?? []).forEach((f, i) =>
    map.setFeatureState({ source: 'regions', id: String(f.properties?.code) }, { c: colours[(i + round) % colours.length] }),
  );
};
hooks.zoomTo = ({ lat, lon, zoom }) => map.jumpTo({ center: [lon, lat], zoom });
