/**
 * A politie-eenheid / RIEC-regio, veiligheidsregio or provincie: every indicator of the theme summed from its
 * gemeenten in memory (no percentiles: there are too few of these regions), and its gemeenten ranked by what
 * the map shows.
 */
import { useCallback } from 'react';
import type { Aggregate, IndicatorManifest } from '@atlas/contract';
import type { AggregateValue } from '../data/atlas-data.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { CompareLinks } from '../compare/CompareLinks.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useAsync } from '../ui/use-async.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import type { ProfileProps } from './profile-props.ts';
import { ProfileShell, RegionLink } from './ProfileShell.tsx';
import { PopulationFact } from '../explain/PopulationFact.tsx';

interface Props extends ProfileProps {
  code: string;
  kind: Aggregate;
  name: string;
  /** Number of gemeenten in the region. */
  members: number;
}

/** More gemeenten than any aggregate region has, so the ranking is never cut off. */
const MEMBER_LIMIT = 500;

/** A summed value, or why there is none ("…" while the database answers). */
function summedText(v: AggregateValue | undefined, indicator: IndicatorManifest): string {
  if (!v) return '…';
  if (v.reason === 'not_aggregatable') return t('profile.aggregate.notAggregatable');
  return v.value === null ? fmt.missing('incomplete_coverage') : fmt.value(v.value, indicator.unit, indicator.decimals);
}

export function AggregateProfile(props: Props) {
  const { data, code, kind, theme, display } = props;
  const summed = useAsync(useCallback(() => data.aggregates(kind, code).then((rows) => rows[0] ?? null), [data, kind, code]));
  const ranking = useAsync(
    useCallback(
      () =>
        data.ranking({
          level: 'gemeente',
          columns: [display.column],
          orderBy: display.column,
          direction: display.reverse ? 'asc' : 'desc',
          filters: { within: { column: `${kind}_code`, code } },
          limit: MEMBER_LIMIT,
        }),
      [data, kind, code, display.column, display.reverse],
    ),
  );
  const agg = summed.data;
  const items = data.catalogue.themeIndicators(theme);
  return (
    <ProfileShell id={code} title={props.name} kicker={t(`level.${kind}`)} onClose={props.onClose}>
      <div className="profile-pop">
        {t('profile.aggregate.members', { count: props.members })}
        {agg?.population ? (
          <>
            {' · '}
            <PopulationFact catalogue={data.catalogue}>{fmt.integer(agg.population)}</PopulationFact>
          </>
        ) : null}
      </div>
      <CompareLinks kind={kind} code={code} />
      <p className="note">{t('profile.aggregate.explain')}</p>
      {summed.error && <ErrorMessage messages={[summed.error]} onRetry={summed.retry} />}
      <section aria-labelledby="agg-ind-title">
        <h3 id="agg-ind-title" className="section-title">
          {t('profile.indicators')}
        </h3>
        {summed.status === 'loading' && <p className="muted">{t('profile.aggregate.waiting')}</p>}
        <ul className="plain indicator-list">
          {items.map(({ indicator }) => {
            const v = agg?.values[indicator.id];
            return (
              <IndicatorRow
                key={indicator.id}
                indicator={indicator}
                level="gemeente"
                catalogue={data.catalogue}
                onIndicator={props.onIndicator}
                value={summedText(v, indicator)}
                missing={v?.value == null}
                footer={v?.coverage != null && <p className="source-line">{t('profile.aggregate.coverage', { share: fmt.share(v.coverage) })}</p>}
              />
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="agg-members-title">
        <h3 id="agg-members-title" className="section-title">
          {t('profile.aggregate.ranking')} — {display.title}
        </h3>
        {ranking.error && <ErrorMessage messages={[ranking.error]} onRetry={ranking.retry} />}
        {ranking.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
        {ranking.data && (
          <ol className="member-list">
            {ranking.data.rows.map((m) => {
              const value = m[display.column];
              const shown = typeof value === 'number' ? value : null;
              return (
                <li key={String(m['code'])}>
                  <RegionLink link={{ kind: 'gemeente', code: String(m['code']), name: String(m['name']) }} hrefFor={props.hrefFor} onSelect={props.onSelect} />
                  <span className="member-value">{display.kind === 'value' ? fmt.value(shown, display.unit, display.decimals) : fmt.score(shown)}</span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <p className="honesty small">{t('honesty.relative')}</p>
    </ProfileShell>
  );
}
