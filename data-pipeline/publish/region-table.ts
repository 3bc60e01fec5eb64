import {
  REGION_COLUMNS,
  col,
  indicatorColumns,
  levelIndicatorColumns,
  levelThemeColumns,
  themeColumns,
  type ColumnSpec,
  type IndicatorId,
  type IndicatorShape,
  type Level,
  type ThemeId,
} from '@atlas/contract';
import type { IndicatorCell } from '../compute/indicator-cell.ts';
import type { IndicatorResult } from '../compute/indicator-values.ts';
import type { LevelHotspots } from '../compute/hotspots/level-hotspots.ts';
import { nanAsNull, type IndicatorScores, type ThemeCell } from '../compute/score-types.ts';
import type { LevelUncertainty } from '../compute/uncertainty/level-uncertainty.ts';
import type { Region, RegionRegister } from '../regions/register.ts';
import { DataError } from '../errors.ts';
import { columnsFrom, publishedTable, type CellValue, type PublishedColumn, type PublishedTable } from './columns.ts';

export interface LevelOutputs {
  level: Level;
  indicators: readonly IndicatorResult[];
  /** What the manifest says of each indicator (levels, kinds, method): decides which of its columns the level's table has. */
  shapes: ReadonlyMap<IndicatorId, IndicatorShape>;
  scores: ReadonlyMap<IndicatorId, IndicatorScores>;
  themes: ReadonlyMap<ThemeId, Map<string, ThemeCell>>;
  withGeometry: ReadonlySet<string>;
  similar: ReadonlyMap<string, readonly string[]>;
  uncertainty: LevelUncertainty;
  /** null on a level without geometry (or not among the hotspot levels): the Gi* columns stay null. */
  hotspots: LevelHotspots | null;
}

const NOT_ON_LEVEL: IndicatorCell = { value: null, numerator: null, denominator: null, reason: 'not_on_level' };

type Getters = Record<string, (row: Region, index: number) => CellValue>;

/**
 * The contract's columns for the level out of the full set `specs`: a column left out must be all null, so leaving
 * it out loses nothing (a reader answers null for it). Left-out columns are only checked, not built.
 */
function levelColumns(
  level: Level,
  regions: readonly Region[],
  specs: readonly ColumnSpec[],
  keep: readonly ColumnSpec[],
  getters: Getters,
): PublishedColumn[] {
  const kept = new Set(keep.map((c) => c.name));
  for (const spec of specs) {
    if (kept.has(spec.name)) continue;
    const get = getters[spec.name];
    if (!get) throw new Error(`no values for column ${spec.name}`);
    const row = regions.findIndex((r, i) => get(r, i) !== null);
    if (row >= 0)
      throw new DataError(
        { file: `${level} region table`, line: row + 1, field: spec.name },
        `value ${String(get(regions[row] as Region, row))} in a column the contract leaves out of this level`,
      );
  }
  return columnsFrom(
    specs.filter((c) => kept.has(c.name)),
    regions,
    getters,
  );
}

/** One row per region of the level: identity, parents, population, the indicators on the level and every theme. */
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
  // uncertainty and Gi* arrays are in the register's order, the rows' order
  const at =
    <T>(values: readonly (T | null)[] | undefined) =>
    (_: Region, index: number): T | null =>
      values?.[index] ?? null;
  const giAt =
    (values: Float64Array | undefined) =>
    (_: Region, index: number): number | null =>
      nanAsNull(values?.[index]);
  for (const indicator of out.indicators) {
    const cells = indicator.levels[out.level];
    // one lookup per region, not one per column
    const rowCells = regions.map((r) => cells?.get(r.code) ?? NOT_ON_LEVEL);
    const cell = (_: Region, index: number) => rowCells[index] ?? NOT_ON_LEVEL;
    const scores = out.scores.get(indicator.id);
    const id = indicator.id;
    const shape = out.shapes.get(id);
    if (!shape) throw new DataError({ file: `${out.level} region table`, field: id }, 'indicator has no manifest entry');
    const onLevel = levelIndicatorColumns(shape, out.level);
    if (onLevel.length === 0) {
      if (cells) throw new DataError({ file: `${out.level} region table`, field: id }, 'values on a level the manifest does not list');
      continue;
    }
    const u = out.uncertainty.indicators.get(id);
    const hot = out.hotspots?.indicators.get(id);
    columns.push(
      ...levelColumns(out.level, regions, indicatorColumns(id), onLevel, {
        [col.value(id)]: (r, i) => cell(r, i).value,
        [col.percentile(id)]: (r) => scores?.percentile.get(r.code) ?? null,
        [col.z(id)]: (r) => scores?.z.get(r.code) ?? null,
        [col.reason(id)]: (r, i) => cell(r, i).reason,
        [col.numerator(id)]: (r, i) => cell(r, i).numerator,
        [col.denominator(id)]: (r, i) => cell(r, i).denominator,
        [col.lo(id)]: at(u?.lo),
        [col.hi(id)]: at(u?.hi),
        [col.ciReason(id)]: at(u?.ciReason),
        [col.eb(id)]: at(u?.eb),
        [col.sig(id)]: at(u?.sig),
        [col.pctLo(id)]: at(u?.pctLo),
        [col.pctHi(id)]: at(u?.pctHi),
        [col.pctEb(id)]: at(u?.pctEb),
        [col.gi(id)]: giAt(hot?.z),
        [col.hot(id)]: at(hot?.classes),
      }),
    );
  }
  for (const [themeId, cells] of out.themes) {
    const u = out.uncertainty.themes.get(themeId);
    const hot = out.hotspots?.themes.get(themeId);
    const rowCells = regions.map((r) => cells.get(r.code));
    const cell = (_: Region, index: number) => rowCells[index];
    columns.push(
      ...levelColumns(out.level, regions, themeColumns(themeId), levelThemeColumns(themeId, out.level), {
        [col.theme(themeId)]: (r, i) => cell(r, i)?.score ?? null,
        [col.themeCount(themeId)]: (r, i) => cell(r, i)?.indicators ?? 0,
        [col.themeWeight(themeId)]: (r, i) => cell(r, i)?.weightShare ?? 0,
        [col.themeReason(themeId)]: (r, i) => cell(r, i)?.reason ?? null,
        [col.themeLo(themeId)]: at(u?.lo),
        [col.themeHi(themeId)]: at(u?.hi),
        [col.themeEb(themeId)]: at(u?.eb),
        [col.themeGi(themeId)]: giAt(hot?.z),
        [col.themeHot(themeId)]: at(hot?.classes),
      }),
    );
  }
  return publishedTable(out.level, columns);
}
