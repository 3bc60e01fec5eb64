/** The legend's blocks for the overlays that are on: the Gi* classes with the pattern-not-proof sentence, and "onzeker". */
import { t } from '../i18n/nl.ts';
import { FADED_ALPHA } from './overlays.ts';
import { HOTSPOT_COLORS, type HotspotClass } from './style.ts';

/**
 * Two rows of three outlines, weakest to strongest, instead of a row per class: four rows shorter, the legend covers
 * less of the map, and at 1440×900 the wijk map with hotspots on is framed at full size beside it.
 */
const ROWS: readonly { label: 'overlay.hotRow' | 'overlay.coldRow'; classes: readonly HotspotClass[] }[] = [
  { label: 'overlay.hotRow', classes: ['hot_90', 'hot_95', 'hot_99'] },
  { label: 'overlay.coldRow', classes: ['cold_90', 'cold_95', 'cold_99'] },
];

export function OverlayLegend({ hotspots, uncertain }: { hotspots: boolean; uncertain: boolean }) {
  return (
    <>
      {hotspots && (
        <div className="legend-overlay" data-testid="legend-hotspots">
          <h3 className="legend-subtitle">{t('overlay.hotspots')}</h3>
          <ul className="legend-list">
            {ROWS.map((row) => (
              <li key={row.label} className="legend-row legend-row-hotspots">
                <span className="swatch-group" aria-hidden="true">
                  {row.classes.map((cls) => (
                    <span key={cls} className="swatch swatch-outline" style={{ borderColor: HOTSPOT_COLORS[cls] }} title={t(`overlay.${cls}`)} />
                  ))}
                </span>
                <span className="legend-range">{t(row.label)}</span>
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
