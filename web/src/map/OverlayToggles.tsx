/**
 * Switches for what the map draws beyond the plain choropleth: Gi* hotspots (only where they are computed: wijk
 * and buurt), the fading of uncertain regions, and "gecorrigeerd voor kleine aantallen" (which every view
 * follows, see view/values-view.ts). Their state lives in the address like the rest of the map.
 */
import type { Level } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { CorrectedToggle } from '../view/CorrectedToggle.tsx';
import type { Display } from './display.ts';
import type { AtlasState } from './map-url-state.ts';

export type Overlays = Pick<AtlasState, 'hotspots' | 'uncertain' | 'corrected'>;

interface Props {
  level: Level;
  display: Display;
  overlays: Overlays;
  onChange(next: Partial<Overlays>): void;
}

/** Which overlays this view can show; the correction applies to indicators and theme scores, not to a query's values. */
export function availableOverlays(level: Level, display: Display): Overlays {
  return {
    hotspots: level !== 'gemeente' && !!display.hotColumn,
    uncertain: !!display.pctInterval,
    corrected: !!display.indicator || display.kind === 'score',
  };
}

export function OverlayToggles({ level, display, overlays, onChange }: Props) {
  const can = availableOverlays(level, display);
  if (!can.hotspots && !can.uncertain && !can.corrected) return null;
  return (
    <div className="overlay-toggles" data-testid="overlay-toggles">
      {can.hotspots && (
        <label>
          <input type="checkbox" data-testid="toggle-hotspots" checked={overlays.hotspots} onChange={(e) => onChange({ hotspots: e.target.checked })} />{' '}
          {t('overlay.hotspots')}
        </label>
      )}
      {can.uncertain && (
        <label>
          <input type="checkbox" data-testid="toggle-uncertain" checked={overlays.uncertain} onChange={(e) => onChange({ uncertain: e.target.checked })} />{' '}
          {t('overlay.uncertain')}
        </label>
      )}
      {can.corrected && <CorrectedToggle on={overlays.corrected} onChange={(corrected) => onChange({ corrected })} />}
    </div>
  );
}
