/** Every catalogue source with its licence, attribution, region layout and caveats; sources this build lacked say so. */
import type { MethodSource } from '@atlas/contract';
import { SourceLine } from '../explain/explain.tsx';
import { t } from '../i18n/nl.ts';

export function SourcesSection({ sources }: { sources: readonly MethodSource[] }) {
  return sources.map((s) => (
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
  ));
}
