/**
 * The two app shells: the same page, index.html for the map (/) and page.html for every other app route. Only
 * index.html preloads the map's code (MapLibre, 1 MB), so a gemeente's summary or /vergelijk does not download or
 * compile it up front. The build writes page.html (vite.config.ts); the node server and `vite preview` choose with
 * shellsFor, nginx with the same rule in deploy/nginx.conf. Either shell runs any route.
 */
export const MAP_PAGE_HTML = 'index.html' as const;
export const OTHER_PAGES_HTML = 'page.html' as const;

/** The attribute that marks, in index.html, the links only the map page needs. */
export const PAGE_LINK_ATTRIBUTE = 'data-page';
export const MAP_PAGE = 'map';

/** The shell an app route (parsed request-path segments) is answered with. */
export const appShell = (segments: readonly string[]): typeof MAP_PAGE_HTML | typeof OTHER_PAGES_HTML =>
  segments.length === 0 ? MAP_PAGE_HTML : OTHER_PAGES_HTML;

/** The shells to try for an app route, in order: its own, then index.html (a build from before page.html has only that). */
export const shellsFor = (segments: readonly string[]): string[] => [...new Set([appShell(segments), MAP_PAGE_HTML])];

/** The other pages' shell: index.html without the links marked for the map page. */
export const withoutMapPageLinks = (html: string): string => html.replace(new RegExp(`\\s*<link[^>]*${PAGE_LINK_ATTRIBUTE}="${MAP_PAGE}"[^>]*>`, 'g'), '');
