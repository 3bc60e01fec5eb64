/**
 * The header search's entries, loaded on first use (focus or typing) and kept for the page's life: one
 * fetch per manifest, however often the search is mounted again.
 */
import { useCallback, useState } from 'react';
import type { Manifest } from '@atlas/contract';
import { dataErrorMessage } from '../data/errors.ts';
import type { Fetcher } from '../data/fetch.ts';
import { fetchSearchEntries } from './load-search-index.ts';
import type { SearchEntry } from './search-index.ts';

const loaded = new WeakMap<Manifest, Promise<SearchEntry[]>>();
const sameOrigin: Fetcher = (url) => fetch(url, { credentials: 'same-origin' });

export interface SearchIndexState {
  entries: readonly SearchEntry[];
  /** False until the index is in (the list says it is still loading). */
  ready: boolean;
  /** A Dutch sentence when the index could not be loaded. */
  error: string | null;
  /** Start loading; called on focus and on typing, harmless when already loaded. */
  load(): void;
}

export function useSearchIndex(manifest: Manifest, fetcher: Fetcher = sameOrigin): SearchIndexState {
  const [entries, setEntries] = useState<readonly SearchEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    let pending = loaded.get(manifest);
    if (!pending) {
      pending = fetchSearchEntries(manifest, fetcher);
      loaded.set(manifest, pending);
      pending.catch(() => loaded.delete(manifest)); // the next focus tries again
    }
    setError(null);
    pending.then(
      (list) => {
        setEntries(list);
        setReady(true);
      },
      (e: unknown) => setError(dataErrorMessage(e)),
    );
  }, [manifest, fetcher]);
  return { entries, ready, error, load };
}
