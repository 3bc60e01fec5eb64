/**
 * The two app shells: the same page, index.html for the map (/) and page.html for every other app route. Only
 * index.html preloads the map's code (MapLibre, 1 MB), so a gemeente's summary or /vergelijk neither downloads
 * nor compiles it. The build writes page.html (vite.config.ts); the node server, nginx (deploy/nginx.conf) and
 * `vite preview` choose between them with appShell. Either shell runs any route.
 */
export const MAP_PAGE_HTML = 'index.html';
export const OTHER_PAGES_HTML = 'page.html';

/** The attribute that marks, in index.html, the links only the map page needs. */
export const PAGE_LINK_ATTRIBUTE = 'data-page';
export const MAP_PAGE = 'map';

/** The shell an app route (parsed request-path segments) is answered with. */
export const appShell = (segments: readonly string[]): string => (segments.length === 0 ? MAP_PAGE_HTML : OTHER_PAGES_HTML);

/** The other pages' shell: index.html without the links marked for the map page. */
export const withoutMapPageLinks = (html: string): string => html.replace(new RegExp(`\\s*<link[^>]*${PAGE_LINK_ATTRIBUTE}="${MAP_PAGE}"[^>]*>`, 'g'), '');
