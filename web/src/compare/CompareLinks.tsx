/**
 * Links from a region's profile on the map page to /vergelijk: the region alone (to add others to), and for a
 * gemeente the region with its five published "vergelijkbare gemeenten". Custom weights go along, so the
 * comparison shows the scores the map showed.
 */
import { t } from '../i18n/nl.ts';
import { Link } from '../ui/Link.tsx';
import { useSearch } from '../routing/address.ts';
import { routePath } from '../routing/router.ts';
import { encodeCompare, isCompareKind, withSimilar, type CompareSelection } from './selection.ts';

export const compareHref = (selection: CompareSelection, carry = ''): string => `${routePath({ page: 'compare' }, '/')}?${encodeCompare(selection, carry)}`;

export function CompareLinks({ kind, code, similar }: { kind: string; code: string; similar?: string | null }) {
  const search = useSearch();
  if (!isCompareKind(kind)) return null;
  return (
    <p className="small" data-testid="profile-compare">
      <Link to={compareHref({ kind, codes: [code] }, search)}>{t('compare.link')}</Link>
      {kind === 'gemeente' && similar && (
        <>
          {' · '}
          <Link to={compareHref(withSimilar(code, similar), search)} data-testid="profile-compare-similar">
            {t('compare.link.similar')}
          </Link>
        </>
      )}
    </p>
  );
}
