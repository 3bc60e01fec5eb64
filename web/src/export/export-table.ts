/**
 * A table to export, independent of the file format: machine column names (Parquet) beside Dutch headers
 * (CSV), values as published (numbers unrounded, missing as null, never 0), the reason for each missing value
 * in its own column, and the texts that must travel with the file (title, selection, sources, data date).
 * CSV and Parquet are both written from one ExportTable, so they always hold the same rows and columns.
 */
import { col, type IndicatorManifest, type Level, type ThemeManifest } from '@atlas/contract';
import type { SqlRow } from '../data/duckdb/connector.ts';
import type { Catalogue } from '../data/manifest.ts';
import { attributionSummary } from '../format/attribution.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { basisNotes, tableColumns, tableQuery, type TableColumn, type TableSelection } from '../table/table-spec.ts';
import type { RankingResult } from '../data/atlas-data.ts';
import type { RankingQuery } from '../data/queries.ts';
import type { ValuesSpec } from '../view/values-view.ts';
import { STANDARD_WEIGHTS, weightKey, type Weights } from '../weights/weights-url.ts';
import { exportFileName } from './download.ts';

export interface ExportColumn {
  /** Machine name: the published column name, used as the Parquet column. */
  key: string;
  /** Dutch header, used in the CSV. */
  header: string;
  /** 'reason': why the value in column `of` is missing (a code such as "suppressed"). */
  type: 'text' | 'number' | 'reason';
  of?: string;
  /** Published precision of a number column: values are rounded to it, so no float noise reaches the file. */
  decimals?: number;
}

/** Theme scores and percentiles (0–100) travel with one decimal: enough to rank, without false precision. */
export const SCORE_DECIMALS = 1;

export interface AboutLine {
  /** Parquet key/value metadata key. */
  key: string;
  text: string;
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: readonly SqlRow[];
  /** Title, selection, sources and data date; the CSV's first line, the Parquet file's key/value metadata. */
  about: AboutLine[];
  /** File name without extension. */
  baseName: string;
}

/** Header for a table column: its name, then unit and reference year where it has them. */
export function columnHeader(c: TableColumn, theme: ThemeManifest): string {
  if (c.indicator) {
    const i = c.indicator;
    const corrected = c.basis?.corrected ? t('values.columnSmoothed') : '';
    const detail = [i.kind === 'proxy' ? t('theme.proxy') : '', i.unit, c.basis?.year ?? i.year, corrected].filter(Boolean).join(', ');
    return detail ? `${i.label} (${detail})` : i.label;
  }
  if (c.reason) return scoreHeader(theme, c.basis);
  return c.label;
}

/** Code first (for joining with other data), then the table's columns, each value followed by its reason. */
export function exportColumns(columns: readonly TableColumn[], theme: ThemeManifest): ExportColumn[] {
  const out: ExportColumn[] = [{ key: 'code', header: t('export.col.code'), type: 'text' }];
  for (const c of columns) {
    const header = columnHeader(c, theme);
    if (c.text) out.push({ key: c.id, header, type: 'text' });
    else out.push({ key: c.id, header, type: 'number', decimals: c.indicator || c.id === 'population' ? c.decimals : SCORE_DECIMALS });
    if (c.reason) out.push({ key: c.reason, header: t('export.col.reason', { column: header }), type: 'reason', of: c.id });
    if (c.indicator)
      out.push({ key: col.percentile(c.indicator.id), header: t('export.col.percentile', { column: header }), type: 'number', decimals: SCORE_DECIMALS });
  }
  return out;
}

/** A row with every number rounded to its column's published precision (a half rounds away from zero). */
export function roundedRow(columns: readonly ExportColumn[], row: SqlRow): SqlRow {
  const out: SqlRow = { ...row };
  for (const c of columns) {
    const v = row[c.key];
    if (c.type !== 'number' || c.decimals === undefined || typeof v !== 'number' || !Number.isFinite(v)) continue;
    const f = 10 ** c.decimals;
    out[c.key] = (Math.sign(v) * Math.round(Math.abs(v) * f + Number.EPSILON * f)) / f;
  }
  return out;
}

/** Attribution texts of the sources behind these indicators on a level (indicators absent there name none). */
export function indicatorAttributions(catalogue: Catalogue, indicators: readonly IndicatorManifest[], level: Level): string[] {
  const onLevel = indicators.filter((i) => catalogue.levelInfo(i, level));
  return [...new Set(onLevel.flatMap((i) => catalogue.indicatorSources(i, level).map((s) => s.attribution.trim())))];
}

/** Sources and reference years of the indicators that exist on the level. */
function provenance(catalogue: Catalogue, level: Level, columns: readonly TableColumn[]): { sources: string; years: string } {
  const indicators = columns.flatMap((c) => (c.indicator ? [c.indicator] : []));
  const years = [...new Set(indicators.filter((i) => catalogue.levelInfo(i, level)).map((i) => i.year))].sort();
  return { sources: attributionSummary(indicatorAttributions(catalogue, indicators, level)), years: years.join(', ') };
}

