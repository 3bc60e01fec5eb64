/**
 * The contents of the info popovers: explanation, formula for the level, sources with year and licence,
 * proxy status, and the statement that a score is a relative signal, not proof.
 */
import type { IndicatorManifest, Level, ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { tableSuffix } from '../format/source-text.ts';
import { SeriesFact } from './SeriesFact.tsx';

export function IndicatorExplanation({ indicator, level, catalogue }: { indicator: IndicatorManifest; level: Level; catalogue: Catalogue }) {
  const info = catalogue.levelInfo(indicator, level);
  const sources = catalogue.indicatorSources(indicator, level);
  return (
    <div className="explain">
      {indicator.kind === 'proxy' && (
        <p className="proxy-note">
          <span className="badge badge-proxy">{t('theme.proxy')}</span> {indicator.proxyFor ? `${t('info.proxyFor')}: ${indicator.proxyFor}.` : ''}
        </p>
      )}
      <p>{indicator.explanation}</p>
      <dl className="facts">
        <dt>{t('info.formula', { level: t(`level.${level}`) })}</dt>
        <dd>{info ? <code>{info.formula}</code> : t('info.notOnLevel')}</dd>
        {info?.note && (
          <>
            <dt className="sr-only">{t('info.note')}</dt>
            <dd className="facts-wide">{info.note}</dd>
          </>
        )}
        <UnitYearDirection indicator={indicator} />
        <SeriesFact series={indicator.series} trends={catalogue.manifest.trends} levels={indicator.levels.map((l) => l.level)} />
        {indicator.minPopulation > 0 && (
          <>
            <dt>{t('info.minPopulation')}</dt>
            <dd>{fmt.integer(indicator.minPopulation)}</dd>
          </>
        )}
        {indicator.betterData && (
          <>
            <dt>{t('info.betterData')}</dt>
            <dd>{indicator.betterData}</dd>
          </>
        )}
        <dt>{sources.length > 1 ? t('info.sources') : t('info.source')}</dt>
        <dd>
          <ul className="plain">
            {sources.map((s) => (
              <li key={s.id}>
                <SourceLine source={s} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="honesty">{t('honesty.relative')}</p>
    </div>
  );
}

/** Unit, reference year and direction as rows of a facts list: the same in the info popover and on /methode. */
export function UnitYearDirection({ indicator }: { indicator: Pick<IndicatorManifest, 'unit' | 'year' | 'direction'> }) {
  return (
    <>
      <dt>{t('info.unit')}</dt>
      <dd>{indicator.unit || '–'}</dd>
      <dt>{t('info.year')}</dt>
      <dd>{indicator.year}</dd>
      <dt>{t('info.direction')}</dt>
      <dd>{indicator.direction === 'higher_is_risk' ? t('info.direction.higher') : t('info.direction.lower')}</dd>
    </>
  );
}

export function SourceLine({
  source,
}: {
  source: { title: string; publisher: string; tableId: string | null; referenceYear: string; licence: string; url: string };
}) {
  const safeUrl = /^https:\/\//.test(source.url) ? source.url : null;
  return (
    <>
      {safeUrl ? (
        <a href={safeUrl} rel="noopener noreferrer" target="_blank">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {` — ${source.publisher}`}
      {tableSuffix(source.tableId)}
      {`, ${source.referenceYear}`}
      {source.licence ? ` (${t('info.licence', { licence: source.licence })})` : ''}
    </>
  );
}

export function ThemeExplanation({ theme, catalogue }: { theme: ThemeManifest; catalogue: Catalogue }) {
  const items = catalogue.themeIndicators(theme);
  const total = items.reduce((s, i) => s + i.weight, 0);
  return (
    <div className="explain">
      {theme.proxy && (
        <p className="proxy-note">
          <span className="badge badge-proxy">{t('theme.proxy')}</span> {theme.proxyNote ?? t('theme.proxy.long')}
        </p>
      )}
      <p>{theme.explanation}</p>
      <p>{t('theme.score.explain')}</p>
      <dl className="facts">
        <dt>{t('info.weights')}</dt>
        <dd>
          <ul className="plain">
            {items.map(({ indicator, weight }) => (
              <li key={indicator.id}>
                {indicator.label} — {fmt.share(total > 0 ? weight / total : null)}
                {indicator.kind === 'proxy' ? ` (${t('theme.proxy')})` : ''}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p>{t('info.minWeight', { share: fmt.share(theme.minWeightShare) })}</p>
      <p className="honesty">{t('honesty.relative')}</p>
    </div>
  );
}
