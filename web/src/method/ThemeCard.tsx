/**
 * One theme on /methode: what it means, its indicators with their share of the weight, how many regions
 * have a score, its rules, and for a proxy theme the data that would make it real.
 */
import type { MethodIndicator, MethodTheme } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { levelName } from './method-text.ts';

interface Props {
  theme: MethodTheme;
  indicators: ReadonlyMap<string, MethodIndicator>;
}

export function ThemeCard({ theme, indicators }: Props) {
  const members = theme.members.flatMap((m) => {
    const indicator = indicators.get(m.id);
    return indicator ? [{ indicator, share: m.share }] : [];
  });
  const missing = theme.missing.flatMap((id) => indicators.get(id) ?? []);
  const betterData = members.flatMap(({ indicator }) => (indicator.kind === 'proxy' && indicator.betterData ? [indicator] : []));
  return (
    <article className="method-card" id={`thema-${theme.id}`} data-testid={`method-theme-${theme.id}`}>
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
            {members.map(({ indicator, share }) => (
              <li key={indicator.id}>
                <a href={`#indicator-${indicator.id}`}>{indicator.label}</a> — {fmt.share(share)}
                {indicator.kind === 'proxy' ? ` (${t('theme.proxy')})` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('method.theme.coverage')}</dt>
        <dd>
          {theme.coverage
            .map((c) => `${t(`level.${c.level}`)}: ${t('method.coverage', { count: fmt.integer(c.scored), total: fmt.integer(c.regions) })}`)
            .join(' · ')}
        </dd>
      </dl>
      <p>{t('method.theme.rule', { share: fmt.share(theme.minWeightShare), min: theme.minIndicators })}</p>
      {theme.levelsWithoutScores.length > 0 && (
        <p className="muted">{t('method.theme.noScores', { levels: fmt.list(theme.levelsWithoutScores.map(levelName)), min: theme.minIndicators })}</p>
      )}
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
}
