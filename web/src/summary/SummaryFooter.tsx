/**
 * The bottom of the one-pager, for a reader who is not an analyst: what the profile does and does not say (with
 * "percentiel" and "punten" explained in a line each) and the sources in one
 * line with where the full attribution is.
 */
import type { Manifest } from '@atlas/contract';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { shortSources } from './sources.ts';

/** `url`: the page's address, and whether it had to leave the custom weights out (too long for the sheet). */
export function SummaryFooter({ manifest, name, url }: { manifest: Manifest; name: string; url: { href: string; standard: boolean } }) {
  const { publishers, years } = shortSources(manifest);
  const method = url.href ? new URL('methode', new URL('/', url.href)).toString() : '/methode';
  return (
    <footer className="sum-foot">
      <div className="sum-says" data-testid="summary-says">
        <section>
          <h2 className="sum-h2">{t('summary.says')}</h2>
          <ul>
            <li>{t('summary.says.1', { name })}</li>
            <li>{t('summary.says.2')}</li>
          </ul>
        </section>
        <section>
          <h2 className="sum-h2">{t('summary.saysNot')}</h2>
          <ul>
            <li>{t('summary.saysNot.1')}</li>
            <li data-testid="summary-sig-rule">{t('summary.saysNot.2')}</li>
          </ul>
        </section>
      </div>
      <p>{t('summary.points.explain')}</p>
      <p data-testid="summary-sources">{t('summary.sources.short', { publishers, years, method })}</p>
      <p className="muted">
        {t('footer.built', { date: fmt.date(manifest.builtAt), version: manifest.pipelineVersion })} · {t('summary.boundary', { year: manifest.boundaryYear })}
        {url.href && <> · {t(url.standard ? 'summary.online.standard' : 'summary.online', { url: url.href })}</>}
      </p>
    </footer>
  );
}
