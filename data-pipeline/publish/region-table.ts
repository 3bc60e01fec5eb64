import { REGION_COLUMNS, col, indicatorColumns, themeColumns, type IndicatorId, type Level, type ThemeId } from '@atlas/contract';
import type { IndicatorCell, IndicatorResult } from '../compute/indicator-values.ts';
import type { IndicatorScores, ThemeCell } from '../compute/scores.ts';
import type { Region, RegionRegister } from '../regions/register.ts';
import { columnsFrom, publishedTable, type CellValue, type PublishedTable } from './columns.ts';

export interface LevelOutputs {
  level: Level;
  indicators: readonly IndicatorResult[];
  scores: ReadonlyMap<IndicatorId, IndicatorScores>;
  themes: ReadonlyMap<ThemeId, Map<string, ThemeCell>>;
  withGeometry: ReadonlySet<string>;
  similar: ReadonlyMap<string, readonly string[]>;
}

const NOT_ON_LEVEL: IndicatorCell = { value: null, numerator: null, denominator: null, reason: 'not_on_level' };

/** One row per region of the level: identity, parents, population, every indicator and theme. */
export function buildRegionTable(register: RegionRegister, out: LevelOutputs): PublishedTable {
  const regions = register.byLevel[out.level];
  const fixed: Record<(typeof REGION_COLUMNS)[number]['name'], (r: Region) => CellValue> = {
    code: (r) => r.code,
    name: (r) => r.name,
    level: (r) => r.level,
    gemeente_code: (r) => r.gemeenteCode,
    gemeente_name: (r) => r.gemeenteName,
    wijk_code: (r) => r.wijkCode,
    wijk_name: (r) => r.wijkName,
    provincie_code: (r) => r.provincieCode,
    provincie_name: (r) => r.provincieName,
    veiligheidsregio_code: (r) => r.veiligheidsregioCode,
    veiligheidsregio_name: (r) => r.veiligheidsregioName,
    politie_eenheid_code: (r) => r.politieEenheidCode,
    politie_eenheid_name: (r) => r.politieEenheidName,
    population: (r) => r.population,
    has_geometry: (r) => out.withGeometry.has(r.code),
    similar_gemeenten: (r) => out.similar.get(r.code)?.join(',') ?? null,
  };
  const columns = columnsFrom(REGION_COLUMNS, regions, fixed);
  for (const indicator of out.indicators) {
    const cells = indicator.levels[out.level];
    const cell = (r: Region) => cells?.get(r.code) ?? NOT_ON_LEVEL;
    const scores = out.scores.get(indicator.id);
    const id = indicator.id;
    columns.push(
      ...columnsFrom(indicatorColumns(indicator.id), regions, {
        [col.value(id)]: (r) => cell(r).value,
        [col.percentile(id)]: (r) => scores?.percentile.get(r.code) ?? null,
        [col.z(id)]: (r) => scores?.z.get(r.code) ?? null,
        [col.reason(id)]: (r) => cell(r).reason,
        [col.numerator(id)]: (r) => cell(r).numerator,
        [col.denominator(id)]: (r) => cell(r).denominator,
      }),
    );
  }
  for (const [themeId, cells] of out.themes) {
    columns.push(
      ...columnsFrom(themeColumns(themeId), regions, {
        [col.theme(themeId)]: (r) => cells.get(r.code)?.score ?? null,
        [col.themeCount(themeId)]: (r) => cells.get(r.code)?.indicators ?? 0,
        [col.themeWeight(themeId)]: (r) => cells.get(r.code)?.weightShare ?? 0,
        [col.themeReason(themeId)]: (r) => cells.get(r.code)?.reason ?? null,
      }),
    );
  }
  return publishedTable(out.level, columns);
}
