/**
 * Where the map's camera goes when the app moves it: the whole country on arrival and from the house button, a
 * region when one is flown to, each clear of the cards drawn over the map (camera-framing.ts).
 *
 * The cards can be measured from the first colours on (the legend comes with them), so a fly asked for before
 * (a shared link's region) waits for them and then replaces the country's framing. While the camera is still the
 * arrival framing (nobody moved the map), it follows the map's size.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox, RegionGeometry } from '../data/geometry.ts';
import { loadedGeometryOf } from './loaded-levels.ts';
import { clearCamera, mercatorRect, regionBoxes, type Camera } from './camera-framing.ts';

export const NL_BOUNDS: BBox = [3.31, 50.75, 7.23, 53.56];
/** Pixels between the country and the map's edges (a flown-to region gets more room around it). */
export const COUNTRY_MARGIN = 24;
const REGION_MARGIN = 48;
/** The closest a framing goes in: a small buurt still shows its surroundings. */
const FRAME_MAX_ZOOM = 13;

/** The country as the boxes of its gemeenten (so the cards may cover sea beside the coast), else as one box. */
const countryShapes = (shown?: RegionGeometry) => {
  const geometry = loadedGeometryOf('gemeente') ?? shown;
  return geometry ? regionBoxes(geometry) : [mercatorRect(NL_BOUNDS)];
};

export interface MapFraming {
  /**
   * Whether the camera shows a view of the user's, to keep in the address: any but the arrival framing (which
   * follows the screen, so a link without a view opens framed for the screen it is opened on).
   */
  usersView(): boolean;
  /** With each choropleth drawn: the first one frames the country, or the region a shared link asked for. */
  colours(shown: RegionGeometry): void;
  flyTo(bbox: BBox): void;
  showCountry(): void;
  jumpTo(camera: Camera): void;
}

/** A camera, or none when the map has no size yet (then it stays where it is). */
type CameraOf = (map: MapLibreMap) => Camera | null;

/**
 * `covers`: the elements drawn over the map, read at each framing; `fromAddress`: the map opened at a view of the
 * address, which the arrival framing must leave alone.
 */
export function createMapFraming(map: MapLibreMap, covers: () => readonly (HTMLElement | null)[], fromAddress: boolean): MapFraming {
  /** Whether the camera is other than the arrival framing: from the address, a fly or jump, the user. */
  let moved = fromAddress;
  let cardsDrawn = false;
  let waiting: CameraOf | null = null;
  const countryCamera: (m: MapLibreMap, shown?: RegionGeometry) => Camera | null = (m, shown) =>
    clearCamera(m, countryShapes(shown), covers(), COUNTRY_MARGIN, FRAME_MAX_ZOOM);
  const jump = (camera: Camera | null): void => {
    if (camera) map.jumpTo(camera);
  };
  const fly = (cameraOf: CameraOf): void => {
    if (!cardsDrawn) {
      waiting = cameraOf;
      return;
    }
    const camera = cameraOf(map);
    if (!camera) return;
    moved = true;
    map.flyTo({ ...camera, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 900 });
  };
  // The user's own moves (drag, wheel, keys, the zoom buttons) carry the input event; a resize's do not.
  map.on('movestart', (e) => {
    if (e.originalEvent) moved = true;
  });
  // While nobody moved the map, a new size (a turned tablet, a narrower window) gets the country framed anew. Not
  // so when a card changes size: that is mostly the reader opening the legend or the source list, and the map
  // jumping under them then would be worse than a card over the country's edge, which they can fold away.
  map.on('resize', () => {
    if (cardsDrawn && !moved) jump(countryCamera(map));
  });
  return {
    usersView: () => moved,
    colours(shown) {
      if (cardsDrawn) return;
      cardsDrawn = true;
      const asked = waiting;
      waiting = null;
      if (asked) {
        moved = true;
        jump(asked(map));
      } else if (!moved) jump(countryCamera(map, shown));
    },
    flyTo(bbox) {
      fly((m) => clearCamera(m, [mercatorRect(bbox)], covers(), REGION_MARGIN, FRAME_MAX_ZOOM));
    },
    showCountry() {
      fly((m) => countryCamera(m));
    },
    jumpTo(camera) {
      moved = true;
      map.jumpTo(camera);
    },
  };
}
