/**
 * Which level the map shows: the user's choice, or in "automatic" mode gemeenten until the zoom passes
 * WIJK_ZOOM, wijken from there and buurten from BUURT_ZOOM; buurt falls back to wijk where there are no
 * buurt boundaries.
 */
import { useCallback, useRef, useState } from 'react';
import type { Level } from '@atlas/contract';
import { signal } from '../instrumentation/signals.ts';
import type { LevelChoice } from './map-url-state.ts';
import { BUURT_ZOOM, WIJK_ZOOM } from './MapView.tsx';

export interface MapLevel {
  /** The level asked for (the choice, or what the zoom picks in automatic mode). */
  requested: Level;
  /** The level drawn: `requested`, except wijk for buurt when there is no buurt map. */
  mapLevel: Level;
  /** True when buurt is asked for but cannot be drawn. */
  noBuurtMap: boolean;
  onZoom(zoom: number): void;
}

const zoomLevel = (zoom: number): Level => (zoom >= BUURT_ZOOM ? 'buurt' : zoom >= WIJK_ZOOM ? 'wijk' : 'gemeente');

export function useMapLevel(choice: LevelChoice, initialZoom: number, buurtMap: boolean): MapLevel {
  const [byZoom, setByZoom] = useState<Level>(zoomLevel(initialZoom));
  const byZoomRef = useRef(byZoom);
  const onZoom = useCallback((zoom: number) => {
    const level = zoomLevel(zoom);
    if (level === byZoomRef.current) return;
    byZoomRef.current = level;
    signal.change('level-zoom');
    setByZoom(level);
  }, []);
  // Automatic mode never asks for a level it cannot draw: without buurt boundaries it stays at wijken.
  const requested: Level = choice === 'auto' ? (byZoom === 'buurt' && !buurtMap ? 'wijk' : byZoom) : choice;
  const noBuurtMap = requested === 'buurt' && !buurtMap;
  return { requested, mapLevel: noBuurtMap ? 'wijk' : requested, noBuurtMap, onZoom };
}
