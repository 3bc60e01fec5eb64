/** The sections of /methode in page order, and the frame each one is drawn in (anchor, heading, test id). */
import type { ReactNode } from 'react';
import { t, type TextKey } from '../i18n/nl.ts';

/** Anchor → heading, in page order. */
const SECTIONS = {
  uitleg: 'method.disclaimer',
  themas: 'method.themes',
  indicatoren: 'method.indicators',
  rekenwijze: 'method.scoring',
  onzekerheid: 'method.uncertainty',
  hotspots: 'method.hotspots',
  privacy: 'method.privacy',
  gebieden: 'method.regions',
  gaten: 'method.gaps',
  waarschuwingen: 'method.warnings',
  bronnen: 'method.sources',
  bestanden: 'method.files',
} as const satisfies Record<string, TextKey>;

export type MethodSectionId = keyof typeof SECTIONS;

export function MethodSection({ id, children }: { id: MethodSectionId; children: ReactNode }) {
  return (
    <section id={id} className="method-section" aria-labelledby={`${id}-title`} data-testid={`method-${id}`}>
      <h2 id={`${id}-title`} className="method-h2">
        {t(SECTIONS[id])}
      </h2>
      {children}
    </section>
  );
}

export function MethodToc() {
  return (
    <nav className="method-toc" aria-label={t('method.toc')}>
      <ul className="plain">
        {Object.entries(SECTIONS).map(([id, key]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
