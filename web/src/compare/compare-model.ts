/**
 * The rows and cells of /vergelijk: per theme its score and the indicators that exist for the chosen kind of
 * region, each cell a published value (gemeente/wijk: from the level's Arrow table) or a value summed from
 * gemeente counts (aggregates: AtlasData.aggregates). A missing value keeps its reason; it is never 0.
 */
import { col, type IndicatorManifest, type Manifest, type ThemeManifest } from '@atlas/contract';
import type { AggregateRegion } from '../data/atlas-data.ts';
import { aggregatable } from '../data/atlas-data.ts';
import type { AggregateScores } from './aggregate-scores.ts';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { STANDARD_WEIGHTS, weightIn, type Weights } from '../weights/weights-url.ts';
import { t } from '../i18n/nl.ts';
import { isAggregateKind, type CompareKind } from './selection.ts';
import { NO_INTERVAL, publishedInterval, summedInterval, type CellInterval } from './cell-interval.ts';
import { withheldNote } from '../view/value-notes.ts';

export interface CompareCell extends CellInterval {
  value: number | null;
  /** Direction-adjusted percentile 0–100 (gemeente/wijk only). */
  percentile: number | null;
  /** Why the value is missing: a MissingReason, or 'not_aggregatable' for aggregates. */
  reason: string | null;
  /** Why the interval is left out although the value has one in the published data (a view's line, e.g. custom weights). */
  withheld?: string;
}

export interface CompareRegion {
  code: string;
  name: string;
  /** Gemeente of a wijk, or the number of gemeenten of an aggregate. */
  context: string | null;
  population: number | null;
  cells: ReadonlyMap<string, CompareCell>;
}

export type CompareRow =
  | { kind: 'theme'; key: string; theme: ThemeManifest }
  | { kind: 'indicator'; key: string; theme: ThemeManifest; indicator: IndicatorManifest; weightShare: number };

export interface CompareGroup {
  theme: ThemeManifest;
  rows: CompareRow[];
  /** Indicators of the theme that do not exist for this kind of region. */
  unavailable: IndicatorManifest[];
}

export const themeKey = (themeId: string): string => `theme:${themeId}`;

/** Whether the indicator has values for this kind: on its level, or (aggregates) summable from gemeente counts. */
export function indicatorOnKind(indicator: IndicatorManifest, kind: CompareKind): boolean {
  if (isAggregateKind(kind)) return aggregatable(indicator);
  return indicator.levels.some((l) => l.level === kind);
}

