/**
 * MapLibre (offline base: background + our context lines) with deck.gl interleaved through MapboxOverlay for
 * the choropleth. Geometry is handed to deck once per level; an indicator switch only changes the colour
 * buffer, which `updateTriggers` turns into a colour-attribute update without re-tessellating polygons.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { GeoJsonLayer, type GeoJsonLayerProps } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Level } from '@atlas/contract';
import type { BBox, RegionFeatureProps, RegionGeometry } from '../data/geometry.ts';
import { t } from '../i18n/nl.ts';
import { signal } from '../instrumentation/signals.ts';
import type { MapView as MapViewState } from './map-url-state.ts';
import { DrawSignal } from './draw-signal.ts';
import { captureMapCanvas, type MapCapture } from '../export/map-image.ts';
import { setHover } from './hover-store.ts';
import { shimTransform, uniformBindingGuard } from './maplibre-compat.ts';
import { EMPTY_FC, HATCH_IMAGE, LAYER, SOURCE, hatchImage, offlineStyle } from './style.ts';

// MapLibre 6 locates its worker next to its own module; after bundling that guess is wrong, so we point it
// at the worker file Vite copied into the build (same origin, allowed by worker-src 'self').
setWorkerUrl(workerUrl);
// Start MapLibre's worker while React renders, not when the map is created: it is on the first map's path.
prewarm();

export const NL_BOUNDS: BBox = [3.31, 50.75, 7.23, 53.56];
/** In "automatic" mode the map shows wijken from this zoom level on. */
export const WIJK_ZOOM = 9;

export interface Choropleth {
  level: Level;
  geometry: RegionGeometry;
  /** Table row per geometry feature (-1 when the region is absent from the table). */
  featureRows: Int32Array;
  /** RGBA per table row. */
  colors: Uint8Array;
  /** Changes whenever `colors` does; drives deck's updateTriggers. */
  colorKey: string;
  /** Regions below the minimum population, drawn hatched on top of the fill. */
  belowMin: FeatureCollection;
}

export interface MapHandle {
  flyTo(bbox: BBox): void;
  jumpTo(view: MapViewState): void;
  /** A copy of the next painted frame (choropleth included), for the PNG export. */
  capture(): Promise<MapCapture>;
}

interface Props {
  choropleth: Choropleth | null;
  provincie: RegionGeometry | null;
  gemeenteLines: RegionGeometry | null;
  selection: Feature[] | null;
  initialView: MapViewState | null;
  label: string;
  onSelect(code: string): void;
  onViewChange(view: MapViewState): void;
  onZoom(zoom: number): void;
  /** After a new choropleth frame is drawn. */
  onRendered?(): void;
}

const NO_DATA: [number, number, number, number] = [185, 188, 194, 235];

const toFC = (geo: RegionGeometry | null): FeatureCollection => (geo ? (geo.collection as FeatureCollection) : EMPTY_FC);

