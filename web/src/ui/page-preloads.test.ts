import { describe, expect, it } from 'vitest';
import type { Manifest } from '@atlas/contract';
import { expectedManifest } from '../../../tests/support/expected-build.ts';
import { Catalogue } from '../data/manifest.ts';
import { resolveDisplay } from '../map/display.ts';
import { firstViewDraws } from '../map/first-view.ts';
import { DEFAULT_STATE, decodeState, encodeState, normalizeState, type AtlasState } from '../map/map-url-state.ts';
import { QUERY_PARAM } from '../weights/foreign-params.ts';
import { WEIGHTS_PARAM } from '../weights/weights-url.ts';
import { YEAR_PARAM } from '../years/year-url.ts';
import { FULL_TABLE_PARAMS, opensOnFirstView } from './map-preloads.ts';

const manifest: Manifest = expectedManifest();
const catalogue = new Catalogue(manifest);
const address = (change: Partial<AtlasState>): string => encodeState({ ...DEFAULT_STATE, ...change });

describe('the table the map page asks for first', () => {
  it('is the full one for another level, view, indicator, selection or correction, and for the parameters other modules own', () => {
    const indicator = manifest.themes[0]!.indicators[0]!.id;
    const changes = [
      { indicator },
      { level: 'wijk' },
      { view: { lat: 52, lon: 5, zoom: 9 } },
      { selection: 'GM0001' },
      { mode: 'tabel' },
      { corrected: true },
    ] as const;
    for (const change of changes) {
      expect(opensOnFirstView(address(change)), JSON.stringify(change)).toBe(false);
    }
    for (const key of [YEAR_PARAM, QUERY_PARAM, WEIGHTS_PARAM]) expect(FULL_TABLE_PARAMS).toContain(key);
  });

  it('is the first-view slice only where the map page then draws from it (else the preload would go unused)', () => {
    const theme = manifest.themes[1]!.id;
    const changes: Partial<AtlasState>[] = [{}, { theme }, { theme, hotspots: true, uncertain: true }];
    for (const change of changes) {
      const search = address(change);
      expect(opensOnFirstView(search), search).toBe(true);
      const state = normalizeState(decodeState(search), manifest);
      const shownTheme = manifest.themes.find((th) => th.id === state.theme)!;
      const display = resolveDisplay(shownTheme, undefined, state.measure);
      expect(firstViewDraws(catalogue, 'gemeente', { display, state, otherValues: false }), search).toBe(true);
    }
  });
});
