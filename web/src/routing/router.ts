/**
 * A tiny History-API router (no dependency). Dutch slugs: /, /vergelijk, /gemeente, /gemeente/GM0363, /methode.
 * Pages of colleagues plug in by adding a Route variant, a case in parseRoute and an entry in App.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'map' }
  | { page: 'compare' }
  | { page: 'gemeente'; code: string | null }
  | { page: 'method' }
  | { page: 'notfound'; path: string };

const base = (): string => {
  const b = typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/';
  return b.endsWith('/') ? b : `${b}/`;
};

export function parseRoute(pathname: string, basePath = base()): Route {
  const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'index.html')) return { page: 'map' };
  if (parts.length === 1 && parts[0] === 'vergelijk') return { page: 'compare' };
  if (parts.length === 1 && parts[0] === 'methode') return { page: 'method' };
  if (parts.length === 1 && parts[0] === 'gemeente') return { page: 'gemeente', code: null };
  if (parts.length === 2 && parts[0] === 'gemeente' && /^GM\d{4}$/.test(parts[1]!)) return { page: 'gemeente', code: parts[1]! };
  return { page: 'notfound', path: pathname };
}

export function routePath(route: Route, basePath = base()): string {
  switch (route.page) {
    case 'map':
      return basePath;
    case 'compare':
      return `${basePath}vergelijk`;
    case 'method':
      return `${basePath}methode`;
    case 'gemeente':
      return route.code ? `${basePath}gemeente/${route.code}` : `${basePath}gemeente`;
    case 'notfound':
      return route.path;
  }
}

const NAVIGATE = 'atlas:navigate';

export function navigate(path: string): void {
  if (path === `${location.pathname}${location.search}`) return;
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.pathname));
  useEffect(() => {
    const sync = (): void => setRoute(parseRoute(location.pathname));
    window.addEventListener('popstate', sync);
    window.addEventListener(NAVIGATE, sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener(NAVIGATE, sync);
    };
  }, []);
  return route;
}

/** The query string (`?…`), updated on back/forward and on `navigate`, for pages whose state lives in it. */
export function useLocationSearch(): string {
  const [search, setSearch] = useState(() => location.search);
  useEffect(() => {
    const sync = (): void => setSearch(location.search);
    window.addEventListener('popstate', sync);
    window.addEventListener(NAVIGATE, sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener(NAVIGATE, sync);
    };
  }, []);
  return search;
}