export const MapView = forwardRef<MapHandle, Props>(function MapView(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const [loaded, setLoaded] = useState(false);
  // deck attaches to MapLibre's GL context asynchronously; a frame before that draws the base map only.
  const [deckReady, setDeckReady] = useState(false);
  // The choropleth whose drawing completes the current "drawn" signal (first map, or the last user change).
  const awaited = useRef<{ layerId: string; colorKey: unknown; level: Level; drawn: boolean } | null>(null);
  const drawSignal = useRef(
    new DrawSignal({
      onDraw: (root) => {
        const a = awaited.current;
        if (a && root.id === a.layerId && root.props.updateTriggers?.['getFillColor'] === a.colorKey) a.drawn = true;
      },
    }),
  );
  const callbacks = useRef(props);
  callbacks.current = props;

  useImperativeHandle(ref, () => ({
    flyTo(bbox) {
      mapRef.current?.fitBounds(
        [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        { padding: 48, maxZoom: 13, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 900 },
      );
    },
    jumpTo(view) {
      mapRef.current?.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    },
    capture() {
      return mapRef.current ? captureMapCanvas(mapRef.current) : Promise.reject(new Error(t('export.noMap')));
    },
  }));

  useEffect(() => {
    if (!container.current) return;
    const initial = callbacks.current.initialView;
    const map = new MapLibreMap({
      container: container.current,
      style: offlineStyle(),
      ...(initial ? { center: [initial.lon, initial.lat] as [number, number], zoom: initial.zoom } : { bounds: NL_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      minZoom: 5.5,
      maxZoom: 15,
      maxBounds: [
        [0.5, 49.5],
        [10.5, 55],
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
    shimTransform(map);
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      // Link deck's shaders synchronously: with KHR_parallel_shader_compile luma skips drawing until the link
      // completes, and nothing repaints the map when it does, so the first choropleth could wait for an
      // unrelated repaint (seconds, on software GL) while the app already reported it drawn.
      deviceProps: { _disabledFeatures: { 'compilation-status-async-webgl': true } },
      onLoad: () => setDeckReady(true),
      ...uniformBindingGuard(),
    });
    map.addControl(overlay);
    mapRef.current = map;
    overlayRef.current = overlay;

    // The style, not the whole first frame ('load'): the choropleth then joins MapLibre's first full render
    // instead of waiting for a frame of an empty base map.
    const styleReady = (): void => {
      const ratio = Math.min(2, Math.ceil(window.devicePixelRatio || 1));
      map.addImage(HATCH_IMAGE, hatchImage(8, ratio), { pixelRatio: ratio });
      setLoaded(true);
    };
    if (map.isStyleLoaded()) styleReady();
    else map.once('style.load', styleReady);
    const report = (): void => {
      const c = map.getCenter();
      callbacks.current.onViewChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    };
    map.on('moveend', report);
    map.on('render', () => {
      const a = awaited.current;
      if (!a?.drawn) return;
      awaited.current = null;
      signal.rendered(a.level);
      callbacks.current.onRendered?.();
    });
    map.on('zoom', () => callbacks.current.onZoom(map.getZoom()));
    map.getCanvas().addEventListener('mouseleave', () => setHover(null));
    // Selection picks on MapLibre's own click: deck's forwarded click (via its pointer-down cache) does not
    // reach layer onClick handlers on MapLibre 6 in interleaved mode.
    map.on('click', (e) => {
      const picked = overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 2 }) as PickingInfo<Feature<Geometry, RegionFeatureProps>> | null;
      const code = picked?.object?.properties.code;
      if (code) callbacks.current.onSelect(code);
    });
    return () => {
      setHover(null);
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, []);

  useEffect(() => {
    const label = props.label;
    mapRef.current?.getCanvas().setAttribute('aria-label', label);
  }, [props.label, loaded]);

  // Context lines and the hatch overlay live in MapLibre sources.
  useEffect(() => {
    if (!loaded) return;
    (mapRef.current?.getSource(SOURCE.provincie) as GeoJSONSource | undefined)?.setData(toFC(props.provincie));
  }, [loaded, props.provincie]);
  useEffect(() => {
    if (!loaded) return;
    (mapRef.current?.getSource(SOURCE.gemeente) as GeoJSONSource | undefined)?.setData(toFC(props.gemeenteLines));
  }, [loaded, props.gemeenteLines]);
  useEffect(() => {
    if (!loaded) return;
    (mapRef.current?.getSource(SOURCE.selection) as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: props.selection ?? [],
    });
  }, [loaded, props.selection]);
  useEffect(() => {
    if (!loaded) return;
    (mapRef.current?.getSource(SOURCE.hatch) as GeoJSONSource | undefined)?.setData(props.choropleth?.belowMin ?? EMPTY_FC);
  }, [loaded, props.choropleth?.belowMin]);

  const choropleth = props.choropleth;
  useEffect(() => {
    const map = mapRef.current;
    const overlay = overlayRef.current;
    if (!loaded || !deckReady || !map || !overlay) return;
    if (!choropleth) {
      overlay.setProps({ layers: [] });
      return;
    }
    const { featureRows, colors, level } = choropleth;
    const layerProps: GeoJsonLayerProps<RegionFeatureProps> & { beforeId: string } = {
      id: `choropleth-${level}`,
      data: choropleth.geometry.collection as FeatureCollection<Geometry, RegionFeatureProps>,
      // Interleaved: below the hatch and the context lines, so borders stay crisp on top of the colours.
      beforeId: LAYER.hatch,
      filled: true,
      stroked: true,
      getFillColor: (_f: unknown, { index }: { index: number }) => {
        const row = featureRows[index] ?? -1;
        if (row < 0) return NO_DATA;
        // The row's RGBA as a view on the colour buffer (deck copies it into its colour attribute).
        return colors.subarray(row * 4, row * 4 + 4);
      },
      getLineColor: [255, 255, 255, 190],
      lineWidthUnits: 'pixels',
      getLineWidth: level === 'gemeente' ? 0.8 : 0.5,
      pickable: true,
      autoHighlight: true,
      highlightColor: [11, 31, 51, 70],
      updateTriggers: { getFillColor: choropleth.colorKey },
      extensions: [drawSignal.current],
      onHover: (info: PickingInfo<Feature<Geometry, RegionFeatureProps>>) => {
        const code = info.object?.properties.code;
        setHover(code ? { code, x: info.x, y: info.y } : null);
      },
    };
    overlay.setProps({ layers: [new GeoJsonLayer<RegionFeatureProps>(layerProps)] });
    awaited.current = { layerId: layerProps.id, colorKey: choropleth.colorKey, level, drawn: false };
    map.triggerRepaint();
  }, [loaded, deckReady, choropleth]);

  return <div ref={container} className="map-canvas" data-testid="map" />;
});
