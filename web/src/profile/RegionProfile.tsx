/**
 * A gemeente, wijk or buurt: inhabitants, the regions it lies in, links to compare it and (gemeente) to its
 * one-page profile, the theme score, every indicator of the theme with value, national value, percentile,
 * source and year, and (gemeente) the crime trend.
 */
import type { ReactNode } from 'react';
import { col, CURRENT_CRIME_RATE_SERIES, type Level } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { hierarchyOf } from '../data/regions.ts';
import { fmt } from '../format/format.ts';
import { publisherWithTable } from '../format/source-text.ts';
import { t } from '../i18n/nl.ts';
import { publishedInterval } from '../compare/cell-interval.ts';
import { CompareLinks } from '../compare/CompareLinks.tsx';
import { routePath } from '../routing/router.ts';
import { CrimeTrend } from '../trends/CrimeTrend.tsx';
import { IndicatorTrend } from '../trends/IndicatorTrend.tsx';
import { Link } from '../ui/Link.tsx';
import { PercentileBar } from '../ui/PercentileBar.tsx';
import { ChildList } from './ChildList.tsx';
import { withInterval } from '../explain/interval-text.ts';
import { indicatorSentence, standingOf } from './indicator-sentence.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import type { ProfileProps } from './profile-props.ts';
import { ProfileShell, RegionLink } from './ProfileShell.tsx';
import { ValueNote } from './ValueNote.tsx';
import { PopulationFact } from '../explain/PopulationFact.tsx';
import { valuesSpecOf } from '../view/values-atlas.ts';
import { shownIndicator } from '../view/values-view.ts';

interface Props extends ProfileProps {
  table: RegionTable;
  row: number;
  level: Level;
  /** Wijken of a gemeente, buurten of a wijk (null while loading). */
  childTable: RegionTable | null;
  children?: ReactNode;
}

export function RegionProfile(props: Props) {
  const { table, row, level, theme, data, display } = props;
  const catalogue = data.catalogue;
  const code = table.codes[row] ?? '';
  const name = table.names[row] ?? code;
  const gemeente = level !== 'gemeente' ? table.string('gemeente_name', row) : null;
  const score = table.number(col.theme(theme.id), row);
  const n = table.number(col.themeCount(theme.id), row);
  const items = catalogue.themeIndicators(theme);
  const values = valuesSpecOf(data);
  return (
    <ProfileShell id={code} title={name} kicker={`${t(`level.${level}`)}${gemeente ? ` · ${gemeente}` : ''}`} onClose={props.onClose}>
      {level === 'buurt' && !catalogue.hasGeometry('buurt') && <p className="note">{t('profile.buurtNoMap')}</p>}
      <div className="profile-pop">
        <PopulationFact catalogue={catalogue}>
          <strong>{fmt.integer(table.number('population', row))}</strong>
        </PopulationFact>
      </div>
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
      <CompareLinks kind={level} code={code} similar={level === 'gemeente' ? table.string('similar_gemeenten', row) : null} />
      {level === 'gemeente' && (
        <p className="small">
          <Link to={routePath({ page: 'gemeente', code }, '/')} data-testid="profile-summary-link">
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
            <PercentileBar value={score} width={170} label={t('profile.score.aria', { score: fmt.score(score) })} />
          </div>
        )}
        {score !== null && <ValueNote table={table} id={null} row={row} theme={theme.id} />}
        <p className="muted small">
          {t('profile.themeCount', { n: fmt.integer(n), total: items.length })} · {t('profile.level', { level: t(`level.${level}`).toLowerCase() })}
        </p>
      </section>
      {props.children}
      {level !== 'buurt' && !props.children && (
        <ChildList
          code={code}
          name={name}
          childLevel={level === 'gemeente' ? 'wijk' : 'buurt'}
          data={data}
          table={props.childTable}
          display={display}
          onSelect={props.onSelect}
        />
      )}

      <section aria-labelledby="ind-title">
        <h3 id="ind-title" className="section-title">
          {t('profile.indicators')}
        </h3>
        <ul className="plain indicator-list">
          {items.map((item) => {
            // A chosen year compares with that year's national value.
            const indicator = shownIndicator(values, item.indicator);
            const value = table.number(col.value(indicator.id), row);
            const pct = table.number(col.percentile(indicator.id), row);
            const reason = table.string(col.reason(indicator.id), row);
            const lo = table.number(col.lo(indicator.id), row);
            const hi = table.number(col.hi(indicator.id), row);
            const pctLo = table.number(col.pctLo(indicator.id), row);
            const pctHi = table.number(col.pctHi(indicator.id), row);
            const sentence = indicatorSentence({
              level,
              direction: indicator.direction,
              value,
              pct,
              standing: value === null ? null : standingOf(table.numbers(col.value(indicator.id)), value, indicator.direction),
              national: indicator.national,
              nationalText: fmt.national(indicator.national, indicator.unit, indicator.decimals),
              // an interval of one point tests nothing: the comparison's rule for a published interval
              sig: table.has(col.sig(indicator.id)) ? publishedInterval(lo, hi, table.string(col.sig(indicator.id), row)).sig : null,
            });
            const sources = catalogue.indicatorSources(indicator, level);
            const mapped = display.indicator?.id === indicator.id;
            return (
              <IndicatorRow
                key={indicator.id}
                indicator={item.indicator}
                national={indicator.national}
                level={level}
                catalogue={catalogue}
                mapped={mapped}
                onIndicator={props.onIndicator}
                value={value === null ? fmt.missing(reason) : withInterval(value, lo, hi, indicator.unit, indicator.decimals)}
                missing={value === null}
                footer={
                  <>
                    {value !== null && <ValueNote table={table} id={indicator.id} row={row} />}
                    {sentence && (
                      <p className="ind-sentence small" data-testid={`profile-sentence-${indicator.id}`}>
                        {sentence}
                      </p>
                    )}
                    <p className="source-line">
                      {/* each publisher with its own table: one table number after two publishers credited the wrong one */}
                      {sources.map(publisherWithTable).join('; ') || '–'} · {indicator.year}
                    </p>
                  </>
                }
              >
                <div className="ind-pct">
                  <dt>{t('profile.percentile')}</dt>
                  <dd>
                    <PercentileBar value={pct} width={120} band={pctLo !== null && pctHi !== null ? [pctLo, pctHi] : null} />
                    <span className="pct-num">{value === null ? '–' : fmt.score(pct)}</span>
                  </dd>
                </div>
              </IndicatorRow>
            );
          })}
        </ul>
      </section>
      {level === 'gemeente' && <CrimeTrend data={data} code={code} name={name} />}
      {/* a gemeente's crime trend above is already this indicator's series */}
      {!(level === 'gemeente' && display.indicator?.series === CURRENT_CRIME_RATE_SERIES) && (
        <IndicatorTrend data={data} indicator={display.indicator} table={table} row={row} />
      )}
      <p className="honesty small">{t('honesty.relative')}</p>
    </ProfileShell>
  );
}
