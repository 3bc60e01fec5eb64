/**
 * Source attribution from the manifest, always visible on the map (not MapLibre's control, which renders HTML).
 */
import { t } from '../i18n/nl.ts';

export function Attribution({ lines }: { lines: readonly string[] }) {
  return (
    <div className="attribution" aria-label={t('attribution.label')} role="contentinfo">
      {lines.join(' · ')}
    </div>
  );
}
