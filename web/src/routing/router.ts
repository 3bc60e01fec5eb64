/** The page for the current address, following every change of it (routes.ts: the pages and their addresses). */
import { usePath } from './address.ts';
import { parseRoute, type Route } from './routes.ts';

export { parseRoute, routePath, type Route } from './routes.ts';

export function useRoute(): Route {
  return parseRoute(usePath());
}
