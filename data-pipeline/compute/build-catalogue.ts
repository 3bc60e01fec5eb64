/**
 * The part of the catalogue this build can compute: every source that is present (an optional source only
 * when its file was read), the indicators whose sources are all present, and the themes limited to those.
 */
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import { SOURCES } from '../../indicators/catalog/sources.ts';
import { THEMES } from '../../indicators/catalog/themes.ts';
import type { IndicatorDefinition, SourceDefinition, ThemeDefinition } from '../../indicators/catalog/types.ts';
import type { SourceId } from '@atlas/contract';

export interface BuildCatalogue {
  sources: readonly SourceDefinition[];
  indicators: readonly IndicatorDefinition[];
  themes: readonly ThemeDefinition[];
}

/** The whole catalogue, for the method description of what a build could not compute. */
export const FULL_CATALOGUE: BuildCatalogue = { sources: SOURCES, indicators: INDICATORS, themes: THEMES };

/**
 * `recreatieYear`: the reference year(s) of the optional recreatiewoningen file, or null when it is absent;
 * `optionalYears`: the same for the other optional sources that were read, by source id.
 */
export function buildCatalogue(recreatieYear: string | null, optionalYears: Readonly<Partial<Record<SourceId, string>>> = {}): BuildCatalogue {
  const years: Partial<Record<SourceId, string>> = { ...optionalYears, ...(recreatieYear === null ? {} : { recreatiewoningen: recreatieYear }) };
  const sources = SOURCES.filter((s) => !('optional' in s) || years[s.id] !== undefined);
  const available = new Set<string>(sources.map((s) => s.id));
  const indicators = (INDICATORS as readonly IndicatorDefinition[])
    .filter((indicator) => indicator.sources.every((id) => available.has(id)))
    .map((indicator) => {
      // An indicator of an optional source takes the year the file states.
      const year = indicator.sources.map((id) => years[id]).find((y) => y !== undefined);
      return year === undefined ? indicator : { ...indicator, year };
    });
  const ids = new Set(indicators.map((i) => i.id));
  const themes = THEMES.map((theme) => ({ ...theme, indicators: theme.indicators.filter((entry) => ids.has(entry.id)) }));
  return { sources, indicators, themes };
}
