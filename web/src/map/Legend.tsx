/**
 * The legend lists every class with its range and number of regions, then "geen gegevens" and
 * "te weinig inwoners" in their own styles — the same swatches as on the map.
 */
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { LegendEntry } from './classes.ts';

interface Props {
  title: string;
  subtitle: string;
  entries: LegendEntry[];
  decimals: number;
  reverse: boolean;
  proxy: boolean;
}

export function Legend({ title, subtitle, entries, decimals, reverse, proxy }: Props) {
  const classes = entries.filter((e) => e.kind === 'class');
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.title')}>
      <h2 className="legend-title">
        {title}
        {proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
      </h2>
      <p className="legend-subtitle">{subtitle}</p>
      <ul className="legend-list">
        {classes.map((e, i) => (
          <li key={i} className="legend-row">
            <span className="swatch" style={{ backgroundColor: e.color }} aria-hidden="true" />
            <span className="legend-range">
              {fmt.number(e.from, decimals)} – {fmt.number(e.to, decimals)}
            </span>
            <span className="legend-count">{fmt.integer(e.count)}</span>
          </li>
        ))}
        {entries
          .filter((e) => e.kind !== 'class')
          .map((e) => (
            <li key={e.kind} className="legend-row">
              <span className={`swatch ${e.kind === 'below_min' ? 'swatch-hatch' : 'swatch-missing'}`} aria-hidden="true" />
              <span className="legend-range">{e.kind === 'below_min' ? t('legend.belowMin') : t('legend.missing')}</span>
              <span className="legend-count">{fmt.integer(e.count)}</span>
            </li>
          ))}
      </ul>
      <p className="legend-note">
        {t('legend.quantile')}
        {reverse ? ` ${t('legend.lowerIsRisk')}` : ''}
      </p>
    </section>
  );
}
