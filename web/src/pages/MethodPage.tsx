/**
 * /methode, generated from the manifest of the published data and the indicator catalogue: themes, indicators
 * with formulas and coverage, the scoring maths (with examples computed by the pipeline's own functions),
 * privacy rules, joins, known gaps, sources and files. No fact on this page is typed in twice.
 */
import { type ReactNode } from 'react';
import { MISSING_REASONS, dataFile, type Level, type Manifest } from '@atlas/contract';
import { MISSING_REASON_LABEL_NL } from '../i18n/nl.ts';
import { INDICATORS } from '../../../indicators/catalog/indicators.ts';
import { SOURCES } from '../../../indicators/catalog/sources.ts';
import { THEMES } from '../../../indicators/catalog/themes.ts';
import { percentileRanks, themeScore, zScores } from '@atlas/maths';
import { AGGREGATE_MIN_COVERAGE, type AtlasData } from '../data/atlas-data.ts';
import { dataUrl } from '../data/fetch.ts';
import { fmt } from '../format/format.ts';
import { t, type TextKey } from '../i18n/nl.ts';
import { SourceLine } from '../explain/explain.tsx';
import { IndicatorEntry } from '../method/IndicatorEntry.tsx';
import {
  byMinimumPopulation,
  levelGaps,
  levelsWithoutThemeScores,
  methodIndicators,
  methodSources,
  missingThemeIndicators,
  type CatalogueInput,
  type MethodIndicator,
} from '../method/method-model.ts';
import '../method/method.css';

const CATALOGUE: CatalogueInput = { indicators: INDICATORS, sources: SOURCES, themes: THEMES };

const SECTIONS = [
  ['uitleg', 'method.disclaimer'],
  ['themas', 'method.themes'],
  ['indicatoren', 'method.indicators'],
  ['rekenwijze', 'method.scoring'],
  ['privacy', 'method.privacy'],
  ['gebieden', 'method.regions'],
  ['gaten', 'method.gaps'],
  ['bronnen', 'method.sources'],
  ['bestanden', 'method.files'],
] as const satisfies readonly (readonly [string, TextKey])[];

const levelName = (level: string): string => (level === 'gemeente' || level === 'wijk' || level === 'buurt' ? t(`level.${level}`).toLowerCase() : level);
const joinNl = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);
const list = (values: readonly (number | null)[], decimals = 0): string => values.map((v) => fmt.number(v, decimals)).join('; ');

