/**
 * An address the atlas does not have: says so, with the way back to the map.
 */
import { t } from '../i18n/nl.ts';
import { MapLink } from '../map/MapLink.tsx';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t('page.notfound.title')}</h1>
      <p>{t('page.notfound.body', { path })}</p>
      <p>
        <MapLink to="/">{t('page.notfound.back')}</MapLink>
      </p>
    </main>
  );
}
