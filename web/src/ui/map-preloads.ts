/**
 * The first map's files, preloaded only when the map is the page being opened: from index.html they were
 * preloaded on every route, and /vergelijk, /methode and /gemeente/… never use them (the browser warns about
 * each). Called before React renders, so the fetches still overlap with starting the app.
 */
import { dataUrl } from '../data/data-url.ts';
import { basePath } from '../routing/address.ts';

const MAP_FILES = ['gemeente.arrow', 'geo/gemeente.topojson', 'geo/provincie.topojson'] as const;

export function preloadMapFiles(doc: Document = document, path: string = location.pathname): void {
  const base = basePath();
  if (path !== base && path !== `${base}index.html`) return;
  for (const file of MAP_FILES) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = dataUrl(file);
    doc.head.append(link);
  }
}
