/**
 * One legend for the three theme columns: the strip under each score, and the wijk maps (each theme has its
 * own quantile breaks, but the classes mean the same: fifths of all wijken in the country). Under custom
 * weights it also says, once, why the marked verdicts and top wijken have no interval (the view's own line).
 */
import { t } from '../i18n/nl.ts';
import { CLASS_COLORS, MISSING_COLOR } from '../map/classes.ts';

const swatch = (fill: string) => (
  <svg width="13" height="9" aria-hidden="true">
    <rect width="13" height="9" fill={fill} />
  </svg>
);

/** Marks what the legend's line about left-out intervals explains. */
export const WITHHELD_MARK = '†';

export function SummaryLegend({ name, withheld }: { name: string; withheld: string | null }) {
  return (
    <div className="sum-legend" data-testid="summary-legend">
      <p>
        <span>{t('summary.strip.legend')}</span>
        <span className="sum-legend-ramp">
          <svg width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="4" className="strip-dot" />
          </svg>
          {name}
        </span>
        <span className="sum-legend-ramp">
          <svg width="6" height="10" aria-hidden="true">
            <line x1="3" x2="3" y1="0" y2="10" className="strip-similar" />
          </svg>
          {t('summary.strip.similar')}
        </span>
      </p>
      <p>
        <span>{t('summary.legend')}:</span>
        <span className="sum-legend-ramp">
          {t('summary.legend.low')}
          {CLASS_COLORS.map((c) => (
            <span key={c}>{swatch(c)}</span>
          ))}
          {t('summary.legend.high')}
        </span>
        <span className="sum-legend-ramp">
          {swatch(MISSING_COLOR)}
          {t('summary.legend.none')}
        </span>
      </p>
      {withheld && (
        <p data-testid="summary-withheld">
          {WITHHELD_MARK} {withheld} {t('summary.withheld.effect')}
        </p>
      )}
    </div>
  );
}
