/**
 * The map's camera for a framing (frame-clear.ts): regions' boxes in Web Mercator, the cards drawn over the map
 * measured in the page, and the centre and zoom MapLibre takes (512-pixel tiles: the world is 512 · 2^zoom
 * pixels wide).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox, RegionGeometry } from '../data/geometry.ts';
import { frameClear, type Framing, type Rect } from './frame-clear.ts';

const TILE = 512;

export const mercatorX = (lon: number): number => (lon + 180) / 360;
export const mercatorY = (lat: number): number => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const lonOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** A [west, south, east, north] box in Mercator units (y grows southwards). */
export const mercatorRect = (b: BBox): Rect => ({ left: mercatorX(b[0]), top: mercatorY(b[3]), right: mercatorX(b[2]), bottom: mercatorY(b[1]) });

const regionRects = new WeakMap<RegionGeometry, Rect[]>();
/** Every region's box of a level, in Mercator units (computed once per geometry). */
export function regionBoxes(geometry: RegionGeometry): Rect[] {
  let rects = regionRects.get(geometry);
  if (!rects) regionRects.set(geometry, (rects = [...geometry.bboxes.values()].map(mercatorRect)));
  return rects;
}

export interface Camera {
  center: [lon: number, lat: number];
  zoom: number;
}

/** The centre and zoom that draw the framing in a map of `view` pixels. */
export function cameraOf(framing: Framing, view: { width: number; height: number }): Camera {
  return {
    center: [lonOf((view.width / 2 - framing.tx) / framing.scale), latOf((view.height / 2 - framing.ty) / framing.scale)],
    zoom: Math.log2(framing.scale / TILE),
  };
}

/** Where `element` lies over `container`, or nothing when it is not drawn. */
function boxOver(outer: DOMRect, element: HTMLElement | null): Rect[] {
  const r = element?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return [];
  return [{ left: r.left - outer.left, top: r.top - outer.top, right: r.right - outer.left, bottom: r.bottom - outer.top }];
}

/** The map's size in pixels and the boxes of the drawn `covers` over it. */
function measure(map: MapLibreMap, covers: readonly (HTMLElement | null)[]): { view: { width: number; height: number }; cards: Rect[] } {
  const container = map.getContainer();
  const outer = container.getBoundingClientRect();
  return { view: { width: container.clientWidth, height: container.clientHeight }, cards: covers.flatMap((el) => boxOver(outer, el)) };
}

/**
 * The camera that shows `shapes` as large as the map allows, none of them under `covers` (or near its edges); null
 * when the map has no size to frame them in.
 */
export function clearCamera(
  map: MapLibreMap,
  shapes: readonly Rect[],
  covers: readonly (HTMLElement | null)[],
  margin: number,
  maxZoom: number,
): Camera | null {
  const { view, cards } = measure(map, covers);
  const bounds = map.getMaxBounds();
  const within = bounds ? mercatorRect([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]) : undefined;
  const framing = frameClear(shapes, view, cards, { margin, gap: 8, maxScale: TILE * 2 ** maxZoom, ...(within ? { within } : {}) });
  return framing && cameraOf(framing, view);
}
