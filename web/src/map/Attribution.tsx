/**
 * Source attribution from the manifest, always on the map (not MapLibre's control, which renders HTML). With
 * some twenty sources the full list took six lines over the map, so it shows one line until asked; the
 * approximate-borders link comes first, where it is always in view.
 */
import { useState, type Ref } from 'react';
import { attributionSummary } from '../format/attribution.ts';
import { t } from '../i18n/nl.ts';
import { Link } from '../ui/Link.tsx';

export function Attribution({ lines, approximate, ref }: { lines: readonly string[]; approximate: boolean; ref?: Ref<HTMLDivElement> }) {
  const [open, setOpen] = useState(false);
  return (
    <div ref={ref} className={open ? 'attribution attribution-open' : 'attribution'} aria-label={t('attribution.label')} role="contentinfo">
      {approximate && (
        <>
          <Link to="/methode" data-testid="approximate-borders">
            {t('map.approximateBorders')}
          </Link>
          {' · '}
        </>
      )}
      <span className="attribution-text">{attributionSummary(lines)}</span>
      <button type="button" className="attribution-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'attribution.less' : 'attribution.more')}
      </button>
    </div>
  );
}
