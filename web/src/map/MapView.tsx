/**
 * The map: MapLibre only, one rendering path for every level (see paint-levels.ts). Geometry is handed to a
 * level's source once; colours are feature-state, so a switch never rebuilds polygons. Hover and click use
 * queryRenderedFeatures on the shown level's fill. "Drawn" means presented: stamped in the animation frame
 * after MapLibre reports the map idle (everything asked for is rendered).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Level } from '@atlas/contract';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type RefObject } from 'react';
import type { BBox, RegionGeometry } from '../data/geometry.ts';
import type { Choropleth } from './choropleth.ts';
import { t } from '../i18n/nl.ts';
import { signal } from '../instrumentation/signals.ts';
import type { MapView as MapViewState } from './map-url-state.ts';
import { captureMapCanvas, type MapCapture } from '../export/map-image.ts';
import { setHover } from './hover-store.ts';
import { emptyPainted, prepareLevel, type PaintedLevels } from './paint-levels.ts';
import { loadedGeometryOf, loadedTableOf, onGeometryLoaded, onTableLoaded } from './loaded-levels.ts';
import { idle as idleCallback } from './use-map-layers.ts';
import { ChoroplethPresenter } from './choropleth-presenter.ts';
import { setContextData } from './context-sources.ts';
import { CountryControl } from './country-control.ts';
import { COUNTRY_MARGIN, NL_BOUNDS, createMapFraming, type MapFraming } from './map-framing.ts';
import { EMPTY_FC, HATCH_IMAGE, SOURCE, fillLayer, hatchImage, offlineStyle } from './style.ts';
import { loadMapLibre } from './maplibre-loader.ts';

/** In "automatic" mode the map shows wijken from this zoom level on, and buurten from BUURT_ZOOM. */
export const WIJK_ZOOM = 9;
export const BUURT_ZOOM = 12;

export interface MapHandle {
  flyTo(bbox: BBox): void;
  /** Back to the whole country, framed as on arrival. */
  showCountry(): void;
  jumpTo(view: MapViewState): void;
  /** A copy of the next painted frame (choropleth included), for the PNG export. */
  capture(): Promise<MapCapture>;
}

interface Props {
  choropleth: Choropleth | null;
  /** The manifest's file list: names and water are fetched only when the build published them. */
  files: readonly { path: string }[];
  provincie: RegionGeometry | null;
  gemeenteLines: RegionGeometry | null;
  selection: Feature[] | null;
  initialView: MapViewState | null;
  /** The cards drawn over the map (legend, overlay switches, source line): the country and flown-to regions are framed clear of them. */
  covers: readonly RefObject<HTMLElement | null>[];
  label: string;
  onSelect(code: string): void;
  onViewChange(view: MapViewState): void;
  onZoom(zoom: number): void;
  /** After a new choropleth frame is drawn. */
  onRendered?(): void;
  /** The map exists and its style is in (true), or is gone (false): until then the page says the map is loading. */
  onMapMade?(made: boolean): void;
  /** MapLibre's code could not be fetched (its own chunk, maplibre-runtime.ts): the Dutch message to show. */
  onMapFailed?(message: string): void;
}

/** Regions drawn as lines: their borders once each where the geometry offers them, else the polygons' rings. */
const linesOf = (geo: RegionGeometry | null): FeatureCollection => (geo ? (geo.borders?.() ?? (geo.collection as FeatureCollection)) : EMPTY_FC);