/** The kind in running text: "gemeente", "politie-eenheid / RIEC-regio". */
export const kindName = (kind: CompareKind): string => {
  const label = t(`level.${kind}`);
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/** Theme scores exist per level only (aggregates have too few regions for percentiles). */

/** `weights`: custom weights, which the indicators' shares of their theme follow. */
export function compareGroups(manifest: Manifest, kind: CompareKind, weights: Weights = STANDARD_WEIGHTS): CompareGroup[] {
  const byId = new Map(manifest.indicators.map((i) => [i.id, i]));
  return manifest.themes.map((theme) => {
    // Every kind has a theme score: aggregates' are computed among the aggregates of their kind (aggregate-scores.ts).
    const rows: CompareRow[] = [{ kind: 'theme', key: themeKey(theme.id), theme }];
    const unavailable: IndicatorManifest[] = [];
    const present: { indicator: IndicatorManifest; weight: number }[] = [];
    for (const ref of theme.indicators) {
      const indicator = byId.get(ref.id);
      if (!indicator) continue;
      if (indicatorOnKind(indicator, kind)) present.push({ indicator, weight: weightIn(weights, theme.id, ref) });
      else unavailable.push(indicator);
    }
    // shares of what the kind's score is made of: an indicator the kind lacks weighs nothing in it
    const total = present.reduce((s, p) => s + p.weight, 0);
    for (const { indicator, weight } of present)
      rows.push({ kind: 'indicator', key: indicator.id, theme, indicator, weightShare: total > 0 ? weight / total : 0 });
    return { theme, rows, unavailable };
  });
}

const withheldOf = (table: RegionTable, column: string): Pick<CompareCell, 'withheld'> => {
  const why = withheldNote(table, column);
  return why === null ? {} : { withheld: why };
};

/** The lines that say why intervals of these regions are left out, each once (empty when none is). */
export function withheldLines(regions: readonly CompareRegion[]): string[] {
  return [...new Set(regions.flatMap((r) => [...r.cells.values()].flatMap((c) => (c.withheld ? [c.withheld] : []))))];
}

/** One gemeente or wijk from its level's table; null when the code is not in it. */
export function regionFromTable(table: RegionTable, code: string, manifest: Manifest): CompareRegion | null {
  const row = table.row(code);
  if (row === undefined) return null;
  const cells = new Map<string, CompareCell>();
  for (const ind of manifest.indicators) {
    cells.set(ind.id, {
      value: table.number(col.value(ind.id), row),
      percentile: table.number(col.percentile(ind.id), row),
      reason: table.string(col.reason(ind.id), row),
      ...publishedInterval(table.number(col.lo(ind.id), row), table.number(col.hi(ind.id), row), table.string(col.sig(ind.id), row)),
      ...withheldOf(table, col.lo(ind.id)),
    });
  }
  for (const theme of manifest.themes) {
    const score = table.number(col.theme(theme.id), row);
    cells.set(themeKey(theme.id), {
      value: score,
      percentile: score,
      reason: table.string(col.themeReason(theme.id), row),
      // A theme score ranks regions; Nederland has none, so its interval carries no flag.
      ...publishedInterval(table.number(col.themeLo(theme.id), row), table.number(col.themeHi(theme.id), row), null),
      ...withheldOf(table, col.themeLo(theme.id)),
    });
  }
  return {
    code,
    name: table.names[row] ?? code,
    context: table.level === 'gemeente' ? null : table.string('gemeente_name', row),
    population: table.number('population', row),
    cells,
  };
}

/** An aggregate's cells: summed values with intervals computed from the summed counts; theme scores without one. */
export function regionFromAggregate(agg: AggregateRegion, manifest: Pick<Manifest, 'indicators'>, scores?: AggregateScores): CompareRegion {
  const byId = new Map(manifest.indicators.map((i) => [i.id, i]));
  const cells = new Map<string, CompareCell>();
  for (const [id, v] of Object.entries(agg.values)) {
    const indicator = byId.get(id as IndicatorManifest['id']);
    const interval = indicator && v.value !== null ? summedInterval(indicator, v.numerator, v.denominator) : NO_INTERVAL;
    cells.set(id, { value: v.value, percentile: scores?.percentiles.get(id) ?? null, reason: v.value === null ? v.reason : null, ...interval });
  }
  for (const [id, score] of scores?.themes ?? [])
    cells.set(themeKey(id), { value: score, percentile: score, reason: score === null ? 'insufficient_weight' : null, ...NO_INTERVAL });
  return { code: agg.code, name: agg.name, context: t('profile.aggregate.members', { count: agg.regions }), population: agg.population, cells };
}

/** The Dutch reason for a missing cell, as the table shows it. */
export function missingText(reason: string | null): string {
  return reason === 'not_aggregatable' ? t('profile.aggregate.notAggregatable') : fmt.missing(reason);
}

/** The short form a small chart has room for: "te weinig inwoners", "onvolledig" or "geen gegevens". */
export function missingShort(reason: string | null): string {
  if (reason === 'below_min_population') return t('legend.belowMin');
  return reason === 'incomplete_coverage' ? t('compare.chart.incomplete') : t('legend.missing');
}

/**
 * A value as a table cell shows it: the number in the indicator's decimals, with the unit only when it is a
 * sign ("12,3%", "€ 31"); longer units ("per 1.000 inwoners") stand once in the row header.
 */
export function valueText(value: number, indicator: Pick<IndicatorManifest, 'unit' | 'decimals'>): string {
  return indicator.unit.length <= 1 ? fmt.value(value, indicator.unit, indicator.decimals) : fmt.number(value, indicator.decimals);
}

/** A cell's value as text (theme scores as 0–100), or the reason it is missing. */
export function cellText(row: CompareRow, cell: CompareCell | undefined): string {
  if (!cell || cell.value === null) return missingText(cell?.reason ?? null);
  return row.kind === 'theme' ? fmt.score(cell.value) : valueText(cell.value, row.indicator);
}