/**
 * The line that names the custom weights behind the file's theme scores ("Landelijkheid: gewicht 5,0 (standaard
 * 1,0)"; the theme in brackets when the file has several). Only the weights of indicators the regions have
 * (`has`) change their scores (weights/rescore.ts, compare/aggregate-scores.ts); none of those changed, no line.
 */
export function weightsAbout(
  catalogue: Catalogue,
  themes: readonly ThemeManifest[],
  weights: Weights,
  has: (indicator: IndicatorManifest) => boolean,
): AboutLine[] {
  const changed = themes.flatMap((theme) =>
    catalogue.themeIndicators(theme).flatMap(({ indicator, weight }) => {
      const custom = weights.get(weightKey(theme.id, indicator.id));
      if (custom === undefined || !has(indicator)) return [];
      const label = themes.length > 1 ? `${indicator.label} (${theme.label})` : indicator.label;
      return [`${label}: ${t('weights.valueText', { weight: fmt.number(custom, 1), standard: fmt.number(weight, 1) })}`];
    }),
  );
  return changed.length ? [{ key: 'weging', text: t('export.about.weighted', { weights: changed.join('; ') }) }] : [];
}

/** "Themascore X (0–100)", with what makes its values other than the published ones ("gecorrigeerd", "eigen weging"). */
export function scoreHeader(theme: ThemeManifest, basis: TableColumn['basis']): string {
  return [t('export.col.score', { theme: theme.label }), ...basisNotes(basis)].join(', ');
}

/** `weights`: the custom weights behind the scores, which a line names (weightsAbout). */
export function aboutLines(
  catalogue: Catalogue,
  selection: TableSelection,
  columns: readonly TableColumn[],
  shown: number,
  weights: Weights = STANDARD_WEIGHTS,
): AboutLine[] {
  const { level, theme, sort, filters } = selection;
  const m = catalogue.manifest;
  const total = m.levels.find((l) => l.id === level)?.rows ?? shown;
  const headerOf = (id: string): string => {
    const c = columns.find((x) => x.id === id);
    return c ? columnHeader(c, theme) : id;
  };
  const conditions = [
    filters.text ? t('export.about.text', { text: filters.text }) : null,
    filters.provincie ? t('export.about.provincie', { name: filters.provincie.name }) : null,
    filters.within ? t('export.about.within', { name: filters.within.name, code: filters.within.code }) : null,
    filters.hideMissing ? t('export.about.hideMissing', { column: headerOf(sort.column) }) : null,
  ].filter((x): x is string => x !== null);
  const selected = conditions.length
    ? t('export.about.some', { count: fmt.integer(shown), total: fmt.integer(total), filters: conditions.join('; ') })
    : t('export.about.all', { count: fmt.integer(shown) });
  const order = t('export.about.sort', { column: headerOf(sort.column), direction: t(sort.direction === 'asc' ? 'export.about.asc' : 'export.about.desc') });
  const { sources, years } = provenance(catalogue, level, columns);
  return [
    { key: 'titel', text: t('export.about.title', { theme: theme.label, level: t(`level.${level}`).toLowerCase() }) },
    { key: 'selectie', text: `${selected}; ${order}` },
    { key: 'bron', text: sources },
    {
      key: 'gegevens',
      text: t('export.about.data', { date: fmt.date(m.builtAt), version: m.pipelineVersion, years, boundaryYear: m.boundaryYear }),
    },
    ...weightsAbout(catalogue, [theme], weights, (i) => !!catalogue.levelInfo(i, level)),
    { key: 'toelichting', text: t('honesty.relative') },
  ];
}

/** Everything the table lists for a selection — all rows, not just the page on screen — ready to write. */
/** `values`: which values the table shows (a chosen year, corrected values); null for the published ones. */
export async function tableExport(
  catalogue: Catalogue,
  ranking: (q: RankingQuery) => Promise<RankingResult>,
  selection: TableSelection,
  values: ValuesSpec | null = null,
  weights: Weights = STANDARD_WEIGHTS,
): Promise<ExportTable> {
  const columns = tableColumns(catalogue, selection.level, selection.theme, values, weights, selection.lead);
  const query = tableQuery(columns, selection, Number.MAX_SAFE_INTEGER);
  const percentiles = columns.flatMap((c) => (c.indicator ? [col.percentile(c.indicator.id)] : []));
  const result = await ranking({ ...query, columns: [...query.columns, ...percentiles] });
  const exported = exportColumns(columns, selection.theme);
  return {
    columns: exported,
    rows: result.rows.map((r) => roundedRow(exported, r)),
    about: aboutLines(catalogue, selection, columns, result.rows.length, weights),
    baseName: exportFileName([selection.theme.id, selection.level, ...(selection.filters.within ? [selection.filters.within.code] : [])]),
  };
}
