/**
 * Links from a region's profile on the map page to /vergelijk: the region alone (to add others to), and for a
 * gemeente the region with its five published "vergelijkbare gemeenten".
 */
import { t } from '../i18n/nl.ts';
import { Link } from '../ui/Link.tsx';
import { routePath } from '../routing/router.ts';
import { encodeCompare, isCompareKind, withSimilar, type CompareSelection } from './selection.ts';

export const compareHref = (selection: CompareSelection): string => `${routePath({ page: 'compare' }, '/')}?${encodeCompare(selection)}`;

export function CompareLinks({ kind, code, similar }: { kind: string; code: string; similar?: string | null }) {
  if (!isCompareKind(kind)) return null;
  return (
    <p className="small" data-testid="profile-compare">
      <Link to={compareHref({ kind, codes: [code] })}>{t('compare.link')}</Link>
      {kind === 'gemeente' && similar && (
        <>
          {' · '}
          <Link to={compareHref(withSimilar(code, similar))} data-testid="profile-compare-similar">
            {t('compare.link.similar')}
          </Link>
        </>
      )}
    </p>
  );
}
