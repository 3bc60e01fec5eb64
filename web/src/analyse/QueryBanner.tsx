/**
 * On the map, while it draws a query's result: what it shows (or why it cannot), the way back to the query,
 * and closing it.
 */
import type { Manifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { useSearch } from '../routing/address.ts';
import { Link } from '../ui/Link.tsx';
import { QUERY_PARAM } from '../weights/foreign-params.ts';
import { closeMapQuery } from './close-map-query.ts';
import { useMapQuery } from './use-map-query.ts';

export function QueryBanner({ manifest }: { manifest: Manifest }) {
  const sql = new URLSearchParams(useSearch()).get(QUERY_PARAM);
  const query = useMapQuery(manifest);
  if (!sql) return null;
  return (
    <div className="query-banner" role="status" data-testid="query-banner">
      <span>{query?.error ?? t('analyse.map.banner')}</span>
      <Link to={`/analyse?${new URLSearchParams({ [QUERY_PARAM]: sql }).toString()}`}>{t('analyse.map.edit')}</Link>
      <button type="button" onClick={closeMapQuery} data-testid="query-banner-close">
        {t('analyse.map.close')}
      </button>
    </div>
  );
}
