/**
 * The selected region's profile: theme score, every indicator of the theme with value, national value,
 * percentile, source and year, and the regions it lies in as links. Aggregate regions (politie-eenheid /
 * RIEC-regio, veiligheidsregio, provincie) show values summed from gemeente counts by DuckDB.
 */
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { col, type Aggregate, type Level, type ThemeManifest } from '@atlas/contract';
import type { AggregateRegion, AtlasData } from '../data/atlas-data.ts';
import type { SqlRow } from '../data/duckdb/connector.ts';
import type { RegionTable } from '../data/region-table.ts';
import { hierarchyOf, levelOfCode, type HierarchyLink } from '../data/regions.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';
import { CompareLinks } from '../compare/CompareLinks.tsx';
import { Link } from '../ui/Link.tsx';
import { routePath } from '../routing/router.ts';
import { CrimeTrend } from '../trends/CrimeTrend.tsx';
import { IndicatorExplanation } from '../explain/explain.tsx';
import { InfoPopover } from '../ui/InfoPopover.tsx';
import { PercentileBar } from '../ui/PercentileBar.tsx';

interface Props {
  data: AtlasData;
  tables: Partial<Record<Level, RegionTable>>;
  aggregates: Map<string, { kind: Aggregate; name: string; members: number }>;
  code: string | null;
  theme: ThemeManifest;
  display: Display;
  mapLevel: Level;
  hrefFor(code: string): string;
  onSelect(code: string): void;
  onIndicator(id: string | null): void;
  onClose(): void;
  /** Shown under a region's theme score (the buurten of a wijk, where there is no buurt map). */
  children?: ReactNode;
}

function RegionLink({ link, hrefFor, onSelect }: { link: HierarchyLink; hrefFor(code: string): string; onSelect(code: string): void }) {
  return (
    <a
      href={hrefFor(link.code)}
      className="region-link"
      onClick={(e: MouseEvent) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onSelect(link.code);
      }}
    >
      <span className="region-link-kind">{t(`level.${link.kind}` as const)}</span>
      <span className="region-link-name">{link.name}</span>
    </a>
  );
}

function Shell({ title, kicker, onClose, children }: { title: string; kicker: string; onClose(): void; children: ReactNode }) {
  return (
    <aside className="profile" data-testid="profile" aria-labelledby="profile-title">
      <div className="profile-head">
        <div>
          <p className="kicker">{kicker}</p>
          <h2 id="profile-title" className="profile-title">
            {title}
          </h2>
        </div>
        <button type="button" className="icon-button" aria-label={t('profile.close')} onClick={onClose} data-testid="profile-close">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </aside>
  );
}

export function ProfilePanel(props: Props) {
  const { code, tables, aggregates } = props;
  if (!code) {
    return (
      <aside className="profile profile-empty" data-testid="profile" aria-label={t('profile.title')}>
        <p>{t('profile.empty')}</p>
      </aside>
    );
  }
  const level = levelOfCode(code);
  if (level) {
    const table = tables[level];
    if (!table) {
      return (
        <Shell title={code} kicker={t(`level.${level}`)} onClose={props.onClose}>
          <p className="muted">{t('app.loading')}</p>
        </Shell>
      );
    }
    const row = table.row(code);
    if (row === undefined) {
      return (
        <Shell title={code} kicker={t(`level.${level}`)} onClose={props.onClose}>
          <p>{t('profile.notFound', { code })}</p>
        </Shell>
      );
    }
    return <RegionProfile {...props} table={table} row={row} level={level} />;
  }
  const agg = aggregates.get(code);
  if (!agg) {
    return (
      <Shell title={code} kicker={t('profile.title')} onClose={props.onClose}>
        <p>{t('profile.notFound', { code })}</p>
      </Shell>
    );
  }
  return <AggregateProfile {...props} code={code} kind={agg.kind} name={agg.name} members={agg.members} />;
}

