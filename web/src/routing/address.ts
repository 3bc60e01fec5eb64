/**
 * The one owner of the address bar. Everything else reads the address and changes it only through here, so a
 * new entry, a replaced entry and back/forward reach every subscriber the same way.
 */
import { useSyncExternalStore } from 'react';

/** How the address changed: a new history entry, the current entry rewritten, or back/forward. */
export type AddressChange = 'push' | 'replace' | 'pop';
type Listener = (change: AddressChange) => void;

const listeners = new Set<Listener>();
const notify = (change: AddressChange): void => {
  for (const listener of listeners) listener(change);
};
if (typeof window !== 'undefined') window.addEventListener('popstate', () => notify('pop'));

export { basePath } from './base-path.ts';

export const currentPath = (): string => location.pathname;
export const currentSearch = (): string => location.search;
/** Path and query string, e.g. "/vergelijk?niveau=gemeente". */
export const currentAddress = (): string => `${location.pathname}${location.search}`;
/** The page's full address without the query string, e.g. to print on paper; empty outside a browser. */
export const currentPageUrl = (): string => (typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`);

/** Go to `url` with a new history entry (nothing happens when it is the current address). */
export function navigate(url: string): void {
  if (url === currentAddress()) return;
  history.pushState(null, '', url);
  notify('push');
}

/** Rewrite the current history entry, e.g. to a canonical form or to follow the map. */
export function replaceAddress(url: string): void {
  if (url === currentAddress()) return;
  history.replaceState(history.state, '', url);
  notify('replace');
}

/** Told after every change of the address; returns the unsubscribe function. */
export function onAddressChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const subscribe = (onChange: () => void): (() => void) => onAddressChange(onChange);

/** The current path, re-rendering when it changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** The current query string (`?…`), re-rendering when it changes. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}
