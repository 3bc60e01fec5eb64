/**
 * Which value every view shows, resolved once: a level's region table with the shown values swapped in, so
 * map, legend, tooltip, table, profile and exports read the same numbers without knowing why they changed.
 * - "gecorrigeerd voor kleine aantallen": counted ('poisson') indicators show their empirical-Bayes value
 *   (`__eb`) and its percentile (`__pct_eb`), theme scores `theme__<id>__eb`; the raw value's interval,
 *   percentile interval, significance and Gi* hotspot class do not describe the smoothed value and are left out
 *   (the note keeps the raw value with its interval and says why the rest is missing).
 * - a chosen year (`?jaar=`) of the shown indicator's series: that year's value from the trends table (a
 *   missing year stays missing, never 0, with the reason the trends table publishes for that gap), its percentile
 *   among the level's regions for that year, and no interval, significance or hotspot columns, which exist only
 *   for the published year.
 */
import { col, levelIndicatorColumns, type IndicatorManifest, type Level, type Manifest } from '@atlas/contract';
import { percentileRanksColumn } from '@atlas/maths';
import type { RegionTable } from '../data/region-table.ts';
import { NATIONAL_CODE, type TrendTable } from '../data/trends.ts';
import { withInterval } from '../explain/interval-text.ts';
import { t } from '../i18n/nl.ts';
import { rescoreTable } from '../weights/rescore.ts';
import { withColumns } from '../weights/table-view.ts';
import type { Weights } from '../weights/weights-url.ts';
import { yearValuesByRow } from '../years/year-values.ts';
import { registerView, type Note, type NoteKey } from './value-notes.ts';

export { valueNote } from './value-notes.ts';

export interface YearSpec {
  indicator: IndicatorManifest & { series: NonNullable<IndicatorManifest['series']> };
  year: number;
  trends: TrendTable;
}

export interface ValuesSpec {
  corrected: boolean;
  year: YearSpec | null;
  /** Custom weights (?weging=): a corrected theme score is rescored from the corrected percentiles with them. */
  weights: Weights;
  /** Changes whenever the shown values do. */
  key: string;
}

export const PUBLISHED: ValuesSpec = { corrected: false, year: null, weights: new Map(), key: '' };

/** Rows whose published value the atlas withholds; another year's value must not reveal them either. */
const WITHHELD = new Set(['below_min_population', 'suppressed_privacy']);

const views = new WeakMap<RegionTable, Map<string, RegionTable>>();

/** Whether the indicator has a smoothed column on the level. */
export function hasSmoothed(indicator: IndicatorManifest, level: Level): boolean {
  return levelIndicatorColumns(indicator, level).some((c) => c.name === col.eb(indicator.id));
}

/**
 * What a value column of an indicator (or the theme score, null) shows under `spec`: the year of its values and
 * whether they are corrected for small numbers. Table headers and exported headers say it.
 */
export function columnBasis(spec: ValuesSpec | null, indicator: IndicatorManifest | null, level: Level): { year: string | null; corrected: boolean } {
  if (!indicator) return { year: null, corrected: !!spec?.corrected };
  const year = spec?.year?.indicator.id === indicator.id ? spec.year.year : null;
  return { year: year === null ? indicator.year : String(year), corrected: !!spec?.corrected && year === null && hasSmoothed(indicator, level) };
}

const onLevel = (indicator: IndicatorManifest, table: RegionTable): boolean => indicator.levels.some((l) => l.level === table.level);

/** The indicator as a profile compares it with Nederland: for a chosen year, with that year's national value from the trends table. */
export function shownIndicator(spec: ValuesSpec | null, indicator: IndicatorManifest): IndicatorManifest {
  const chosen = spec?.year;
  if (chosen?.indicator.id !== indicator.id) return indicator;
  const national = chosen.trends.points(chosen.indicator.series, NATIONAL_CODE, [chosen.year])[0]?.value ?? null;
  return { ...indicator, national, year: String(chosen.year) };
}

/** The table as `spec` shows it; the published table itself when nothing changes. The same view for the same spec. */
export function valuesTable(table: RegionTable, manifest: Manifest, spec: ValuesSpec): RegionTable {
  if (!spec.corrected && !spec.year) return table;
  let byKey = views.get(table);
  if (!byKey) views.set(table, (byKey = new Map()));
  const cached = byKey.get(spec.key);
  if (cached) return cached;
  const numbers = new Map<string, Float64Array>();
  const strings = new Map<string, (string | null)[]>();
  const tableNotes = new Map<NoteKey, Note>();
  const withheld = new Map<string, string>();
  if (spec.corrected) corrected(table, manifest, { numbers, strings, tableNotes, withheld });
  if (spec.year) yearValues(table, spec.year, numbers, strings, tableNotes, spec.corrected);
  let view = withColumns(table, numbers, strings);
  registerView(view, table, tableNotes, withheld);
  // Custom weights: the corrected theme scores are rescored from the corrected percentiles, by the same rule.
  if (spec.corrected && spec.weights.size > 0) view = rescoreTable(view, manifest, spec.weights, spec.key);
  byKey.set(spec.key, view);
  return view;
}

