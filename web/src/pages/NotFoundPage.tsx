/**
 * Placeholder for pages colleagues are building (/vergelijk, /gemeente/GMxxxx, /methode). Clearly marked
 * "in aanbouw" so nobody mistakes it for a finished page.
 */
import type { ReactNode } from 'react';
import { t } from '../i18n/nl.ts';
import { Link } from './Link.tsx';

export function PlaceholderPage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <main id="main" className="page placeholder" data-testid="placeholder-page" tabIndex={-1}>
      <h1>{t('page.placeholder.title', { title })}</h1>
      <p>{t('page.placeholder.body')}</p>
      {children}
      <p>
        <Link to="/">{t('page.placeholder.back')}</Link>
      </p>
    </main>
  );
}

export function NotFoundPage({ path }: { path: string }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t('page.notfound.title')}</h1>
      <p>{t('page.notfound.body', { path })}</p>
      <p>
        <Link to="/">{t('page.placeholder.back')}</Link>
      </p>
    </main>
  );
}
