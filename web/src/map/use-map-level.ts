/**
 * Which level the map shows: the user's choice, or in "automatic" mode gemeenten until the zoom passes
 * WIJK_ZOOM and wijken from there; buurt falls back to wijk where there are no buurt boundaries.
 */
import { useCallback, useRef, useState } from 'react';
import type { Level } from '@atlas/contract';
import { signal } from '../instrumentation/signals.ts';
import type { LevelChoice } from './map-url-state.ts';
import { WIJK_ZOOM } from './MapView.tsx';

export interface MapLevel {
  /** The level asked for (the choice, or what the zoom picks in automatic mode). */
  requested: Level;
  /** The level drawn: `requested`, except wijk for buurt when there is no buurt map. */
  mapLevel: Level;
  /** True when buurt is asked for but cannot be drawn. */
  noBuurtMap: boolean;
  onZoom(zoom: number): void;
}

export function useMapLevel(choice: LevelChoice, initialZoom: number, buurtMap: boolean): MapLevel {
  const [zoomedIn, setZoomedIn] = useState(initialZoom >= WIJK_ZOOM);
  const zoomedInRef = useRef(zoomedIn);
  const onZoom = useCallback((zoom: number) => {
    const zi = zoom >= WIJK_ZOOM;
    if (zi === zoomedInRef.current) return;
    zoomedInRef.current = zi;
    signal.change('level-zoom');
    setZoomedIn(zi);
  }, []);
  const requested: Level = choice === 'auto' ? (zoomedIn ? 'wijk' : 'gemeente') : choice;
  const noBuurtMap = requested === 'buurt' && !buurtMap;
  return { requested, mapLevel: noBuurtMap ? 'wijk' : requested, noBuurtMap, onZoom };
}
