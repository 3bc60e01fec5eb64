/**
 * Every catalogue source with its licence, attribution, region layout and caveats; sources this build lacked say so.
 * Closes with the link to the licence texts of the bundled software, which the build writes beside index.html.
 */
import type { MethodSource } from '@atlas/contract';
import { SourceLine } from '../explain/explain.tsx';
import { t } from '../i18n/nl.ts';

/** The file `vite build` writes (build.license, LICENCE_FILE in server/licence-notices.ts, which web may not import). */
const SOFTWARE_LICENCES = 'LICENSES.md';
const softwareLicencesUrl = (): string => `${typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/'}${SOFTWARE_LICENCES}`;

export function SourcesSection({ sources }: { sources: readonly MethodSource[] }) {
  return (
    <>
      {sources.map((s) => (
        <SourceCard key={s.id} s={s} />
      ))}
      <p className="note" data-testid="method-software-licences">
        {t('method.software')} <a href={softwareLicencesUrl()}>{t('method.software.link')}</a>
      </p>
    </>
  );
}

function SourceCard({ s }: { s: MethodSource }) {
  return (
    <article id={`source-${s.id}`} className={`method-card${s.published ? '' : ' is-unpublished'}`} data-testid={`method-source-${s.id}`}>
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
  );
}