function RegionProfile(props: Props & { table: RegionTable; row: number; level: Level }) {
  const { table, row, level, theme, data, display } = props;
  const catalogue = data.catalogue;
  const name = table.names[row]!;
  const gemeente = level !== 'gemeente' ? table.string('gemeente_name', row) : null;
  const score = table.number(col.theme(theme.id), row);
  const n = table.number(col.themeCount(theme.id), row);
  const items = catalogue.themeIndicators(theme);
  return (
    <Shell title={name} kicker={`${t(`level.${level}`)}${gemeente ? ` · ${gemeente}` : ''}`} onClose={props.onClose}>
      {level === 'buurt' && !catalogue.hasGeometry('buurt') && <p className="note">{t('profile.buurtNoMap')}</p>}
      <p className="profile-pop">
        {t('profile.population')}: <strong>{fmt.integer(table.number('population', row))}</strong>
      </p>
      <nav aria-label={t('profile.hierarchy')} className="hierarchy">
        <h3 className="section-title">{t('profile.hierarchy')}</h3>
        <ul className="plain">
          {hierarchyOf(table, row).map((link) => (
            <li key={link.code}>
              <RegionLink link={link} hrefFor={props.hrefFor} onSelect={props.onSelect} />
            </li>
          ))}
        </ul>
      </nav>
      <CompareLinks kind={level} code={table.codes[row]!} similar={level === 'gemeente' ? table.string('similar_gemeenten', row) : null} />
      {level === 'gemeente' && (
        <p className="small">
          <Link to={routePath({ page: 'gemeente', code: table.codes[row]! }, '/')} data-testid="profile-summary-link">
            {t('profile.summary')}
          </Link>
        </p>
      )}

      <section className={`score-card${display.kind === 'score' ? ' is-mapped' : ''}`} aria-labelledby="score-title">
        <h3 id="score-title" className="section-title">
          {t('theme.score')} {theme.label}
          {theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
        </h3>
        {score === null ? (
          <p className="missing">{fmt.missing(table.string(col.themeReason(theme.id), row))}</p>
        ) : (
          <div className="score-row">
            <span className="score-big">{fmt.score(score)}</span>
            <PercentileBar value={score} width={170} label={`${t('theme.score')} ${fmt.score(score)} van 100`} />
          </div>
        )}
        <p className="muted small">
          {t('profile.themeCount', { n: fmt.integer(n), total: items.length })} · {t('profile.level', { level: t(`level.${level}`).toLowerCase() })}
        </p>
      </section>
      {props.children}

      <section aria-labelledby="ind-title">
        <h3 id="ind-title" className="section-title">
          {t('profile.indicators')}
        </h3>
        <ul className="plain indicator-list">
          {items.map(({ indicator }) => {
            const value = table.number(col.value(indicator.id), row);
            const pct = table.number(col.percentile(indicator.id), row);
            const reason = table.string(col.reason(indicator.id), row);
            const sources = catalogue.indicatorSources(indicator, level);
            const mapped = display.indicator?.id === indicator.id;
            return (
              <li key={indicator.id} className={`ind-row${mapped ? ' is-mapped' : ''}`} data-testid={`profile-indicator-${indicator.id}`}>
                <div className="ind-head">
                  <button type="button" className="link-button" onClick={() => props.onIndicator(indicator.id)} aria-pressed={mapped}>
                    {indicator.label}
                  </button>
                  {indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
                  <InfoPopover label={indicator.label}>
                    <IndicatorExplanation indicator={indicator} level={level} catalogue={catalogue} />
                  </InfoPopover>
                </div>
                <dl className="ind-values">
                  <div>
                    <dt>{t('profile.value')}</dt>
                    <dd className={value === null ? 'missing' : 'strong'}>
                      {value === null ? fmt.missing(reason) : fmt.value(value, indicator.unit, indicator.decimals)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('profile.national')}</dt>
                    <dd className={indicator.national === null ? 'missing' : undefined}>{fmt.national(indicator.national, indicator.unit, indicator.decimals)}</dd>
                  </div>
                  <div className="ind-pct">
                    <dt>{t('profile.percentile')}</dt>
                    <dd>
                      <PercentileBar value={pct} width={120} />
                      <span className="pct-num">{value === null ? '–' : fmt.score(pct)}</span>
                    </dd>
                  </div>
                </dl>
                <p className="source-line">
                  {sources.map((s) => s.publisher).join(', ') || '–'}
                  {sources[0]?.tableId ? ` (${sources[0].tableId})` : ''}, {indicator.year}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      {level === 'gemeente' && <CrimeTrend data={data} code={table.codes[row]!} name={name} />}
      <p className="honesty small">{t('honesty.relative')}</p>
    </Shell>
  );
}

function AggregateProfile(props: Props & { code: string; kind: Aggregate; name: string; members: number }) {
  const { data, code, kind, theme, display } = props;
  const [agg, setAgg] = useState<AggregateRegion | null>(null);
  const [members, setMembers] = useState<SqlRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setAgg(null);
    setError(null);
    data
      .aggregates(kind, code)
      .then((rows) => live && setAgg(rows[0] ?? null))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [data, kind, code]);

  useEffect(() => {
    let live = true;
    setMembers(null);
    data
      .ranking({
        level: 'gemeente',
        columns: [display.column],
        orderBy: display.column,
        direction: display.reverse ? 'asc' : 'desc',
        filters: { within: { column: `${kind}_code`, code } },
        limit: 500,
      })
      .then((r) => live && setMembers(r.rows))
      .catch(() => live && setMembers([]));
    return () => {
      live = false;
    };
  }, [data, kind, code, display.column, display.reverse]);

  const items = data.catalogue.themeIndicators(theme);
  return (
    <Shell title={props.name} kicker={t(`level.${kind}`)} onClose={props.onClose}>
      <p className="profile-pop">
        {t('profile.aggregate.members', { count: props.members })}
        {agg?.population ? ` · ${t('profile.population').toLowerCase()}: ${fmt.integer(agg.population)}` : ''}
      </p>
      <CompareLinks kind={kind} code={code} />
      <p className="note">{t('profile.aggregate.explain')}</p>
      {error && <p className="missing">{t('error.duckdb', { detail: error })}</p>}
      <section aria-labelledby="agg-ind-title">
        <h3 id="agg-ind-title" className="section-title">
          {t('profile.indicators')}
        </h3>
        {!agg && !error && <p className="muted">{t('profile.aggregate.waiting')}</p>}
        <ul className="plain indicator-list">
          {items.map(({ indicator }) => {
            const v = agg?.values[indicator.id];
            return (
              <li key={indicator.id} className="ind-row" data-testid={`profile-indicator-${indicator.id}`}>
                <div className="ind-head">
                  <button type="button" className="link-button" onClick={() => props.onIndicator(indicator.id)}>
                    {indicator.label}
                  </button>
                  {indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
                  <InfoPopover label={indicator.label}>
                    <IndicatorExplanation indicator={indicator} level="gemeente" catalogue={data.catalogue} />
                  </InfoPopover>
                </div>
                <dl className="ind-values">
                  <div>
                    <dt>{t('profile.value')}</dt>
                    <dd className={v?.value == null ? 'missing' : 'strong'}>
                      {!v
                        ? '…'
                        : v.reason === 'not_aggregatable'
                          ? t('profile.aggregate.notAggregatable')
                          : v.value === null
                            ? fmt.missing('incomplete_coverage')
                            : fmt.value(v.value, indicator.unit, indicator.decimals)}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('profile.national')}</dt>
                    <dd className={indicator.national === null ? 'missing' : undefined}>{fmt.national(indicator.national, indicator.unit, indicator.decimals)}</dd>
                  </div>
                </dl>
                {v?.coverage != null && <p className="source-line">{t('profile.aggregate.coverage', { share: fmt.share(v.coverage) })}</p>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="agg-members-title">
        <h3 id="agg-members-title" className="section-title">
          {t('profile.aggregate.ranking')} — {display.title}
        </h3>
        {members === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <ol className="member-list">
            {members.map((m) => {
              const value = typeof m[display.column] === 'number' ? (m[display.column] as number) : null;
              return (
                <li key={String(m['code'])}>
                  <RegionLink
                    link={{ kind: 'gemeente', code: String(m['code']), name: String(m['name']) }}
                    hrefFor={props.hrefFor}
                    onSelect={props.onSelect}
                  />
                  <span className="member-value">{display.kind === 'value' ? fmt.value(value, display.unit, display.decimals) : fmt.score(value)}</span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <p className="honesty small">{t('honesty.relative')}</p>
    </Shell>
  );
}
