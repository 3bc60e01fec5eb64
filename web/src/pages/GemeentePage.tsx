/**
 * /gemeente/GMxxxx: one A4 page a burgemeester reads in two minutes — the gemeente and the regions it lies in,
 * the three theme scores against all gemeenten and five vergelijkbare gemeenten, per theme the wijken with the
 * strongest signals (a small SVG map and a top 5) and the indicators that weigh most, registered crime since
 * 2010, sources, years and what a score does and does not say. /gemeente without a code is a picker.
 * Prints to exactly one A4 page (summary.css).
 */
import { useEffect, useMemo, useState } from 'react';
import { median } from 'd3-array';
import { col, type ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { dataErrorMessage } from '../data/errors.ts';
import { unionBBox, type RegionFeature, type RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { hierarchyOf } from '../data/regions.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { CLASS_COLORS, MISSING_COLOR, classOf, colorIndex, quantileBreaks } from '../map/classes.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Search } from '../search/Search.tsx';
import { makeEntry } from '../search/search-index.ts';
import { parseSimilar } from '../compare/selection.ts';
import { navigate, routePath } from '../routing/router.ts';
import { DEFAULT_STATE, encodeState } from '../routing/url-state.ts';
import { ScoreStrip } from '../summary/ScoreStrip.tsx';
import { WijkMap } from '../summary/WijkMap.tsx';
import { rankAmong, rankSide, themeParts, topRegions, weighsMost } from '../summary/summary-model.ts';
import { summarySources } from '../summary/sources.ts';
import { CrimeTrend } from '../trends/CrimeTrend.tsx';
import { Link } from '../ui/Link.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import '../summary/summary.css';

const gemeentePath = (code: string | null): string => routePath({ page: 'gemeente', code }, '/');

export function GemeentePage({ data, code }: { data: AtlasData; code: string | null }) {
  const [gemeente, setGemeente] = useState<RegionTable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    data
      .table('gemeente')
      .then((tbl) => live && setGemeente(tbl))
      .catch((e: unknown) => live && setError(dataErrorMessage(e)));
    return () => {
      live = false;
    };
  }, [data, attempt]);

  if (error) {
    return (
      <main id="main" className="page gemeente-page" tabIndex={-1}>
        <ErrorMessage messages={[error]} onRetry={() => setAttempt((a) => a + 1)} />
      </main>
    );
  }
  if (!gemeente) {
    return (
      <main id="main" className="page gemeente-page" tabIndex={-1}>
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  const row = code ? gemeente.row(code) : undefined;
  if (!code || row === undefined) return <GemeentePicker gemeente={gemeente} unknown={code} />;
  return <GemeenteSummary key={code} data={data} gemeente={gemeente} row={row} />;
}

function GemeentePicker({ gemeente, unknown }: { gemeente: RegionTable; unknown: string | null }) {
  const entries = useMemo(() => {
    const pop = gemeente.numbers('population');
    return gemeente.codes.map((c, i) => makeEntry(c, gemeente.names[i]!, 'gemeente', null, pop[i]!));
  }, [gemeente]);
  const largest = useMemo(() => [...entries].sort((a, b) => b.population - a.population).slice(0, 4), [entries]);
  useDocumentTitle(`${t('nav.gemeente')} — ${t('app.title')}`);
  return (
    <main id="main" className="page gemeente-page gemeente-picker" tabIndex={-1} data-testid="gemeente-picker">
      <h1>{t('nav.gemeente')}</h1>
      {unknown && <p className="missing">{t('summary.notFound', { code: unknown })}</p>}
      <p>{t('summary.pick.intro')}</p>
      <Search
        entries={entries}
        complete
        onChoose={(e) => navigate(gemeentePath(e.code))}
        label={t('summary.pick.label')}
        placeholder={t('summary.pick.placeholder')}
        testId="gemeente-search"
      />
      <p className="muted">
        {t('summary.pick.examples')}{' '}
        {largest.map((e, i) => (
          <span key={e.code}>
            {i > 0 && ', '}
            <Link to={gemeentePath(e.code)}>{e.name}</Link>
          </span>
        ))}
      </p>
    </main>
  );
}

interface WijkData {
  table: RegionTable;
  rows: number[];
  features: RegionFeature[];
  geometry: RegionGeometry | null;
}

function useWijken(data: AtlasData, code: string): { wijk: WijkData | null; done: boolean; errors: string[] } {
  const [state, setState] = useState<{ wijk: WijkData | null; done: boolean; errors: string[] }>({ wijk: null, done: false, errors: [] });
  useEffect(() => {
    let live = true;
    const hasMap = data.catalogue.hasGeometry('wijk');
    Promise.allSettled([data.table('wijk'), hasMap ? data.geometry('wijk') : Promise.resolve(null)]).then(([tbl, geo]) => {
      if (!live) return;
      const errors = [tbl, geo].flatMap((r) => (r.status === 'rejected' ? [dataErrorMessage(r.reason)] : []));
      if (tbl.status === 'rejected') return setState({ wijk: null, done: true, errors });
      const table = tbl.value;
      const rows = table.rowsWhere('gemeente_code', code);
      const codes = new Set(rows.map((r) => table.codes[r]!));
      const geometry = geo.status === 'fulfilled' ? geo.value : null;
      const features = geometry ? geometry.collection.features.filter((f) => codes.has(f.properties.code)) : [];
      setState({ wijk: { table, rows, features, geometry }, done: true, errors });
    });
    return () => {
      live = false;
    };
  }, [data, code]);
  return state;
}

function GemeenteSummary({ data, gemeente, row }: { data: AtlasData; gemeente: RegionTable; row: number }) {
  const { manifest, catalogue } = data;
  const code = gemeente.codes[row]!;
  const name = gemeente.names[row]!;
  const { wijk, done, errors } = useWijken(data, code);

  useDocumentTitle(t('summary.docTitle', { name }));

  const similar = useMemo(() => parseSimilar(gemeente.string('similar_gemeenten', row)).filter((c) => gemeente.row(c) !== undefined), [gemeente, row]);
  const similarRows = similar.map((c) => gemeente.row(c)!);
  const bbox = useMemo(() => (wijk?.geometry ? unionBBox(wijk.features.map((f) => wijk.geometry!.bboxes.get(f.properties.code)!).filter(Boolean)) : null), [wijk]);
  const sources = useMemo(() => summarySources(manifest), [manifest]);
  const url = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;

  return (
    <main id="main" className="page gemeente-page" tabIndex={-1}>
      <div className="summary-tools" data-testid="summary-tools">
        <button type="button" className="button" onClick={() => window.print()} data-testid="summary-print">
          {t('summary.print')}
        </button>
        <span className="muted small">{t('summary.print.hint')}</span>
        <span className="summary-tools-links">
          <Link to={`/?${encodeState({ ...DEFAULT_STATE, selection: code })}`}>{t('summary.onMap')}</Link>
          <Link to={gemeentePath(null)}>{t('summary.other')}</Link>
        </span>
      </div>
      {errors.length > 0 && <ErrorMessage messages={errors} />}

      <article className="summary-sheet" data-testid="gemeente-summary" data-code={code} data-state={done ? 'ready' : 'loading'} aria-labelledby="summary-title">
        <header className="sum-head">
          <div>
            <p className="kicker">{t('summary.kicker')}</p>
            <h1 id="summary-title">{name}</h1>
          </div>
          <dl className="sum-facts">
            <div>
              <dt>{t('profile.population')}</dt>
              <dd data-testid="summary-population">{fmt.integer(gemeente.number('population', row))}</dd>
            </div>
            {hierarchyOf(gemeente, row).map((link) => (
              <div key={link.code}>
                <dt>{t(`level.${link.kind}` as const)}</dt>
                <dd>{link.name}</dd>
              </div>
            ))}
          </dl>
        </header>
        <p className="sum-disclaimer" data-testid="summary-disclaimer">
          {manifest.disclaimer}
        </p>

        <div className="sum-themes">
          {manifest.themes.map((theme) => (
            <ThemeColumn key={theme.id} data={data} theme={theme} gemeente={gemeente} row={row} similarRows={similarRows} wijk={wijk} bbox={bbox} wijkDone={done} />
          ))}
        </div>
        <SummaryLegend name={name} />

        <div className="sum-bottom">
          <CrimeTrend data={data} code={code} name={name} width={300} height={118} heading="h2" headingClass="sum-h2" />
          <section aria-labelledby="sum-similar-title" data-testid="summary-similar">
            <h2 id="sum-similar-title" className="sum-h2">
              {t('summary.similar')}
            </h2>
            {similarRows.length === 0 ? (
              <p className="muted">{t('summary.similar.none')}</p>
            ) : (
              <table className="sum-table">
                <thead>
                  <tr>
                    <th scope="col">{t('summary.col.gemeente')}</th>
                    <th scope="col" className="num">
                      {t('summary.col.population')}
                    </th>
                    {manifest.themes.map((th) => (
                      <th key={th.id} scope="col" className="num">
                        {th.label}
                        {th.proxy && ` (${t('theme.proxy')})`}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[row, ...similarRows].map((r) => (
                    <tr key={gemeente.codes[r]} className={r === row ? 'is-self' : undefined} data-code={gemeente.codes[r]}>
                      <th scope="row">{gemeente.names[r]}</th>
                      <td className="num">{fmt.integer(gemeente.number('population', r))}</td>
                      {manifest.themes.map((th) => (
                        <td key={th.id} className="num">
                          {fmt.score(gemeente.number(col.theme(th.id), r))}
                        </td>
                      ))}
                    </tr>
                  ))}
                  <tr className="is-median">
                    <th scope="row">{t('summary.similar.median')}</th>
                    <td className="num">{fmt.integer(median(gemeente.numbers('population')))}</td>
                    {manifest.themes.map((th) => (
                      <td key={th.id} className="num">
                        {fmt.score(median(gemeente.numbers(col.theme(th.id))))}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            )}
            <p className="sum-note">{t('summary.similar.note')}</p>
          </section>
        </div>

        <footer className="sum-foot">
          <p>
            <strong>{t('summary.read')}.</strong> {t('theme.score.explain')} {t('summary.weighs.explain')}
          </p>
          {manifest.themes
            .filter((th) => th.proxy && th.proxyNote)
            .map((th) => (
              <p key={th.id} data-testid={`summary-proxy-${th.id}`}>
                <strong>
                  {th.label} ({t('theme.proxy')}).
                </strong>{' '}
                {th.proxyNote}
              </p>
            ))}
          <p>
            <strong>{t('summary.sources')}:</strong> {sources.join('; ')}.
          </p>
          <p className="muted">
            {t('footer.built', { date: fmt.date(manifest.builtAt), version: manifest.pipelineVersion })} · {t('summary.boundary', { year: manifest.boundaryYear })}
            {url && <> · {t('summary.online', { url })}</>}
          </p>
        </footer>
      </article>
    </main>
  );
}

interface ThemeColumnProps {
  data: AtlasData;
  theme: ThemeManifest;
  gemeente: RegionTable;
  row: number;
  similarRows: readonly number[];
  wijk: WijkData | null;
  bbox: ReturnType<typeof unionBBox>;
  wijkDone: boolean;
}

function ThemeColumn({ data, theme, gemeente, row, similarRows, wijk, bbox, wijkDone }: ThemeColumnProps) {
  const { catalogue } = data;
  const name = gemeente.names[row]!;
  const column = col.theme(theme.id);
  const score = gemeente.number(column, row);
  const all = gemeente.numbers(column);
  const rank = score === null ? null : rankAmong(all, score);
  const side = rank && rankSide(rank);
  const total = catalogue.themeIndicators(theme).length;
  const count = gemeente.number(col.themeCount(theme.id), row);
  const weighs = weighsMost(themeParts(catalogue, theme, gemeente, row), 3);

  const wijkScores = wijk?.table.numbers(column) ?? null;
  const breaks = useMemo(() => (wijkScores ? quantileBreaks(wijkScores) : null), [wijkScores]);
  const top = wijk ? topRegions(wijk.rows.map((r) => ({ code: wijk.table.codes[r]!, name: wijk.table.names[r]!, value: wijk.table.number(column, r) })), 5) : [];
  const fill = (wijkCode: string): string => {
    const r = wijk?.table.row(wijkCode);
    const v = r === undefined || !wijkScores ? NaN : wijkScores[r]!;
    return breaks && Number.isFinite(v) ? CLASS_COLORS[colorIndex(breaks, classOf(breaks, v))]! : MISSING_COLOR;
  };

  return (
    <section className="sum-theme" aria-labelledby={`sum-theme-${theme.id}`} data-testid={`summary-theme-${theme.id}`}>
      <h2 id={`sum-theme-${theme.id}`} className="sum-theme-title">
        {theme.label}
        {theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
      </h2>
      <p className="sum-proxy">{theme.proxy ? t('summary.proxy') : ''}</p>
      <div className="sum-score-block">
        <div className="sum-score-row">
          <p className="sum-score">
            <span className="sum-score-num" data-testid={`summary-score-${theme.id}`}>
              {score === null ? '–' : fmt.score(score)}
            </span>
            <span className="sum-score-of">{score === null ? fmt.missing(gemeente.string(col.themeReason(theme.id), row)) : t('summary.outOf')}</span>
          </p>
          {score !== null && rank && (
            <ScoreStrip
              all={all}
              value={score}
              similar={similarRows.flatMap((r) => {
                const v = gemeente.number(column, r);
                return v === null ? [] : [v];
              })}
              name={name}
              total={rank.total}
              width={150}
            />
          )}
        </div>
        {rank && side && (
          <p className="sum-rank" data-testid={`summary-rank-${theme.id}`}>
            {t(side.side === 'high' ? 'summary.rank.high' : 'summary.rank.low', { n: fmt.integer(side.n), total: fmt.integer(rank.total) })}
          </p>
        )}
        <p className="sum-count">{t('summary.count', { n: fmt.integer(count), total: fmt.integer(total) })}</p>
      </div>
      <div className="sum-wijken">
        <h3 className="sum-h3">{t('summary.wijken')}</h3>
        {wijk && bbox && wijk.features.length > 0 && (
          <WijkMap
            features={wijk.features}
            bbox={bbox}
            fill={fill}
            markers={top.map((w) => w.code)}
            label={t('summary.map.aria', { name, theme: theme.label })}
            width={230}
            height={150}
          />
        )}
      </div>
      <div className="sum-top-block">
        {!wijkDone ? (
          <p className="muted small">{t('app.loading')}</p>
        ) : top.length === 0 ? (
          <p className="muted small">{t('summary.wijken.none')}</p>
        ) : (
          <ol className="sum-top" data-testid={`summary-top-${theme.id}`}>
            {top.map((w) => (
              <li key={w.code} data-code={w.code}>
                <span className="sum-top-name">{w.name}</span>
                <span className="sum-top-score">{fmt.score(w.value)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="sum-weighs-block">
        <h3 className="sum-h3 sum-h3-split">
          <span>{t('summary.weighs')}</span>
          <span>{t('summary.weighs.col')}</span>
        </h3>
        <ol className="sum-weighs" data-testid={`summary-weighs-${theme.id}`}>
          {weighs.map((c) => {
            const ind = catalogue.indicator(c.id)!;
            return (
              <li key={c.id} data-id={c.id}>
                <span className="sum-weighs-item">
                  <span className="sum-weighs-label">
                    {ind.label}
                    {ind.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
                  </span>
                  <span className="sum-weighs-points" title={t('summary.weighs.points', { points: signed(c.points) })}>
                    {signed(c.points)}
                  </span>
                  <span className="sum-weighs-meta">
                    {t('summary.weighs.pct', { pct: fmt.score(c.percentile) })} · {fmt.value(gemeente.number(col.value(c.id), row), ind.unit, ind.decimals)}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}

/**
 * One legend for the three columns: the strip under each score, and the wijk maps (each theme has its own
 * quantile breaks, but the classes mean the same: fifths of all wijken in the country).
 */
function SummaryLegend({ name }: { name: string }) {
  const swatch = (fill: string) => (
    <svg width="13" height="9" aria-hidden="true">
      <rect width="13" height="9" fill={fill} />
    </svg>
  );
  return (
    <div className="sum-legend" data-testid="summary-legend">
      <p>
        <span>{t('summary.strip.legend')}</span>
        <span className="sum-legend-ramp">
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="4" className="strip-dot" />
          </svg>
          {name}
        </span>
        <span className="sum-legend-ramp">
          <svg width="6" height="10" aria-hidden="true">
            <line x1="3" x2="3" y1="0" y2="10" className="strip-similar" />
          </svg>
          {t('summary.strip.similar')}
        </span>
      </p>
      <p>
        <span>{t('summary.legend')}:</span>
        <span className="sum-legend-ramp">
          {t('summary.legend.low')}
          {CLASS_COLORS.map((c) => (
            <span key={c}>{swatch(c)}</span>
          ))}
          {t('summary.legend.high')}
        </span>
        <span className="sum-legend-ramp">
          {swatch(MISSING_COLOR)}
          {t('summary.legend.none')}
        </span>
      </p>
    </div>
  );
}

/** "+12" / "−8" (a real minus sign), rounded like the scores. */
function signed(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${fmt.integer(Math.abs(rounded))}`;
}
