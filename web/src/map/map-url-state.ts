/**
 * The map page's state as it lives in the URL query string, so every view can be shared and reloaded.
 * Keys are Dutch, like the rest of the public surface: ?thema=…&indicator=…&niveau=…&gebied=…&kaart=lat,lon,zoom.
 * Parsing is lenient (unknown values and ids are dropped); `normalizeState` then checks ids against the manifest.
 */
import { LEVELS, isIndicatorId, isThemeId, type IndicatorId, type Level, type ThemeId } from '@atlas/contract';

export type LevelChoice = 'auto' | Level;
/** 'nl': the value against the national value ("Vergeleken met Nederland", issue 16). */
export type Measure = 'pct' | 'value' | 'nl';
export type ViewMode = 'kaart' | 'tabel';

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface AtlasState {
  theme: ThemeId | null;
  /** null = the theme score. */
  indicator: IndicatorId | null;
  measure: Measure;
  level: LevelChoice;
  /** A region code (GM/WK/BU) or an aggregate code (politie-eenheid, veiligheidsregio, provincie). */
  selection: string | null;
  view: MapView | null;
  mode: ViewMode;
  /** Gi* hot- and coldspots outlined over the map (wijk and buurt). */
  hotspots: boolean;
  /** Regions whose percentile interval spans more than half the scale drawn faded. */
  uncertain: boolean;
  /** "Gecorrigeerd voor kleine aantallen": empirical-Bayes values, percentiles and theme scores where published. */
  corrected: boolean;
}

export const DEFAULT_STATE: AtlasState = {
  theme: null,
  indicator: null,
  measure: 'pct',
  level: 'auto',
  selection: null,
  view: null,
  mode: 'kaart',
  hotspots: false,
  uncertain: false,
  corrected: false,
};

const KEY = {
  theme: 'thema',
  indicator: 'indicator',
  measure: 'toon',
  level: 'niveau',
  selection: 'gebied',
  view: 'kaart',
  mode: 'weergave',
  hotspots: 'hotspots',
  uncertain: 'onzekerheid',
  corrected: 'gecorrigeerd',
} as const;

const MEASURE_WORD: Record<Measure, string> = { pct: 'percentiel', value: 'waarde', nl: 'nederland' };
const measureOf = (word: string | null): Measure => (Object.keys(MEASURE_WORD) as Measure[]).find((m) => MEASURE_WORD[m] === word) ?? 'pct';

const CODE = /^[A-Z]{2}[0-9A-Z]{2,10}$/;

/** Rounding that survives a round trip: the map is restored to exactly what the URL says. */
export function roundView(view: MapView): MapView {
  return {
    lat: Math.round(view.lat * 1e4) / 1e4,
    lon: Math.round(view.lon * 1e4) / 1e4,
    zoom: Math.round(view.zoom * 100) / 100,
  };
}

export function encodeState(state: AtlasState): string {
  const p = new URLSearchParams();
  if (state.theme) p.set(KEY.theme, state.theme);
  if (state.indicator) p.set(KEY.indicator, state.indicator);
  if (state.measure !== DEFAULT_STATE.measure) p.set(KEY.measure, MEASURE_WORD[state.measure]);
  if (state.level !== 'auto') p.set(KEY.level, state.level);
  if (state.selection) p.set(KEY.selection, state.selection);
  if (state.mode !== 'kaart') p.set(KEY.mode, state.mode);
  if (state.hotspots) p.set(KEY.hotspots, 'aan');
  if (state.uncertain) p.set(KEY.uncertain, 'aan');
  if (state.corrected) p.set(KEY.corrected, 'aan');
  if (state.view) {
    const v = roundView(state.view);
    p.set(KEY.view, `${v.lat},${v.lon},${v.zoom}`);
  }
  // URLSearchParams would encode the commas in the view; they are safe in a query string and easier to read.
  return p.toString().replace(/%2C/g, ',');
}

function parseView(text: string | null): MapView | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lat, lon, zoom] = parts as [number, number, number];
  if (lat < -85 || lat > 85 || lon < -180 || lon > 180 || zoom < 0 || zoom > 22) return null;
  return roundView({ lat, lon, zoom });
}

export function decodeState(search: string): AtlasState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const theme = p.get(KEY.theme);
  const indicator = p.get(KEY.indicator);
  const level = p.get(KEY.level);
  const selection = p.get(KEY.selection);
  return {
    theme: theme && isThemeId(theme) ? theme : null,
    indicator: indicator && isIndicatorId(indicator) ? indicator : null,
    measure: measureOf(p.get(KEY.measure)),
    level: level && (LEVELS as readonly string[]).includes(level) ? (level as Level) : 'auto',
    selection: selection && CODE.test(selection) ? selection : null,
    view: parseView(p.get(KEY.view)),
    mode: p.get(KEY.mode) === 'tabel' ? 'tabel' : 'kaart',
    hotspots: p.get(KEY.hotspots) === 'aan',
    uncertain: p.get(KEY.uncertain) === 'aan',
    corrected: p.get(KEY.corrected) === 'aan',
  };
}

/** Whether two states differ in anything other than the map view (those changes get their own history entry). */
export function differsDiscretely(a: AtlasState, b: AtlasState): boolean {
  return (
    a.theme !== b.theme ||
    a.indicator !== b.indicator ||
    a.measure !== b.measure ||
    a.level !== b.level ||
    a.selection !== b.selection ||
    a.mode !== b.mode ||
    a.hotspots !== b.hotspots ||
    a.uncertain !== b.uncertain ||
    a.corrected !== b.corrected
  );
}

export interface StateCatalogue {
  themes: readonly { id: ThemeId; indicators: readonly { id: IndicatorId }[] }[];
  /** National values: "vergeleken met Nederland" needs one, else the map shows the plain value. */
  indicators?: readonly { id: IndicatorId; national: number | null }[];
}

/** Make a decoded state valid for this manifest: unknown theme → first theme, indicator not in theme → theme score. */
export function normalizeState(state: AtlasState, catalogue: StateCatalogue): AtlasState {
  const theme = catalogue.themes.find((th) => th.id === state.theme) ?? catalogue.themes[0];
  if (!theme) return { ...state, theme: null, indicator: null };
  const indicator = theme.indicators.some((i) => i.id === state.indicator) ? state.indicator : null;
  const noNational = state.measure === 'nl' && catalogue.indicators?.find((i) => i.id === indicator)?.national === null;
  return { ...state, theme: theme.id, indicator, measure: !indicator ? 'pct' : noNational ? 'value' : state.measure };
}
