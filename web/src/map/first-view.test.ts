import { describe, expect, it } from 'vitest';
import type { IndicatorManifest, Manifest } from '@atlas/contract';
import { expectedManifest } from '../../../tests/support/expected-build.ts';
import { Catalogue } from '../data/manifest.ts';
import { resolveDisplay } from './display.ts';
import { firstViewDraws } from './first-view.ts';
import { DEFAULT_STATE, type AtlasState, type Measure } from './map-url-state.ts';

const manifest: Manifest = expectedManifest();
const catalogue = new Catalogue(manifest);
const indicator = (id: string): IndicatorManifest => {
  const found = manifest.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`${id} is not in the fixture manifest`);
  return found;
};
const draws = (shown: { indicator?: IndicatorManifest; measure?: Measure; state?: Partial<AtlasState>; otherValues?: boolean }): boolean =>
  firstViewDraws(catalogue, 'gemeente', {
    display: resolveDisplay(manifest.themes[0]!, shown.indicator, shown.measure ?? 'pct'),
    state: { ...DEFAULT_STATE, ...shown.state },
    otherValues: shown.otherValues ?? false,
  });

describe('the first-view table draws the gemeente map', () => {
  it('of every theme score, also faded where uncertain and with the hotspot switch on', () => {
    for (const theme of manifest.themes) {
      for (const overlays of [{}, { uncertain: true }, { hotspots: true }]) {
        const display = resolveDisplay(theme, undefined, 'pct');
        expect(firstViewDraws(catalogue, 'gemeente', { display, state: { ...DEFAULT_STATE, ...overlays }, otherValues: false }), theme.id).toBe(true);
      }
    }
  });

  it('of an indicator’s value and its comparison with Nederland, but not of its percentile or its fading', () => {
    const counted = indicator('jongeren_15_24'); // a Wilson share on gemeenten: percentile intervals in the full table
    expect(draws({ indicator: counted, measure: 'value' })).toBe(true);
    expect(draws({ indicator: counted, measure: 'nl' })).toBe(true);
    expect(draws({ indicator: counted, measure: 'pct' })).toBe(false);
    expect(draws({ indicator: counted, measure: 'value', state: { uncertain: true } })).toBe(false);
    // gemeenten have no Gi*: the full table answers the hotspot column as absent, as the slice does
    expect(draws({ indicator: counted, measure: 'value', state: { hotspots: true } })).toBe(true);
    // an indicator that is not on gemeenten reads as absent from both tables
    expect(draws({ indicator: indicator('huishoudens_met_verdachte'), measure: 'value' })).toBe(true);
  });

  it('not on a level without a first-view table, in the table view, nor with values other than the published ones', () => {
    const display = resolveDisplay(manifest.themes[0]!, undefined, 'pct');
    expect(firstViewDraws(catalogue, 'wijk', { display, state: DEFAULT_STATE, otherValues: false })).toBe(false);
    expect(draws({ state: { mode: 'tabel' } })).toBe(false);
    expect(draws({ state: { corrected: true } })).toBe(false);
    expect(draws({ otherValues: true })).toBe(false);
    // a selected gemeente's profile needs the full table at once; a selected wijk's does not need the gemeenten's
    expect(draws({ state: { selection: 'GM0855' } })).toBe(false);
    expect(draws({ state: { selection: 'WK085501' } })).toBe(true);
  });
});
