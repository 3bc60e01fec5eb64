/**
 * The data files of the page being opened (the first map, or a gemeente's one-page summary), preloaded only for the
 * page that reads them: from index.html they were preloaded on every route, and pages that never use them made the
 * browser warn about each. Called before React renders, so the fetches overlap with starting the app instead of
 * waiting for the page's code, its first render and (on the summary) the gemeente table before the wijken's.
 * Chosen before the manifest is known, so a few go unused (and answer 404 where the file is missing): wijk outlines
 * on a build without them, the slices on a build from before them, a summary's files for a code no gemeente has.
 */
// The contract's file names straight from their module: '@atlas/contract' would bring its schemas (and zod)
// into this tiny entry, which must request these files before any of the app's code has arrived.
import { dataFile } from '../../../contract/files.ts';
import type { AtlasData } from '../data/atlas-data.ts';
import { dataUrl } from '../data/data-url.ts';
import { parseRoute } from '../routing/routes.ts';

/**
 * Address parameters after which the first map may need more than the gemeente first-view table: another level or
 * view, an indicator's percentiles, a selected gemeente's profile, other values than the published ones. map/first-view.ts decides exactly; this
 * cheaper test only picks which table to ask for first, and errs towards the full table. Spelled out rather than
 * imported from the modules that own them, to keep this entry tiny (a unit test holds them to those modules).
 */
export const MAP_FULL_TABLE_PARAMS = ['indicator', 'niveau', 'kaart', 'gebied', 'weergave', 'gecorrigeerd', 'jaar', 'sql', 'weging'] as const;

const hasAny = (search: string, keys: readonly string[]): boolean => {
  const params = new URLSearchParams(search);
  return keys.some((key) => params.has(key));
};

/** Whether the first map will be drawn from the gemeente first-view table (else from the full table). */
export const opensOnFirstView = (search: string): boolean => !hasAny(search, MAP_FULL_TABLE_PARAMS);

/** The files startPageFiles reads for the map: the gemeente table (or its first view), its polygons and the provincie lines. */
const mapFiles = (search: string) => [
  opensOnFirstView(search) ? dataFile.sliceArrow('gemeente', 'first-view') : dataFile.arrow('gemeente'),
  dataFile.geometry('gemeente'),
  dataFile.context('provincie'),
];

/** Custom weights change the wijken's theme scores: the summary then reads the whole wijk table (weights-url.ts owns the name). */
export const SUMMARY_FULL_TABLE_PARAMS = ['weging'] as const;
const summaryReadsSlice = (search: string): boolean => !hasAny(search, SUMMARY_FULL_TABLE_PARAMS);

/** The files a gemeente's summary reads: the gemeente table, its wijken's theme scores and outlines, the gemeenten's trends. */
const summaryFiles = (search: string) => [
  dataFile.arrow('gemeente'),
  summaryReadsSlice(search) ? dataFile.sliceArrow('wijk', 'themes') : dataFile.arrow('wijk'),
  dataFile.geometry('wijk'),
  dataFile.trendsGemeenteArrow,
];

type Opened = { page: 'map' } | { page: 'summary'; code: string } | null;
function opened(path: string): Opened {
  const route = parseRoute(path);
  if (route.page === 'map') return { page: 'map' };
  return route.page === 'gemeente' && route.code !== null ? { page: 'summary', code: route.code } : null;
}

export function preloadPageFiles(doc: Document = document, path: string = location.pathname, search: string = location.search): void {
  const page = opened(path)?.page;
  const files = page === 'map' ? mapFiles(search) : page === 'summary' ? summaryFiles(search) : [];
  for (const file of files) {
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
 * React has rendered the page (and, on the map, MapLibre has started): the map's polygons are then ready when
 * MapLibre's style is, so its worker tiles them while the page is still being set up. Geometry first, so it is not
 * queued behind reading a table. The page asks for the same files and gets these promises (AtlasData keeps them);
 * a failure is dropped here and reported by the page's own request, which retries it. A summary's wijken and trends
 * are read once the gemeente table has its code: for a code no gemeente has, the page is the picker.
 */
export function startPageFiles(atlas: AtlasData, path: string = location.pathname, search: string = location.search): void {
  const opens = opened(path);
  const loads: Promise<unknown>[] = [];
  if (opens?.page === 'map') {
    const table = (opensOnFirstView(search) ? atlas.slice('gemeente', 'first-view') : null) ?? atlas.table('gemeente');
    loads.push(atlas.geometry('gemeente'), atlas.context('provincie'), table);
  } else if (opens?.page === 'summary') {
    const summary = async (): Promise<void> => {
      if ((await atlas.table('gemeente')).row(opens.code) === undefined) return;
      await startSummaryFiles(atlas, summaryReadsSlice(search));
    };
    loads.push(summary());
  }
  for (const load of loads) load.catch(() => undefined);
}

/**
 * Reads what a gemeente's summary reads (the gemeente table, its wijken's theme scores and outlines, the gemeenten's
 * trends) side by side, for a code known to be a gemeente's: at boot (above), or when the picker chooses one, so the
 * summary does not fetch the gemeente table first and its wijken after. `readsSlice` false: custom weights in the
 * address of the base data (a weighted view has no slices of its own). Failures are left to the page's own requests.
 */
export function startSummaryFiles(atlas: AtlasData, readsSlice = true): Promise<unknown> {
  const wijken = (readsSlice ? atlas.slice('wijk', 'themes') : null) ?? atlas.table('wijk');
  const loads = [atlas.table('gemeente'), ...(atlas.catalogue.hasGeometry('wijk') ? [atlas.geometry('wijk')] : []), wijken, atlas.trends('gemeente')];
  for (const load of loads) load.catch(() => undefined);
  return Promise.all(loads);
}