const empty = (size: number): Float64Array => new Float64Array(size).fill(NaN);
const nulls = (size: number): (string | null)[] => new Array<string | null>(size).fill(null);

interface Replacements {
  numbers: Map<string, Float64Array>;
  strings: Map<string, (string | null)[]>;
  tableNotes: Map<NoteKey, Note>;
  withheld: Map<string, string>;
}

/** Describing columns computed from the raw values, per indicator and per theme score. */
const RAW_NUMBERS = [col.lo, col.hi, col.pctLo, col.pctHi, col.gi];
const RAW_CLASSES = [col.sig, col.hot];
const RAW_THEME = [col.themeLo, col.themeHi, col.themeGi];

function corrected(table: RegionTable, manifest: Manifest, { numbers, strings, tableNotes, withheld }: Replacements): void {
  const none = empty(table.size);
  const noClass = nulls(table.size);
  const describing = t('values.smoothedDescribing');
  for (const indicator of manifest.indicators) {
    if (!onLevel(indicator, table)) continue;
    const id = indicator.id;
    if (!hasSmoothed(indicator, table.level)) {
      tableNotes.set(id, () => t('values.notSmoothed'));
      continue;
    }
    numbers.set(col.value(id), table.numbers(col.eb(id)));
    numbers.set(col.percentile(id), table.numbers(col.pctEb(id)));
    for (const name of RAW_NUMBERS) numbers.set(name(id), none);
    for (const name of RAW_CLASSES) strings.set(name(id), noClass);
    for (const name of [...RAW_NUMBERS, ...RAW_CLASSES]) withheld.set(name(id), describing);
    const raw = (row: number): string =>
      withInterval(table.number(col.value(id), row), table.number(col.lo(id), row), table.number(col.hi(id), row), indicator.unit, indicator.decimals);
    tableNotes.set(id, (row) => (table.number(col.value(id), row) === null ? null : `${t('values.smoothed', { raw: raw(row) })} ${describing}`));
  }
  for (const theme of manifest.themes) {
    numbers.set(col.theme(theme.id), table.numbers(col.themeEb(theme.id)));
    for (const name of RAW_THEME) numbers.set(name(theme.id), none);
    strings.set(col.themeHot(theme.id), noClass);
    for (const name of [...RAW_THEME, col.themeHot]) withheld.set(name(theme.id), describing);
  }
  tableNotes.set(null, () => `${t('values.themeSmoothed')} ${describing}`);
}

function yearValues(
  table: RegionTable,
  { indicator, year, trends }: YearSpec,
  numbers: Map<string, Float64Array>,
  strings: Map<string, (string | null)[]>,
  tableNotes: Map<NoteKey, Note>,
  corrected: boolean,
): void {
  if (!onLevel(indicator, table)) return;
  const id = indicator.id;
  const published = table.strings(col.reason(id));
  const codes = table.strings('code');
  const values = yearValuesByRow(trends, codes, indicator.series, year);
  for (let row = 0; row < values.length; row++) if (WITHHELD.has(published[row] ?? '')) values[row] = NaN;
  // A withheld row keeps its published reason; another gap says why that year is missing, as the trends table
  // publishes it (gemeenten and Nederland), else the level table's reason for the region.
  const reasonOf = (row: number): string => {
    const own = published[row] ?? null;
    const code = codes[row];
    if (WITHHELD.has(own ?? '') || !code) return own ?? 'missing_in_source';
    return trends.gapReasonIn(indicator.series, code, year) ?? own ?? 'missing_in_source';
  };
  const reasons = Array.from(values, (v, row) => (Number.isNaN(v) ? reasonOf(row) : null));
  const none = empty(table.size);
  numbers.set(col.value(id), values);
  numbers.set(col.percentile(id), percentileRanksColumn(values, indicator.direction));
  for (const name of [col.lo, col.hi, col.numerator, col.denominator, col.z, col.eb, col.pctEb, col.pctLo, col.pctHi, col.gi]) numbers.set(name(id), none);
  strings.set(col.reason(id), reasons);
  for (const name of [col.ciReason, col.sig, col.hot]) strings.set(name(id), nulls(table.size));
  const note = t('values.year', { year, own: indicator.year }) + (corrected ? ` ${t('values.yearNotSmoothed')}` : '');
  tableNotes.set(id, () => note);
}