function Section({ id, title, children }: { id: (typeof SECTIONS)[number][0]; title: string; children: ReactNode }) {
  return (
    <section id={id} className="method-section" aria-labelledby={`${id}-title`} data-testid={`method-${id}`}>
      <h2 id={`${id}-title`} className="method-h2">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function MethodPage({ data }: { data: AtlasData }) {
  const manifest = data.manifest;
  const indicators = methodIndicators(manifest, CATALOGUE);
  const sources = methodSources(manifest, CATALOGUE);
  const shares = [...new Set(manifest.themes.map((th) => th.minWeightShare))];
  const minimums = [...new Set(manifest.themes.map((th) => th.minIndicators))];

  return (
    <main id="main" className="page method-page" tabIndex={-1} data-testid="method-page">
      <header className="method-head">
        <h1>{t('method.title')}</h1>
        <p className="muted">
          {t('method.intro', { date: fmt.date(manifest.builtAt), version: manifest.pipelineVersion, year: manifest.boundaryYear })}
        </p>
      </header>
      <nav className="method-toc" aria-label={t('method.toc')}>
        <ul className="plain">
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="uitleg" title={t('method.disclaimer')}>
        <p className="honesty method-disclaimer">{manifest.disclaimer}</p>
      </Section>

      <Section id="themas" title={t('method.themes')}>
        {manifest.themes.map((theme) => {
          const members = data.catalogue.themeIndicators(theme);
          const total = members.reduce((s, m) => s + m.weight, 0);
          const noScores = levelsWithoutThemeScores(theme, indicators);
          const missing = missingThemeIndicators(theme, CATALOGUE, indicators);
          const betterData = members.flatMap((m) => (m.indicator.kind === 'proxy' && m.indicator.betterData ? [m.indicator] : []));
          return (
            <article key={theme.id} className="method-card" id={`thema-${theme.id}`} data-testid={`method-theme-${theme.id}`}>
              <h3 className="method-h3">
                {theme.label}
                {theme.proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
              </h3>
              {theme.proxy && <p className="proxy-callout">{theme.proxyNote ?? t('theme.proxy.long')}</p>}
              <p>{theme.explanation}</p>
              <dl className="facts method-facts">
                <dt>{t('info.weights')}</dt>
                <dd>
                  <ul className="plain">
                    {members.map(({ indicator, weight }) => (
                      <li key={indicator.id}>
                        <a href={`#indicator-${indicator.id}`}>{indicator.label}</a> — {fmt.share(total > 0 ? weight / total : null)}
                        {indicator.kind === 'proxy' ? ` (${t('theme.proxy')})` : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt>{t('method.theme.coverage')}</dt>
                <dd>
                  {manifest.levels
                    .map((l) => `${t(`level.${l.id}`)}: ${t('method.coverage', { count: fmt.integer(theme.coverage[l.id] ?? 0), total: fmt.integer(l.rows) })}`)
                    .join(' · ')}
                </dd>
              </dl>
              <p>{t('method.theme.rule', { share: fmt.share(theme.minWeightShare), min: theme.minIndicators })}</p>
              {noScores.length > 0 && <p className="muted">{t('method.theme.noScores', { levels: joinNl(noScores.map(levelName)), min: theme.minIndicators })}</p>}
              {theme.proxy && (missing.length > 0 || betterData.length > 0) && (
                <div className="method-real">
                  <h4 className="method-h4">{t('method.theme.real')}</h4>
                  <ul>
                    {missing.map((i) => (
                      <li key={i.id}>
                        <a href={`#indicator-${i.id}`}>{i.label}</a> ({t('method.theme.missing').toLowerCase()}): {i.explanation}
                      </li>
                    ))}
                    {betterData.map((i) => (
                      <li key={i.id}>
                        {i.label}: {i.betterData}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </article>
          );
        })}
      </Section>

      <Section id="indicatoren" title={t('method.indicators')}>
        {indicators.map((indicator) => (
          <IndicatorEntry key={indicator.id} indicator={indicator} manifest={manifest} />
        ))}
      </Section>

      <Section id="rekenwijze" title={t('method.scoring')}>
        <Scoring manifest={manifest} shares={shares} minimums={minimums} />
      </Section>

      <Section id="privacy" title={t('method.privacy')}>
        <p>{t('method.privacy.min')}</p>
        <ul>
          {byMinimumPopulation(indicators.filter((i) => i.published)).map((g) => (
            <li key={g.minimum}>
              <strong>{g.minimum > 0 ? t('method.privacy.minGroup', { min: fmt.integer(g.minimum) }) : t('method.privacy.noMin')}</strong>:{' '}
              {g.indicators.map((i) => i.label).join(', ')}
            </li>
          ))}
        </ul>
        <p>{t('method.privacy.suppressed')}</p>
        <p>{t('method.privacy.missing')}</p>
        <ul data-testid="method-reasons">
          {MISSING_REASONS.map((r) => (
            <li key={r}>{MISSING_REASON_LABEL_NL[r]}</li>
          ))}
        </ul>
      </Section>

      <Section id="gebieden" title={t('method.regions')}>
        <Regions manifest={manifest} />
      </Section>

      <Section id="gaten" title={t('method.gaps')}>
        <Gaps manifest={manifest} indicators={indicators} />
      </Section>

      <Section id="bronnen" title={t('method.sources')}>
        {sources.map((s) => (
          <article key={s.id} id={`source-${s.id}`} className={`method-card${s.published ? '' : ' is-unpublished'}`} data-testid={`method-source-${s.id}`}>
            <p className="method-source-line">
              <SourceLine source={s} />
            </p>
            {!s.published && <p className="note">{t('method.source.notPublished', { files: s.files.join(', ') })}</p>}
            <dl className="facts method-facts">
              <dt>{t('method.source.layout')}</dt>
              <dd>{s.regionLayout}</dd>
              <dt>{t('method.source.attribution')}</dt>
              <dd>{s.attribution}</dd>
              {s.caveats.length > 0 && (
                <>
                  <dt>{t('method.source.caveats')}</dt>
                  <dd>
                    <ul className="method-caveats">
                      {s.caveats.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
          </article>
        ))}
      </Section>

      <Section id="bestanden" title={t('method.files')}>
        <Files manifest={manifest} />
      </Section>
    </main>
  );
}

/** The maths, each with an example computed by the same functions the pipeline scores with. */
function Scoring({ manifest, shares, minimums }: { manifest: Manifest; shares: number[]; minimums: number[] }) {
  const pctValues = [3, 5, 5, 8];
  const share = shares[0] ?? 2 / 3;
  const parts = [
    { percentile: 80, weight: 2 },
    { percentile: 40, weight: 1 },
    { percentile: null, weight: 1 },
  ];
  const withAll = themeScore(parts, share);
  const withoutSecond = themeScore(
    parts.map((p, i) => (i === 1 ? { ...p, percentile: null } : p)),
    share,
  );
  const zValues = [10, 20, 30];
  const zReference = 15;
  const example = (key: TextKey, vars: Record<string, string | number>): string => t('method.example', { example: t(key, vars) });
  return (
    <>
      <h3 className="method-h3">{t('method.scoring.pct.title')}</h3>
      <p>{t('method.scoring.pct')}</p>
      <p className="method-example" data-testid="method-example-pct">
        {example('method.example.pct', { values: list(pctValues), ranks: list(percentileRanks(pctValues, 'higher_is_risk')) })}
      </p>

      <h3 className="method-h3">{t('method.scoring.theme.title')}</h3>
      <p>{t('method.scoring.theme', { share: joinNl(shares.map((s) => fmt.share(s))), min: joinNl(minimums.map(String)) })}</p>
      <p className="method-example" data-testid="method-example-theme">
        {example('method.example.theme', {
          values: parts.map((p) => (p.percentile === null ? '–' : fmt.number(p.percentile))).join('; '),
          weights: list(parts.map((p) => p.weight)),
          score: fmt.number(withAll.score, 1),
          share: fmt.share(withAll.weightShare),
          without: withoutSecond.score === null ? `${t('legend.missing')} (${fmt.share(withoutSecond.weightShare)})` : fmt.number(withoutSecond.score, 1),
        })}
      </p>

      <h3 className="method-h3">{t('method.scoring.z.title')}</h3>
      <p>{t('method.scoring.z')}</p>
      <p className="method-example" data-testid="method-example-z">
        {example('method.example.z', { values: list(zValues), reference: fmt.number(zReference), z: list(zScores(zValues, zReference), 2) })}
      </p>

      <h3 className="method-h3">{t('method.scoring.agg.title')}</h3>
      <p>{t('method.scoring.agg', { share: fmt.share(AGGREGATE_MIN_COVERAGE) })}</p>
      <ul>
        {manifest.aggregates.map((a) => (
          <li key={a.id}>
            <strong>{a.label}</strong> ({t('method.agg.regions', { count: a.regions })}): {a.note}
          </li>
        ))}
      </ul>

      <h3 className="method-h3">{t('method.similar.title')}</h3>
      <p>{manifest.similarityMethod}</p>
    </>
  );
}

function Regions({ manifest }: { manifest: Manifest }) {
  const sourceTitle = (id: string): string => manifest.sources.find((s) => s.id === id)?.title ?? id;
  return (
    <>
      <div className="method-table-wrap">
        <table className="data-table method-table" data-testid="method-levels">
          <caption>{t('method.levels.caption', { year: manifest.boundaryYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('method.col.level')}</th>
              <th scope="col" className="num">
                {t('method.col.regions')}
              </th>
              <th scope="col" className="num">
                {t('method.col.geometry')}
              </th>
              <th scope="col">{t('method.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.levels.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.label}</th>
                <td className="num">{fmt.integer(l.rows)}</td>
                <td className="num">{fmt.integer(l.withGeometry)}</td>
                <td>{l.geometryNote ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="method-table-wrap">
        <table className="data-table method-table" data-testid="method-joins">
          <caption>{t('method.joins.caption', { year: manifest.boundaryYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('method.col.source')}</th>
              <th scope="col">{t('method.col.level')}</th>
              <th scope="col" className="num">
                {t('method.col.matched')}
              </th>
              <th scope="col" className="num">
                {t('method.col.unmatched')}
              </th>
              <th scope="col">{t('method.col.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.joins.map((j) => (
              <tr key={`${j.sourceId}-${j.level}`}>
                <th scope="row">
                  <a href={`#source-${j.sourceId}`}>{sourceTitle(j.sourceId)}</a>
                </th>
                <td>{levelName(j.level)}</td>
                <td className="num">{fmt.integer(j.matched)}</td>
                <td className="num">{fmt.integer(j.unmatched)}</td>
                <td>{j.rule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Gaps({ manifest, indicators }: { manifest: Manifest; indicators: MethodIndicator[] }) {
  const unpublished = indicators.filter((i) => !i.published);
  return (
    <>
      <ul data-testid="method-gaps">
        {manifest.regionNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {manifest.levels.flatMap((l) => (l.geometryNote ? [<li key={l.id}>{l.geometryNote}</li>] : []))}
        {levelGaps(indicators).map((g) => (
          <li key={g.levels.join()}>
            {t('method.gaps.levels', { levels: joinNl(g.levels.map((l: Level) => levelName(l))), list: g.indicators.map((i) => i.label).join(', ') })}
          </li>
        ))}
        {unpublished.length > 0 && <li>{t('method.gaps.unpublished', { list: unpublished.map((i) => i.label).join(', ') })}</li>}
      </ul>
      {manifest.trends.length > 0 && (
        <>
          <h3 className="method-h3">{t('method.trends')}</h3>
          <ul>
            {manifest.trends.map((tr) => (
              <li key={tr.id}>
                <strong>{tr.label}</strong> ({tr.unit}, {t('method.trends.years', { from: Math.min(...tr.years), to: Math.max(...tr.years) })}):{' '}
                {tr.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Files({ manifest }: { manifest: Manifest }) {
  const files = [{ path: dataFile.manifest, bytes: null as number | null, sha256: null as string | null }, ...manifest.files];
  return (
    <div className="method-table-wrap">
      <table className="data-table method-table" data-testid="method-files">
        <thead>
          <tr>
            <th scope="col">{t('method.col.file')}</th>
            <th scope="col" className="num">
              {t('method.col.size')}
            </th>
            <th scope="col">{t('method.col.sha')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.path}>
              <th scope="row">
                <a href={dataUrl(f.path)} download>
                  {f.path}
                </a>
              </th>
              <td className="num">{f.bytes === null ? '–' : t('method.size.kb', { kb: fmt.integer(f.bytes / 1000) })}</td>
              <td>{f.sha256 ? <code className="method-sha">{f.sha256}</code> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
