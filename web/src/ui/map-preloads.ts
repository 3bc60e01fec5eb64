/**
 * The first map's files, preloaded only when the map is the page being opened: from index.html they were
 * preloaded on every route, and /vergelijk, /methode and /gemeente/… never use them (the browser warns about
 * each). Called before React renders, so the fetches still overlap with starting the app.
 */
// The contract's file names straight from their module: '@atlas/contract' would bring its schemas (and zod)
// into this tiny entry, which must request these files before any of the app's code has arrived.
import { dataFile } from '../../../contract/files.ts';
import type { AtlasData } from '../data/atlas-data.ts';
import { dataUrl } from '../data/data-url.ts';
import { basePath } from '../routing/base-path.ts';

/** The files startMapFiles reads: the gemeente table, its polygons and the provincie lines. */
const MAP_FILES = [dataFile.arrow('gemeente'), dataFile.geometry('gemeente'), dataFile.context('provincie')];

function opensOnMap(path: string): boolean {
  const base = basePath();
  return path === base || path === `${base}index.html`;
}

export function preloadMapFiles(doc: Document = document, path: string = location.pathname): void {
  if (!opensOnMap(path)) return;
  for (const file of MAP_FILES) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = dataUrl(file);
    doc.head.append(link);
  }
}

/**
 * As soon as the manifest is known, the preloaded files are checked (sha256) and parsed, instead of after
 * React has rendered the page and MapLibre has started: the polygons are then ready when MapLibre's style
 * is, so its worker tiles them while the page is still being set up. Geometry first, so it is not queued
 * behind reading the table. The page asks for the same files and gets these promises (AtlasData keeps
 * them); a failure is dropped here and reported by the page's own request, which retries it.
 */
export function startMapFiles(atlas: AtlasData, path: string = location.pathname): void {
  if (!opensOnMap(path)) return;
  for (const load of [atlas.geometry('gemeente'), atlas.context('provincie'), atlas.table('gemeente')]) load.catch(() => undefined);
}
