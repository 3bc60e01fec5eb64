/**
 * The legend lists every class with its range and number of regions, then "geen gegevens" and
 * "te weinig inwoners" in their own styles — the same swatches as on the map.
 */
import { useId, useState } from 'react';
import { t } from '../i18n/nl.ts';
import type { LegendEntry } from './classes.ts';
import type { Display } from './display.ts';
import { legendNote, legendRows } from './legend-model.ts';
import { OverlayLegend } from './OverlayLegend.tsx';
import type { Overlays } from './OverlayToggles.tsx';

/** Phones start with the legend folded away, so it does not cover the map (issue 16); every size can fold it. */
const PHONE = '(max-width: 767px)';
const startsCollapsed = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(PHONE).matches;

/** `overlays`: the overlays that are on and drawn in this view (the correction speaks in the subtitle). */
export function Legend({
  display,
  entries,
  overlays,
}: {
  display: Display;
  entries: readonly LegendEntry[];
  overlays: Pick<Overlays, 'hotspots' | 'uncertain'>;
}) {
  const { title, subtitle, proxy } = display;
  const note = legendNote(display, entries);
  const [collapsed, setCollapsed] = useState(startsCollapsed);
  const bodyId = useId();
  return (
    <section className={`legend${collapsed ? ' is-collapsed' : ''}`} data-testid="legend" aria-label={t('legend.title')}>
      {/* The button comes first so it can float: the title flows beside it, and a word too long for that room
          moves under it instead of pushing the button out of the card. */}
      <div className="legend-head">
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          data-testid="legend-toggle"
          onClick={() => setCollapsed((c) => !c)}
        >
          {collapsed ? t('legend.show') : t('legend.hide')}
        </button>
        <h2 className="legend-title">
          {title}
          {proxy && <span className="badge badge-proxy">{t('theme.proxy')}</span>}
        </h2>
      </div>
      <div id={bodyId} className="legend-body" hidden={collapsed}>
        <p className="legend-subtitle">{subtitle}</p>
        <ul className="legend-list">
          {legendRows(entries, display).map((row, i) => (
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
        {note && <p className="legend-note">{note}</p>}
        <OverlayLegend {...overlays} />
      </div>
    </section>
  );
}
