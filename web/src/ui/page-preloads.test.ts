import { describe, expect, it } from 'vitest';
import { dataFile, type Manifest } from '@atlas/contract';
import { expectedManifest } from '../../../tests/support/expected-build.ts';
import { Catalogue } from '../data/manifest.ts';
import { resolveDisplay } from '../map/display.ts';
import { firstViewDraws } from '../map/first-view.ts';
import { DEFAULT_STATE, decodeState, encodeState, normalizeState, type AtlasState } from '../map/map-url-state.ts';
import { QUERY_PARAM } from '../weights/foreign-params.ts';
import { WEIGHTS_PARAM } from '../routing/carried-params.ts';
import { YEAR_PARAM } from '../years/year-url.ts';
import { MAP_FULL_TABLE_PARAMS, SUMMARY_FULL_TABLE_PARAMS, opensOnFirstView, preloadPageFiles } from './page-preloads.ts';

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
    for (const key of [YEAR_PARAM, QUERY_PARAM, WEIGHTS_PARAM]) expect(MAP_FULL_TABLE_PARAMS).toContain(key);
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

/** The data files preloadPageFiles asks for on an address, as paths in the data folder. */
function preloaded(path: string, search = ''): string[] {
  const links: { rel?: string; href?: string }[] = [];
  const doc = { createElement: () => ({}), head: { append: (link: { rel?: string; href?: string }) => links.push(link) } };
  preloadPageFiles(doc as unknown as Document, path, search);
  for (const link of links) expect(link.rel).toBe('preload');
  return links.map((link) => (link.href ?? '').replace(/^\/data\//, ''));
}

describe('the files preloaded for the page being opened', () => {
  it('are the first map’s on the map, a gemeente summary’s on /gemeente/GMxxxx, none on other pages', () => {
    expect(preloaded('/')).toEqual([dataFile.sliceArrow('gemeente', 'first-view'), dataFile.geometry('gemeente'), dataFile.context('provincie')]);
    expect(preloaded('/gemeente/GM0855')).toEqual([
      dataFile.arrow('gemeente'),
      dataFile.sliceArrow('wijk', 'themes'),
      dataFile.geometry('wijk'),
      dataFile.trendsGemeenteArrow,
    ]);
    for (const page of ['/vergelijk', '/methode', '/analyse', '/gemeente', '/gemeente/onbekend']) expect(preloaded(page), page).toEqual([]);
  });

  it('are the whole wijk table for a summary under custom weights, which change the wijken’s theme scores', () => {
    expect(SUMMARY_FULL_TABLE_PARAMS).toEqual([WEIGHTS_PARAM]);
    expect(preloaded('/gemeente/GM0855', `?${WEIGHTS_PARAM}=x`)).toContain(dataFile.arrow('wijk'));
    expect(preloaded('/gemeente/GM0855', `?${WEIGHTS_PARAM}=x`)).not.toContain(dataFile.sliceArrow('wijk', 'themes'));
  });
});
