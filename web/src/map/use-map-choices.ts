/**
 * What the user can change about the map, as handlers that write the address state and tell the
 * instrumentation, so the time from the click to the drawn frame can be measured.
 */
import type { IndicatorId, ThemeId } from '@atlas/contract';
import { signal } from '../instrumentation/signals.ts';
import type { LevelChoice, Measure, ViewMode } from './map-url-state.ts';
import type { MapUrlState } from './use-map-url-state.ts';

export interface MapChoices {
  onTheme(id: ThemeId): void;
  onIndicator(id: IndicatorId | null): void;
  onLevel(level: LevelChoice): void;
  onMeasure(measure: Measure): void;
  onMode(mode: ViewMode): void;
}

export function useMapChoices({ state, update }: Pick<MapUrlState, 'state' | 'update'>): MapChoices {
  return {
    onTheme(id) {
      if (id === state.theme) return;
      signal.change('theme');
      update({ theme: id, indicator: null, measure: 'pct' });
    },
    onIndicator(id) {
      if (id === state.indicator) return;
      signal.change('indicator');
      update({ indicator: id });
    },
    onLevel(level) {
      signal.change('level');
      update({ level });
    },
    onMeasure(measure) {
      signal.change('measure');
      update({ measure });
    },
    onMode(mode) {
      update({ mode });
    },
  };
}
