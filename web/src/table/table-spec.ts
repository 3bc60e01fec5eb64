/**
 * What the ranking table shows, apart from how it is drawn: its columns for a level and theme, its default
 * sort, and the query behind it. Shared by TableView and the exports, so "export the table" always means
 * the same columns, filters and order as on screen.
 */
import { col, type IndicatorId, type IndicatorManifest, type Level, type ThemeManifest } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import type { RankingQuery, SortDirection } from '../data/queries.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { themeAffected } from '../weights/rescore.ts';
import { STANDARD_WEIGHTS, type Weights } from '../weights/weights-url.ts';
import type { Display } from '../map/display.ts';
import { columnBasis, type ValuesSpec } from '../view/values-view.ts';
import type { Within } from './within.ts';

export interface TableColumn {
  id: string;
  /** Column header in the table. */
  label: string;
  /** Text column (name, gemeente); otherwise numeric. */
  text: boolean;
  /** Column holding the missing-value reason of this one. */
  reason?: string;
  decimals: number;
  /** Unit for display ("%", "per 1.000 inwoners"); absent for plain numbers. */
  unit?: string;
  /** The indicator behind a value column. */
  indicator?: IndicatorManifest;
  /** One line on what the column holds (the header's title). */
  description?: string;
  /** Values of another year than the indicator's own, or corrected for small numbers (view/values-view.ts); a theme score with custom weights. */
  basis?: { year: string | null; corrected: boolean; weighted?: boolean };
}

export interface TableSort {
  column: string;
  direction: SortDirection;
}

export interface TableFilters {
  /** Substring of the name ('' = none). */
  text: string;
  provincie: { code: string; name: string } | null;
  /** Only rows with a value in the sort column. */
  hideMissing: boolean;
  /** Only the wijken or buurten of one gemeente or wijk. */
  within: Within | null;
}

/** Everything that decides which rows the table lists, and in which order. */
export interface TableSelection {
  level: Level;
  theme: ThemeManifest;
  sort: TableSort;
  filters: TableFilters;
  /** The indicator the map shows: its column leads the indicators' (see tableColumns). */
  lead?: IndicatorId | null;
}

export const NO_FILTERS: TableFilters = { text: '', provincie: null, hideMissing: false, within: null };

/** "gecorrigeerd", "eigen weging": what makes a column's values other than the published ones, besides its year. */
export const basisNotes = (basis: TableColumn['basis']): string[] =>
  [basis?.corrected ? t('values.columnSmoothed') : '', basis?.weighted ? t('values.columnWeighted') : ''].filter(Boolean);

/** " · 2022", " · gecorrigeerd", " · eigen weging": how a header says that its values are not the published ones. */
const basisSuffix = (basis: NonNullable<TableColumn['basis']>, own: string | null): string =>
  [basis.year !== null && basis.year !== own ? basis.year : '', ...basisNotes(basis)]
    .filter(Boolean)
    .map((note) => ` · ${note}`)
    .join('');

/**
 * `values`: which values the table shows (a chosen year, the correction for small numbers); null for the published
 * ones. `weights`: the custom weights behind the theme score (weights/weighted-atlas.ts weightsOf), which its header names.
 * `lead`: the indicator the map shows, whose column comes first of the indicators': the table is sorted on it, and
 * in the theme's order it could be the twentieth column, far off screen, so the order on screen looked random.
 * Headers are the indicators' names; their one-line description is the header's title.
 */
export function tableColumns(
  catalogue: Catalogue,
  level: Level,
  theme: ThemeManifest,
  values: ValuesSpec | null = null,
  weights: Weights = STANDARD_WEIGHTS,
  lead: IndicatorId | null = null,
): TableColumn[] {
  const cols: TableColumn[] = [{ id: 'name', label: t('table.name'), text: true, decimals: 0 }];
  if (level !== 'gemeente') cols.push({ id: 'gemeente_name', label: t('table.gemeente'), text: true, decimals: 0 });
  cols.push({ id: 'population', label: t('table.population'), text: false, decimals: 0 });
  const scoreBasis = { ...columnBasis(values, null, level), weighted: themeAffected(catalogue.manifest, theme, level, weights) };
  cols.push({
    id: col.theme(theme.id),
    label: `${t('theme.score')}${basisSuffix(scoreBasis, null)}`,
    text: false,
    reason: col.themeReason(theme.id),
    decimals: 0,
    basis: scoreBasis,
  });
  const indicators = catalogue.themeIndicators(theme).map((item) => item.indicator);
  const leading = indicators.filter((i) => i.id === lead);
  for (const indicator of [...leading, ...indicators.filter((i) => i.id !== lead)]) {
    const basis = columnBasis(values, indicator, level);
    cols.push({
      id: col.value(indicator.id),
      label: `${indicator.label}${indicator.kind === 'proxy' ? ` (${t('theme.proxy')})` : ''}${basisSuffix(basis, indicator.year)}`,
      description: indicator.short,
      text: false,
      reason: col.reason(indicator.id),
      decimals: indicator.decimals,
      unit: indicator.unit,
      indicator,
      basis,
    });
  }
  return cols;
}

/** A cell as the table shows it: the formatted value, or why it is missing. */
export function formatCell(c: TableColumn, value: unknown, reason: unknown): string {
  if (c.text) return String(value ?? '');
  const v = typeof value === 'number' ? value : null;
  if (v === null) return fmt.missing(typeof reason === 'string' ? reason : null);
  return c.unit === undefined ? fmt.number(v, c.decimals) : fmt.value(v, c.unit, c.decimals);
}

/** The shown indicator's value (or the theme score) in risk order: most risk first. */
export function defaultTableSort(theme: ThemeManifest, display: Display): TableSort {
  return { column: display.indicator ? col.value(display.indicator.id) : col.theme(theme.id), direction: display.reverse ? 'asc' : 'desc' };
}

/** The ranking query for a selection; `limit` rows from the first. */
export function tableQuery(columns: readonly TableColumn[], selection: TableSelection, limit: number): RankingQuery {
  const { text, provincie, hideMissing, within } = selection.filters;
  return {
    level: selection.level,
    // has_geometry: the few regions the map cannot draw say so in their row ("geen geometrie").
    columns: [...columns.filter((c) => !c.text && c.id !== 'population').flatMap((c) => (c.reason ? [c.id, c.reason] : [c.id])), 'has_geometry'],
    orderBy: selection.sort.column,
    direction: selection.sort.direction,
    filters: {
      ...(text ? { text } : {}),
      ...(provincie ? { provincieCode: provincie.code } : {}),
      ...(hideMissing ? { nonNullColumn: selection.sort.column } : {}),
      ...(within ? { within: { column: within.column, code: within.code } } : {}),
    },
    limit,
  };
}
