/** The legend's blocks for the overlays that are on: the Gi* classes with the pattern-not-proof sentence, and "onzeker". */
import { t } from '../i18n/nl.ts';
import { FADED_ALPHA } from './overlays.ts';
import { HOTSPOT_COLORS, type HotspotClass } from './style.ts';

const ORDER: readonly HotspotClass[] = ['hot_99', 'hot_95', 'hot_90', 'cold_90', 'cold_95', 'cold_99'];

export function OverlayLegend({ hotspots, uncertain }: { hotspots: boolean; uncertain: boolean }) {
  return (
    <>
      {hotspots && (
        <div className="legend-overlay" data-testid="legend-hotspots">
          <h3 className="legend-subtitle">{t('overlay.hotspots')}</h3>
          <ul className="legend-list">
            {ORDER.map((cls) => (
              <li key={cls} className="legend-row">
                <span className="swatch swatch-outline" style={{ borderColor: HOTSPOT_COLORS[cls] }} aria-hidden="true" />
                <span className="legend-range">{t(`overlay.${cls}`)}</span>
              </li>
            ))}
          </ul>
          <p className="legend-note">{t('overlay.hotspotNote')}</p>
        </div>
      )}
      {uncertain && (
        <ul className="legend-list" data-testid="legend-uncertain">
          <li className="legend-row">
            <span className="swatch" style={{ backgroundColor: `rgba(240,59,32,${(FADED_ALPHA / 255).toFixed(2)})` }} aria-hidden="true" />
            <span className="legend-range">{t('overlay.uncertainLegend')}</span>
          </li>
        </ul>
      )}
    </>
  );
}
