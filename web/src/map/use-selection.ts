/**
 * The selected region on the map: choosing one (from the map, the search, a list), flying to it, its outline,
 * and putting the map where the address says after back/forward.
 */
import type { Feature } from 'geojson';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Level } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { BBox, RegionGeometry } from '../data/geometry.ts';
import { levelOfCode } from '../data/regions.ts';
import { signal } from '../instrumentation/signals.ts';
import type { LevelChoice } from './map-url-state.ts';
import type { MapHandle } from './MapView.tsx';
import type { MapLayers } from './use-map-layers.ts';
import type { MapUrlState } from './use-map-url-state.ts';

export interface Selection {
  code: string | null;
  /** The level of a selected gemeente, wijk or buurt; null for an aggregate region or no selection. */
  level: Level | null;
  /** The outline drawn on the map (a buurt without a buurt map: its wijk). */
  shape: Feature[] | null;
  /** Select a region (null: none); `fly` also frames it (at `bounds` when the caller knows them, as the search does) and shows its level. */
  select(code: string | null, opts?: { fly?: boolean; bounds?: BBox | null }): void;
}

/** Features by code, built once per geometry. */
const featureIndex = new WeakMap<RegionGeometry, Map<string, Feature>>();
function featureOf(geo: RegionGeometry | undefined, code: string): Feature | undefined {
  if (!geo) return undefined;
  let idx = featureIndex.get(geo);
  if (!idx) {
    idx = new Map(geo.collection.features.map((f) => [f.properties.code, f as Feature]));
    featureIndex.set(geo, idx);
  }
  return idx.get(code);
}

export function useSelection(data: AtlasData, url: MapUrlState, layers: MapLayers, mapRef: RefObject<MapHandle | null>): Selection {
  const { state, update, restored } = url;
  const { tables, geos, contexts, aggregates } = layers;
  const buurtMap = data.catalogue.hasGeometry('buurt');
  const code = state.selection;
  const level = code ? levelOfCode(code) : null;
  const aggregate = code && !level ? aggregates.get(code)?.kind : undefined;

  const bboxFor = useCallback(
    async (c: string): Promise<BBox | null> => {
      const lvl = levelOfCode(c);
      if (lvl === 'gemeente' || lvl === 'wijk' || (lvl === 'buurt' && buurtMap)) return (await data.geometry(lvl)).bboxes.get(c) ?? null;
      if (lvl === 'buurt') {
        const buurt = await data.table('buurt');
        const row = buurt.row(c);
        const wijk = row === undefined ? null : buurt.string('wijk_code', row);
        return wijk ? ((await data.geometry('wijk')).bboxes.get(wijk) ?? null) : null;
      }
      const kind = aggregates.get(c)?.kind;
      return kind ? ((await data.context(kind)).bboxes.get(c) ?? null) : null;
    },
    [data, aggregates, buurtMap],
  );

  // Locating a region can wait for megabytes of geometry; a selection made meanwhile wins, so the map
  // never flies back to a region the user has already left.
  const flight = useRef(0);
  const flyTo = useCallback(
    (c: string) => {
      const mine = ++flight.current;
      // A region that cannot be located keeps the map where it is; the profile still opens.
      bboxFor(c).then(
        (b) => b && flight.current === mine && mapRef.current?.flyTo(b),
        () => undefined,
      );
    },
    [bboxFor, mapRef],
  );

  const select = useCallback(
    (next: string | null, opts: { fly?: boolean; bounds?: BBox | null } = {}) => {
      update((s) => {
        let choice: LevelChoice = s.level;
        const lvl = next ? levelOfCode(next) : null;
        // Choosing a wijk or buurt shows that level; a gemeente keeps the user's choice.
        if (opts.fly && (lvl === 'wijk' || lvl === 'buurt') && s.level !== lvl) choice = lvl;
        if (choice !== s.level) signal.change('level');
        return { ...s, selection: next, level: choice };
      });
      flight.current++;
      if (next && opts.fly && opts.bounds) mapRef.current?.flyTo(opts.bounds);
      else if (next && opts.fly) flyTo(next);
    },
    [update, flyTo, mapRef],
  );

  // A shared link with a selection but no map view: frame the selection once it can be located.
  const initialFly = useRef(!!state.selection && !state.view);
  useEffect(() => {
    if (initialFly.current && code && (aggregates.size > 0 || levelOfCode(code))) {
      initialFly.current = false;
      flyTo(code);
    }
  }, [code, aggregates, flyTo]);

  // Back/forward: put the map where the address says.
  useEffect(() => {
    if (!restored) return;
    // The restored view wins over a fly still waiting for its region's polygons.
    flight.current++;
    signal.change('history');
    if (restored.view) mapRef.current?.jumpTo(restored.view);
    else mapRef.current?.showCountry();
  }, [restored, mapRef]);

  const shape = useMemo<Feature[] | null>(() => {
    if (!code) return null;
    let feature: Feature | undefined;
    if (level === 'buurt') {
      const buurt = tables.buurt;
      const row = buurt?.row(code);
      const wijk = buurt && row !== undefined ? buurt.string('wijk_code', row) : null;
      feature = buurtMap ? featureOf(geos.buurt, code) : wijk ? featureOf(geos.wijk, wijk) : undefined;
    } else if (level) feature = featureOf(geos[level], code);
    else if (aggregate) feature = featureOf(contexts[aggregate], code);
    return feature ? [feature] : null;
  }, [code, level, aggregate, tables.buurt, geos, contexts, buurtMap]);

  return { code, level, shape, select };
}
