/**
 * The map page's state, mirrored in the URL: pushState for discrete changes (theme, indicator, level,
 * selection, view mode), replaceState for map moves, and popstate restores everything.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeState, differsDiscretely, encodeState, type AtlasState } from './url-state.ts';

export interface UrlState {
  state: AtlasState;
  update(next: Partial<AtlasState> | ((s: AtlasState) => AtlasState)): void;
  /** Increments on back/forward, so the map can jump to the restored view. */
  restored: number;
}

const urlFor = (s: AtlasState): string => {
  const q = encodeState(s);
  return `${location.pathname}${q ? `?${q}` : ''}`;
};

export function useUrlState(normalize: (s: AtlasState) => AtlasState): UrlState {
  const [state, setState] = useState<AtlasState>(() => normalize(decodeState(location.search)));
  const [restored, setRestored] = useState(0);
  const current = useRef(state);
  const path = useRef(location.pathname);
  const normalizeRef = useRef(normalize);
  normalizeRef.current = normalize;

  useEffect(() => {
    // Canonical URL from the start (drops unknown or invalid parameters) without a new history entry.
    history.replaceState(history.state, '', urlFor(current.current));
    const onPop = (): void => {
      const next = normalizeRef.current(decodeState(location.search));
      current.current = next;
      setState(next);
      setRestored((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((patch: Partial<AtlasState> | ((s: AtlasState) => AtlasState)) => {
    // After a link to another page the map may still report a last move; that must not overwrite the new page's URL.
    if (location.pathname !== path.current) return;
    const prev = current.current;
    const next = normalizeRef.current(typeof patch === 'function' ? patch(prev) : { ...prev, ...patch });
    const url = urlFor(next);
    if (differsDiscretely(prev, next)) history.pushState(null, '', url);
    else if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
    current.current = next;
    setState(next);
  }, []);

  return { state, update, restored };
}
