/**
 * The map page's state, mirrored in the address: a new history entry for discrete changes (theme, indicator,
 * level, selection, view mode), the same entry rewritten for map moves; back/forward, or a link to the map
 * with other parameters, restores everything.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { currentAddress, currentPath, currentSearch, navigate, onAddressChange, replaceAddress } from '../routing/address.ts';
import { withForeignParams } from '../weights/foreign-params.ts';
import { decodeState, differsDiscretely, encodeState, type AtlasState } from './map-url-state.ts';

export interface MapUrlState {
  state: AtlasState;
  update(next: Partial<AtlasState> | ((s: AtlasState) => AtlasState)): void;
  /** The state the address last brought back (back/forward), so the map can go to its view; null before that. */
  restored: AtlasState | null;
  /** The address of this state with another selection, for links that open a region. */
  hrefFor(selection: string): string;
}

const addressOf = (path: string, s: AtlasState): string => {
  const q = withForeignParams(encodeState(s), currentSearch());
  return `${path}${q ? `?${q}` : ''}`;
};

export function useMapUrlState(normalize: (s: AtlasState) => AtlasState): MapUrlState {
  const [state, setState] = useState<AtlasState>(() => normalize(decodeState(currentSearch())));
  const [restored, setRestored] = useState<AtlasState | null>(null);
  const current = useRef(state);
  // The page's own path: after a link to another page the map may still report a last move, which must
  // not overwrite the new page's address.
  const [path] = useState(currentPath);
  const normalizeRef = useRef(normalize);
  useLayoutEffect(() => {
    normalizeRef.current = normalize;
  }, [normalize]);

  useEffect(() => {
    // The canonical address from the start (drops unknown or invalid parameters) without a new history entry.
    replaceAddress(addressOf(path, current.current));
    return onAddressChange((change) => {
      if (currentPath() !== path) return;
      // Our own writes: the address already says what the state says.
      if (change !== 'pop' && currentAddress() === addressOf(path, current.current)) return;
      const next = normalizeRef.current(decodeState(currentSearch()));
      current.current = next;
      setState(next);
      setRestored(next);
    });
  }, [path]);

  const update = useCallback(
    (patch: Partial<AtlasState> | ((s: AtlasState) => AtlasState)) => {
      if (currentPath() !== path) return;
      const prev = current.current;
      const next = normalizeRef.current(typeof patch === 'function' ? patch(prev) : { ...prev, ...patch });
      current.current = next;
      setState(next);
      if (differsDiscretely(prev, next)) navigate(addressOf(path, next));
      else replaceAddress(addressOf(path, next));
    },
    [path],
  );

  const hrefFor = useCallback((selection: string) => addressOf(path, { ...state, selection }), [path, state]);

  return { state, update, restored, hrefFor };
}
