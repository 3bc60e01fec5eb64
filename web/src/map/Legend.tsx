/**
 * The legend lists every class with its range and number of regions, then "geen gegevens" and
 * "te weinig inwoners" in their own styles — the same swatches as on the map.
 */
import { t } from '../i18n/nl.ts';
import type { LegendEntry } from './classes.ts';
import type { Display } from './display.ts';
import { legendNote, legendRows } from './legend-model.ts';

export function Legend({ display, entries }: { display: Display; entries: readonly LegendEntry[] }) {
  const { title, subtitle, decimals, reverse, proxy } = display;
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.title')}>
      <h2 className="legend-title">
        {title}
        {proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
      </h2>
      <p className="legend-subtitle">{subtitle}</p>
      <ul className="legend-list">
        {legendRows(entries, decimals).map((row, i) => (
          <li key={`${row.kind}-${i}`} className="legend-row">
            {row.kind === 'class' ? (
              <span className="swatch" style={{ backgroundColor: row.color }} aria-hidden="true" />
            ) : (
              <span className={`swatch ${row.kind === 'below_min' ? 'swatch-hatch' : 'swatch-missing'}`} aria-hidden="true" />
            )}
            <span className="legend-range">{row.label}</span>
            <span className="legend-count">{row.count}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">{legendNote(reverse)}</p>
    </section>
  );
}
