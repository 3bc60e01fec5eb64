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

/**
 * Address parameters after which the first map may need more than the gemeente first-view table: another level or
 * view, an indicator's percentiles, a selected gemeente's profile, other values than the published ones. map/first-view.ts decides exactly; this
 * cheaper test only picks which table to ask for first, and errs towards the full table. Spelled out rather than
 * imported from the modules that own them, to keep this entry tiny (a unit test holds them to those modules).
 */
export const FULL_TABLE_PARAMS = ['indicator', 'niveau', 'kaart', 'gebied', 'weergave', 'gecorrigeerd', 'jaar', 'sql', 'weging'] as const;

/** Whether the first map will be drawn from the gemeente first-view table (else from the full table). */
export function opensOnFirstView(search: string): boolean {
  const params = new URLSearchParams(search);
  return !FULL_TABLE_PARAMS.some((key) => params.has(key));
}

/** The files startMapFiles reads: the gemeente table (or its first view), its polygons and the provincie lines. */
const mapFiles = (search: string) => [
  opensOnFirstView(search) ? dataFile.firstViewArrow('gemeente') : dataFile.arrow('gemeente'),
  dataFile.geometry('gemeente'),
  dataFile.context('provincie'),
];

function opensOnMap(path: string): boolean {
  const base = basePath();
  return path === base || path === `${base}index.html`;
}

export function preloadMapFiles(doc: Document = document, path: string = location.pathname, search: string = location.search): void {
  if (!opensOnMap(path)) return;
  for (const file of mapFiles(search)) {
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
export function startMapFiles(atlas: AtlasData, path: string = location.pathname, search: string = location.search): void {
  if (!opensOnMap(path)) return;
  const table = (opensOnFirstView(search) ? atlas.firstView('gemeente') : null) ?? atlas.table('gemeente');
  for (const load of [atlas.geometry('gemeente'), atlas.context('provincie'), table]) load.catch(() => undefined);
}
