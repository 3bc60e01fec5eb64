/**
 * Source attribution from the manifest, always visible on the map (not MapLibre's control, which renders HTML).
 */
import { attributionSummary } from '../format/attribution.ts';
import { t } from '../i18n/nl.ts';
import { Link } from '../ui/Link.tsx';

export function Attribution({ lines, approximate }: { lines: readonly string[]; approximate: boolean }) {
  return (
    <div className="attribution" aria-label={t('attribution.label')} role="contentinfo">
      {attributionSummary(lines)}
      {approximate && (
        <>
          {' · '}
          <Link to="/methode" data-testid="approximate-borders">
            {t('map.approximateBorders')}
          </Link>
        </>
      )}
    </div>
  );
}
