/**
 * App shell: header with navigation and the search slot, manifest loading, and the page for the route.
 */
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AtlasData } from './data/atlas-data.ts';
import type { Fetcher } from './data/fetch.ts';
import { loadManifest } from './data/manifest.ts';
import { t } from './i18n/nl.ts';
import { ErrorMessage } from './ui/ErrorMessage.tsx';
import { Link } from './ui/Link.tsx';
import { CopyLinkButton } from './ui/CopyLinkButton.tsx';
import { useFocusOnNavigate } from './ui/use-focus-on-navigate.ts';
import { startPageFiles } from './ui/page-preloads.ts';
import { MapPage } from './pages/MapPage.tsx';
import { startMapLibre } from './map/maplibre-loader.ts';
import { MapLink } from './map/MapLink.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { signal } from './instrumentation/signals.ts';
import { parseRoute, routePath, useRoute, type Route } from './routing/router.ts';
import { useAsync } from './ui/use-async.ts';
import { useWeightsParam } from './weights/use-weights.ts';
import { useDocumentTitle } from './ui/use-document-title.ts';
import { weightedAtlas } from './weights/weighted-atlas.ts';
import { WeightsBanner } from './weights/WeightsBanner.tsx';
import { QueryBanner } from './analyse/QueryBanner.tsx';

const fetcher: Fetcher = (url) => fetch(url, { credentials: 'same-origin' });

// DuckDB-WASM is code-split: its JS is fetched only after the first map is drawn.
const connect = () => import('./data/duckdb/wasm-connector.ts').then((m) => m.createWasmConnector());
const startAtlas = (): Promise<AtlasData> =>
  loadManifest(fetcher).then((m) => {
    const atlas = new AtlasData(m, fetcher, connect);
    startPageFiles(atlas);
    return atlas;
  });
// The first load starts when this module is evaluated, so reading the manifest overlaps React's first render
// instead of waiting for its effects; a retry (or a second mount) loads afresh.
let firstLoad: Promise<AtlasData> | null = startAtlas();
firstLoad.catch(() => undefined); // reported by useAsync, which receives this promise
const loadAtlas = (): Promise<AtlasData> => {
  const load = firstLoad ?? startAtlas();
  firstLoad = null;
  return load;
};

// Pages besides the map are code-split: the first map does not wait for them.
const pageCode = {
  compare: () => import('./pages/ComparePage.tsx'),
  method: () => import('./pages/MethodPage.tsx'),
  analyse: () => import('./pages/AnalysePage.tsx'),
  gemeente: () => import('./pages/GemeentePage.tsx'),
};
// The opened page's code is asked for now, beside the manifest, instead of when the page first renders (after the
// manifest is parsed): import() gives lazy() below the same module.
const opened = parseRoute(location.pathname).page;
// On the map page MapLibre is evaluated, and its worker started, as soon as its preloaded code is in, not when the
// map is made; on the other pages its code is only fetched, when the reader points at or tabs to a link to the map (MapLink).
if (opened === 'map') startMapLibre();
if (opened in pageCode) void pageCode[opened as keyof typeof pageCode]().catch(() => undefined);
const ComparePage = lazy(() => pageCode.compare().then((m) => ({ default: m.ComparePage })));
const MethodPage = lazy(() => pageCode.method().then((m) => ({ default: m.MethodPage })));
const AnalysePage = lazy(() => pageCode.analyse().then((m) => ({ default: m.AnalysePage })));
const GemeentePage = lazy(() => pageCode.gemeente().then((m) => ({ default: m.GemeentePage })));

const NAV: { route: Route; label: Parameters<typeof t>[0]; match: Route['page'] }[] = [
  { route: { page: 'map' }, label: 'nav.map', match: 'map' },
  { route: { page: 'compare' }, label: 'nav.compare', match: 'compare' },
  { route: { page: 'gemeente', code: null }, label: 'nav.gemeente', match: 'gemeente' },
  { route: { page: 'analyse' }, label: 'nav.analyse', match: 'analyse' },
  { route: { page: 'method' }, label: 'nav.method', match: 'method' },
];

/** The tab's title per page, so a reader with several tabs or a screen reader can tell them apart. */
const PAGE_TITLE: Partial<Record<Route['page'], Parameters<typeof t>[0]>> = {
  compare: 'nav.compare',
  analyse: 'nav.analyse',
  method: 'nav.method',
  notfound: 'page.notfound.title',
};

export function App() {
  const route = useRoute();
  useFocusOnNavigate(route.page === 'gemeente' ? `gemeente/${route.code ?? ''}` : route.page, route.page !== 'map');
  const atlas = useAsync(loadAtlas);
  // Custom weights from the address: every page gets the data as seen through them (weights/weighted-atlas.ts).
  const weights = useWeightsParam(atlas.data);
  const data = useMemo(() => (atlas.data ? weightedAtlas(atlas.data, weights) : null), [atlas.data, weights]);
  const [searchSlot, setSearchSlot] = useState<HTMLElement | null>(null);

  useEffect(() => {
    if (atlas.error) signal.dataError(atlas.error);
  }, [atlas.error]);

  // A gemeente's summary and the picker name the tab themselves (their effects run before this one, which leaves
  // them be). Leaving a page gives the tab the atlas's own title back (cleanups run before the next page's
  // effects), so a gemeente page that is still loading does not keep the last page's title.
  const titleKey = PAGE_TITLE[route.page];
  useDocumentTitle(titleKey ? `${t(titleKey)} — ${t('app.title')}` : null);

  const loading = (
    <main id="main" className="page page-loading" tabIndex={-1}>
      <p role="status">{t('app.loading')}</p>
    </main>
  );
  /** A page that needs the manifest: the page once it is loaded, else the loading text or the error. */
  const withData = (render: (data: AtlasData) => ReactNode): ReactNode =>
    data ? (
      <Suspense fallback={loading}>{render(data)}</Suspense>
    ) : atlas.error ? (
      <main id="main" className="page page-error" tabIndex={-1}>
        <ErrorMessage messages={[atlas.error]} onRetry={atlas.retry} />
      </main>
    ) : (
      loading
    );

  let page;
  if (route.page === 'map') page = withData((data) => <MapPage data={data} searchSlot={searchSlot} />);
  else if (route.page === 'compare') page = withData((data) => <ComparePage data={data} />);
  else if (route.page === 'method') page = withData((data) => <MethodPage data={data} />);
  else if (route.page === 'analyse') page = withData((data) => <AnalysePage data={data} />);
  else if (route.page === 'gemeente') page = withData((data) => <GemeentePage data={data} code={route.code} />);
  else page = <NotFoundPage path={route.path} />;

  return (
    <div className={`app route-${route.page}`}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <MapLink to="/" className="brand-name">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.title')}
          </MapLink>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {NAV.map((n) => {
              // the map's link fetches MapLibre ahead
              const NavLink = n.match === 'map' ? MapLink : Link;
              return (
                <li key={n.match}>
                  <NavLink to={routePath(n.route, '/')} aria-current={route.page === n.match ? 'page' : undefined} data-testid={`nav-${n.match}`}>
                    {t(n.label)}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="header-search" ref={setSearchSlot} />
        <CopyLinkButton />
      </header>
      {data && route.page !== 'analyse' && <WeightsBanner manifest={data.manifest} />}
      {data && route.page === 'map' && <QueryBanner manifest={data.manifest} />}
      {page}
    </div>
  );
}
