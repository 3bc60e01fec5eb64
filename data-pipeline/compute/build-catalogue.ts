/**
 * The part of the catalogue this build can compute: every source that is present (an optional source only
 * when its file was read), the indicators whose sources are all present, and the themes limited to those.
 */
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import { SOURCES } from '../../indicators/catalog/sources.ts';
import { THEMES } from '../../indicators/catalog/themes.ts';
import type { IndicatorDefinition, SourceDefinition, ThemeDefinition } from '../../indicators/catalog/types.ts';

export interface BuildCatalogue {
  sources: readonly SourceDefinition[];
  indicators: readonly IndicatorDefinition[];
  themes: readonly ThemeDefinition[];
}

/** The whole catalogue, for the method description of what a build could not compute. */
export const FULL_CATALOGUE: BuildCatalogue = { sources: SOURCES, indicators: INDICATORS, themes: THEMES };

/** `recreatieYear`: the reference year(s) of the optional recreatiewoningen file, or null when it is absent. */
export function buildCatalogue(recreatieYear: string | null): BuildCatalogue {
  const sources = SOURCES.filter((s) => !('optional' in s) || (s.id === 'recreatiewoningen' && recreatieYear !== null));
  const available = new Set<string>(sources.map((s) => s.id));
  const indicators = (INDICATORS as readonly IndicatorDefinition[])
    .filter((indicator) => indicator.sources.every((id) => available.has(id)))
    .map((indicator) => (indicator.id === 'recreatiewoningen' && recreatieYear !== null ? { ...indicator, year: recreatieYear } : indicator));
  const ids = new Set(indicators.map((i) => i.id));
  const themes = THEMES.map((theme) => ({ ...theme, indicators: theme.indicators.filter((entry) => ids.has(entry.id)) }));
  return { sources, indicators, themes };
}
