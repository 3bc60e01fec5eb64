/**
 * One indicator on /methode: what it measures, its unit, year, direction, minimum population, proxy status,
 * and per level the formula with numerator and denominator, the sources and how many regions have a value.
 */
import { Fragment } from 'react';
import type { Manifest, MethodIndicator, MethodLevel, MethodSource, MethodTheme } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { tableSuffix } from '../format/source-text.ts';
import { UnitYearDirection } from '../explain/explain.tsx';
import { SeriesFact } from '../explain/SeriesFact.tsx';

interface Props {
  indicator: MethodIndicator;
  themes: readonly MethodTheme[];
  sources: ReadonlyMap<string, MethodSource>;
  /** The manifest's yearly series, for the "Reeks" line. */
  trends: Manifest['trends'];
}

export function IndicatorEntry({ indicator, themes: allThemes, sources, trends }: Props) {
  const themes = indicator.themes.map((id) => allThemes.find((th) => th.id === id)?.label ?? id);
  return (
    <article
      className={`method-card${indicator.published ? '' : ' is-unpublished'}`}
      id={`indicator-${indicator.id}`}
      data-testid={`method-indicator-${indicator.id}`}
    >
      <header className="method-card-head">
        <h3 className="method-h3">
          {indicator.label}
          {indicator.kind === 'proxy' && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
        </h3>
        <code className="method-id" title={t('method.ind.id')}>
          {indicator.id}
        </code>
      </header>
      {!indicator.published && <p className="note">{t('method.ind.notPublished')}</p>}
      <p>{indicator.explanation}</p>
      <dl className="facts method-facts">
        <dt>{t('method.ind.kind')}</dt>
        <dd>
          {indicator.kind === 'proxy' ? t('method.ind.kind.proxy') : t('method.ind.kind.direct')}
          {indicator.proxyFor ? ` — ${t('info.proxyFor').toLowerCase()} ${indicator.proxyFor}` : ''}
        </dd>
        <dt>{t('method.ind.themes')}</dt>
        <dd>{themes.join(', ')}</dd>
        <UnitYearDirection indicator={indicator} />
        <SeriesFact series={indicator.series} trends={trends} levels={indicator.levels.map((l) => l.level)} />
        <dt>{t('info.minPopulation')}</dt>
        <dd>{indicator.minPopulation > 0 ? fmt.integer(indicator.minPopulation) : t('method.privacy.noMin').toLowerCase()}</dd>
        {indicator.published && (
          <>
            <dt>{t('method.ind.national')}</dt>
            <dd>{fmt.national(indicator.national, indicator.unit, indicator.decimals)}</dd>
          </>
        )}
        {indicator.betterData && (
          <>
            <dt>{t('info.betterData')}</dt>
            <dd>{indicator.betterData}</dd>
          </>
        )}
      </dl>
      <div className="method-table-wrap">
        <table className="data-table method-table method-levels">
          <caption className="sr-only">{t('method.ind.levels', { label: indicator.label })}</caption>
          <colgroup>
            <col className="c-level" />
            <col className="c-formula" />
            <col className="c-part" />
            <col className="c-part" />
            <col className="c-source" />
            <col className="c-num" />
            <col className="c-num" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('method.col.level')}</th>
              <th scope="col">{t('method.col.formula')}</th>
              <th scope="col">{t('method.col.numerator')}</th>
              <th scope="col">{t('method.col.denominator')}</th>
              <th scope="col">{t('method.col.source')}</th>
              <th scope="col" className="num">
                {t('method.col.coverage')}
              </th>
              <th scope="col">{t('method.col.aggregatable')}</th>
            </tr>
          </thead>
          <tbody>
            {indicator.levels.map((l) => (
              <LevelRow key={l.level} level={l} sources={l.sourceIds.flatMap((id) => sources.get(id) ?? [])} />
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function LevelRow({ level: l, sources }: { level: MethodLevel; sources: readonly MethodSource[] }) {
  const sigma = l.summedFrom ? 'Σ ' : '';
  return (
    <tr data-level={l.level}>
      <th scope="row">{t(`level.${l.level}`)}</th>
      <td>
        {l.formula ? <Code text={l.formula} /> : l.scale !== null ? t('method.scale', { scale: fmt.integer(l.scale) }) : '–'}
        {l.note && <span className="method-note">{l.note}</span>}
      </td>
      {l.value !== null ? (
        <td colSpan={2} className="muted">
          {t('method.measure')}
        </td>
      ) : (
        <>
          <td>{l.numerator ? <Code text={`${sigma}${l.numerator}`} /> : '–'}</td>
          <td>{l.denominator ? <Code text={`${sigma}${l.denominator}`} /> : '–'}</td>
        </>
      )}
      <td>
        <ul className="plain">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={`#source-${s.id}`}>{s.title}</a>
              {tableSuffix(s.tableId)}, {s.referenceYear}
            </li>
          ))}
        </ul>
      </td>
      <td className="num">{l.coverage === null ? '–' : t('method.coverage', { count: fmt.integer(l.coverage), total: fmt.integer(l.regions) })}</td>
      <td>{l.level !== 'gemeente' || l.aggregatable === null ? '–' : l.aggregatable ? t('method.yes') : t('method.no')}</td>
    </tr>
  );
}

/** A column expression that may wrap after a dot, underscore or slash instead of in the middle of a name. */
function Code({ text }: { text: string }) {
  const parts = text.split(/(?<=[._/])/);
  return (
    <code>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </code>
  );
}
