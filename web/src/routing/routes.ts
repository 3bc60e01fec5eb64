/**
 * The pages and their Dutch addresses: /, /vergelijk, /gemeente, /gemeente/GM0363, /methode. A new page is a Route
 * variant, a case in parseRoute and routePath, and an entry in App. Without React, so the tiny entry
 * (main.tsx → ui/page-preloads.ts) can tell which page is being opened; router.ts follows the address.
 */
import { basePath } from './base-path.ts';

export type Route =
  | { page: 'map' }
  | { page: 'compare' }
  | { page: 'gemeente'; code: string | null }
  | { page: 'method' }
  | { page: 'analyse' }
  | { page: 'notfound'; path: string };

export function parseRoute(pathname: string, base = basePath()): Route {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const parts = path.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0 || (parts.length === 1 && first === 'index.html')) return { page: 'map' };
  if (parts.length === 1 && first === 'vergelijk') return { page: 'compare' };
  if (parts.length === 1 && first === 'methode') return { page: 'method' };
  if (parts.length === 1 && first === 'analyse') return { page: 'analyse' };
  if (parts.length === 1 && first === 'gemeente') return { page: 'gemeente', code: null };
  if (parts.length === 2 && first === 'gemeente' && second !== undefined && /^GM\d{4}$/.test(second)) return { page: 'gemeente', code: second };
  return { page: 'notfound', path: pathname };
}

export function routePath(route: Route, base = basePath()): string {
  switch (route.page) {
    case 'map':
      return base;
    case 'compare':
      return `${base}vergelijk`;
    case 'method':
      return `${base}methode`;
    case 'analyse':
      return `${base}analyse`;
    case 'gemeente':
      return route.code ? `${base}gemeente/${route.code}` : `${base}gemeente`;
    case 'notfound':
      return route.path;
  }
}
