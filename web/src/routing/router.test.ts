import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from './router.ts';

describe('router', () => {
  it('parses the Dutch slugs', () => {
    expect(parseRoute('/', '/')).toEqual({ page: 'map' });
    expect(parseRoute('/vergelijk', '/')).toEqual({ page: 'compare' });
    expect(parseRoute('/methode/', '/')).toEqual({ page: 'method' });
    expect(parseRoute('/gemeente/GM0363', '/')).toEqual({ page: 'gemeente', code: 'GM0363' });
    expect(parseRoute('/gemeente/<x>', '/').page).toBe('notfound');
  });

  it('round-trips paths, also under a sub-path', () => {
    const routes: Route[] = [{ page: 'map' }, { page: 'compare' }, { page: 'method' }, { page: 'gemeente', code: 'GM0014' }, { page: 'gemeente', code: null }];
    for (const r of routes) {
      expect(parseRoute(routePath(r, '/'), '/')).toEqual(r);
      expect(parseRoute(routePath(r, '/atlas/'), '/atlas/')).toEqual(r);
    }
  });
});