export const MapView = forwardRef<MapHandle, Props>(function MapView(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [loaded, setLoaded] = useState(false);
  const painted = useRef<PaintedLevels>(emptyPainted());
  const presenter = useRef<ChoroplethPresenter | null>(null);
  /** Drops the hover outline (set once the map exists): after a switch of level it outlines a region no longer drawn. */
  const clearHoverOutline = useRef<() => void>(() => undefined);
  const callbacks = useRef(props);
  callbacks.current = props;
  const framing = useRef<MapFraming | null>(null);

  /** Camera moves asked for before MapLibre's code is in and the map made (a shared link's region): made then. */
  const beforeMap = useRef<((framing: MapFraming) => void)[]>([]);
  const withFraming = (move: (framing: MapFraming) => void): void => {
    if (framing.current) move(framing.current);
    else beforeMap.current.push(move);
  };

  useImperativeHandle(ref, () => ({
    flyTo(bbox) {
      withFraming((f) => f.flyTo(bbox));
    },
    showCountry() {
      withFraming((f) => f.showCountry());
    },
    jumpTo(view) {
      withFraming((f) => f.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom }));
    },
    capture() {
      return mapRef.current ? captureMapCanvas(mapRef.current) : Promise.reject(new Error(t('export.noMap')));
    },
  }));

  // MapLibre's code arrives in a chunk of its own (maplibre-runtime.ts); the page shows a failed fetch (MapStage).
  useEffect(() => {
    let cleanup: (() => void) | null = null;
    let unmounted = false;
    const fail = (message: string): void => {
      beforeMap.current = [];
      if (unmounted) return;
      signal.dataError(message);
      callbacks.current.onMapFailed?.(message);
    };
    const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
    loadMapLibre().then(
      (mapLibre) => {
        if (unmounted) return;
        mapLibre.startWorker();
        try {
          cleanup = createMap(mapLibre);
        } catch (e) {
          // MapLibre 6 cannot draw without WebGL2 (an old tablet, a remote desktop, a blocked GPU) and says so by
          // throwing, in English and at length: the reader gets our sentence, the console MapLibre's
          console.error(e);
          fail(t('map.drawFailed'));
        }
      },
      (e: unknown) => fail(t('map.codeFailed', { detail: detail(e) })),
    );
    return () => {
      unmounted = true;
      cleanup?.();
    };
  }, []);

  /** Makes the map in our container and wires it up; returns what removes it. */
  function createMap({ MapLibreMap, NavigationControl }: Awaited<ReturnType<typeof loadMapLibre>>): (() => void) | null {
    if (!container.current) return null;
    const initial = callbacks.current.initialView;
    const map = new MapLibreMap({
      container: container.current,
      style: offlineStyle(),
      ...(initial
        ? { center: [initial.lon, initial.lat] as [number, number], zoom: initial.zoom }
        : { bounds: NL_BOUNDS, fitBoundsOptions: { padding: COUNTRY_MARGIN } }),
      minZoom: 5.5,
      maxZoom: 15,
      // Room to the north for the North Sea, where the cards over the map stand when a tall map frames the country.
      // As far as 60° N: on a tablet held upright, the legend with hotspots reaches half-way down the map, and the
      // country framed below it leaves a view whose top lies past 57° N (at 56.5° N the framing gave up and the
      // legend covered Noord- and Zuid-Holland).
      maxBounds: [
        [0.5, 49.5],
        [10.5, 60],
      ],
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      locale: {
        'Map.Title': t('map.aria'),
        'NavigationControl.ZoomIn': t('map.zoomIn'),
        'NavigationControl.ZoomOut': t('map.zoomOut'),
        'NavigationControl.ResetBearing': t('map.resetBearing'),
      },
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new CountryControl(t('map.showCountry'), () => framing.current?.showCountry()), 'top-right');
    mapRef.current = map;
    // What is drawn over the map: the page's cards and MapLibre's own buttons.
    const covers = (): (HTMLElement | null)[] => [
      ...callbacks.current.covers.map((c) => c.current),
      map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-top-right'),
    ];
    const frames = createMapFraming(map, covers, initial !== null);
    framing.current = frames;
    const shows = new ChoroplethPresenter(map, painted.current, frames, {
      levelChanged: () => clearHoverOutline.current(),
      presented: () => callbacks.current.onRendered?.(),
      publishes: (path) => callbacks.current.files.some((f) => f.path === path),
    });
    presenter.current = shows;

    // The map counts as made once its style is in ('style.load'), not after its first frame ('load'). React's
    // effect that then hands over the choropleth still runs after MapLibre has drawn a frame of the bare style:
    // handing it over in this callback instead was measured and taken back (see choropleth-presenter.ts).
    const styleReady = (): void => {
      const ratio = Math.min(2, Math.ceil(window.devicePixelRatio || 1));
      map.addImage(HATCH_IMAGE, hatchImage(8, ratio), { pixelRatio: ratio });
      setLoaded(true);
      callbacks.current.onMapMade?.(true);
    };
    if (map.isStyleLoaded()) styleReady();
    else map.once('style.load', styleReady);
    const report = (): void => {
      if (!frames.usersView()) return;
      const c = map.getCenter();
      callbacks.current.onViewChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    };
    map.on('moveend', report);
    map.on('zoom', () => callbacks.current.onZoom(map.getZoom()));
    // The hovered polygon, copied into the small hover source (outlined there).
    let hovered: string | null = null;
    const hover = (id: string | null): void => {
      if (id === hovered) return;
      hovered = id;
      const feature = id === null ? undefined : painted.current.byCode.get(id);
      setContextData(map, SOURCE.hover, feature ? { type: 'FeatureCollection', features: [feature] } : EMPTY_FC);
    };
    clearHoverOutline.current = () => hover(null);
    const regionAt = (point: { x: number; y: number }): MapGeoJSONFeature | null => {
      const level = shows.level;
      if (!level) return null;
      return map.queryRenderedFeatures([point.x, point.y], { layers: [fillLayer(level)] })[0] ?? null;
    };
    map.on('mousemove', (e) => {
      const found = regionAt(e.point);
      const code = typeof found?.id === 'string' ? found.id : null;
      setHover(code ? { code, x: e.point.x, y: e.point.y } : null);
      hover(code);
    });
    map.getCanvas().addEventListener('mouseleave', () => {
      hover(null);
      setHover(null);
    });
    map.on('click', (e) => {
      const code = regionAt(e.point)?.id;
      if (typeof code === 'string') callbacks.current.onSelect(code);
    });
    // Made a moment after mounting: the address may have moved meanwhile (its zoom picks the level), and moves asked
    // for meanwhile are made now, with the listeners above in place.
    callbacks.current.onZoom(map.getZoom());
    for (const move of beforeMap.current.splice(0)) move(frames);
    return () => {
      shows.stop();
      presenter.current = null;
      setHover(null);
      map.remove();
      mapRef.current = null;
      framing.current = null;
      setLoaded(false);
      callbacks.current.onMapMade?.(false);
    };
  }

  useEffect(() => {
    const label = props.label;
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [props.label, loaded]);

  // Context lines live in MapLibre sources (the page hands them over once the first map is drawn, see MapPage).
  useEffect(() => {
    if (loaded && mapRef.current) setContextData(mapRef.current, SOURCE.provincie, linesOf(props.provincie));
  }, [loaded, props.provincie]);
  useEffect(() => {
    if (loaded && mapRef.current) setContextData(mapRef.current, SOURCE.gemeente, linesOf(props.gemeenteLines));
  }, [loaded, props.gemeenteLines]);
  useEffect(() => {
    if (loaded && mapRef.current) setContextData(mapRef.current, SOURCE.selection, { type: 'FeatureCollection', features: props.selection ?? [] });
  }, [loaded, props.selection]);
  // Levels not shown yet get their polygons (and, with their table, the hatch's) when the main thread is idle,
  // so a later switch only shows them.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    let live = true;
    const prepare = (level: Level): void =>
      idleCallback(() => {
        const geometry = loadedGeometryOf(level);
        const table = loadedTableOf(level) ?? null;
        if (!live || !geometry) return;
        prepareLevel(map, painted.current, level, geometry, table);
        // Idle: MapLibre's worker has indexed what it was handed (what a later switch no longer waits for).
        if (table) map.once('idle', () => signal.prepared(level));
      });
    const stops = [onGeometryLoaded(prepare), onTableLoaded(prepare)];
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [loaded]);
  const choropleth = props.choropleth;
  useEffect(() => {
    if (loaded) presenter.current?.show(choropleth);
  }, [loaded, choropleth]);

  return <div ref={container} className="map-canvas" data-testid="map" />;
});
