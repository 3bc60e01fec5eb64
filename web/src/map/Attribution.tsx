/**
 * Source attribution from the manifest, always visible on the map (not MapLibre's control, which renders HTML).
 */
import { attributionSummary } from '../format/attribution.ts';
import { t } from '../i18n/nl.ts';

export function Attribution({ lines }: { lines: readonly string[] }) {
  return (
    <div className="attribution" aria-label={t('attribution.label')} role="contentinfo">
      {attributionSummary(lines)}
    </div>
  );
}
