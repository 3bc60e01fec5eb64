import type { IndicatorCell, IndicatorResult } from '../compute/indicator-values.ts';
import type { IndicatorScores, ThemeCell } from '../compute/scores.ts';
import type { RegionRegister } from '../regions/register.ts';
import { publishedTable, type PublishedColumn, type PublishedTable } from './columns.ts';
import { col, type Level } from './contract.ts';

export interface LevelOutputs {
  level: Level;
  indicators: readonly IndicatorResult[];
  scores: ReadonlyMap<string, IndicatorScores>;
  themes: ReadonlyMap<string, Map<string, ThemeCell>>;
  withGeometry: ReadonlySet<string>;
  similar: ReadonlyMap<string, readonly string[]>;
}

const NOT_ON_LEVEL: IndicatorCell = { value: null, numerator: null, denominator: null, reason: 'not_on_level' };

/** One row per region of the level: identity, parents, population, every indicator and theme. */
export function buildRegionTable(register: RegionRegister, out: LevelOutputs): PublishedTable {
  const regions = register.byLevel[out.level];
  const pick = <T>(f: (r: (typeof regions)[number]) => T) => regions.map(f);
  const columns: PublishedColumn[] = [
    { name: 'code', type: 'string', values: pick((r) => r.code) },
    { name: 'name', type: 'string', values: pick((r) => r.name) },
    { name: 'level', type: 'category', values: pick((r) => r.level) },
    { name: 'gemeente_code', type: 'category', values: pick((r) => r.gemeenteCode) },
    { name: 'gemeente_name', type: 'category', values: pick((r) => r.gemeenteName) },
    { name: 'wijk_code', type: 'string', values: pick((r) => r.wijkCode) },
    { name: 'wijk_name', type: 'string', values: pick((r) => r.wijkName) },
    { name: 'provincie_code', type: 'category', values: pick((r) => r.provincieCode) },
    { name: 'provincie_name', type: 'category', values: pick((r) => r.provincieName) },
    { name: 'veiligheidsregio_code', type: 'category', values: pick((r) => r.veiligheidsregioCode) },
    { name: 'veiligheidsregio_name', type: 'category', values: pick((r) => r.veiligheidsregioName) },
    { name: 'politie_eenheid_code', type: 'category', values: pick((r) => r.politieEenheidCode) },
    { name: 'politie_eenheid_name', type: 'category', values: pick((r) => r.politieEenheidName) },
    { name: 'population', type: 'int32', values: pick((r) => r.population) },
    { name: 'has_geometry', type: 'bool', values: pick((r) => out.withGeometry.has(r.code)) },
    { name: 'similar_gemeenten', type: 'string', values: pick((r) => out.similar.get(r.code)?.join(',') ?? null) },
  ];
  for (const indicator of out.indicators) {
    const cells = indicator.levels[out.level];
    const cell = (code: string) => cells?.get(code) ?? NOT_ON_LEVEL;
    const scores = out.scores.get(indicator.id);
    columns.push(
      { name: col.value(indicator.id), type: 'float64', values: pick((r) => cell(r.code).value) },
      { name: col.percentile(indicator.id), type: 'float64', values: pick((r) => scores?.percentile.get(r.code) ?? null) },
      { name: col.z(indicator.id), type: 'float64', values: pick((r) => scores?.z.get(r.code) ?? null) },
      { name: col.reason(indicator.id), type: 'category', values: pick((r) => cell(r.code).reason) },
      { name: col.numerator(indicator.id), type: 'float64', values: pick((r) => cell(r.code).numerator) },
      { name: col.denominator(indicator.id), type: 'float64', values: pick((r) => cell(r.code).denominator) },
    );
  }
  for (const [themeId, cells] of out.themes) {
    columns.push(
      { name: col.theme(themeId), type: 'float64', values: pick((r) => cells.get(r.code)?.score ?? null) },
      { name: col.themeCount(themeId), type: 'int32', values: pick((r) => cells.get(r.code)?.indicators ?? 0) },
      { name: col.themeWeight(themeId), type: 'float64', values: pick((r) => cells.get(r.code)?.weightShare ?? 0) },
      { name: col.themeReason(themeId), type: 'category', values: pick((r) => cells.get(r.code)?.reason ?? null) },
    );
  }
  return publishedTable(out.level, columns);
}
