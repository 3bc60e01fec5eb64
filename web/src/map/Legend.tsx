/**
 * The legend lists every class with its range and number of regions, then "geen gegevens" and
 * "te weinig inwoners" in their own styles — the same swatches as on the map.
 */
import { t } from '../i18n/nl.ts';
import type { LegendEntry } from './classes.ts';
import { legendNote, legendRows } from './legend-model.ts';

interface Props {
  title: string;
  subtitle: string;
  entries: LegendEntry[];
  decimals: number;
  reverse: boolean;
  proxy: boolean;
}

export function Legend({ title, subtitle, entries, decimals, reverse, proxy }: Props) {
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
