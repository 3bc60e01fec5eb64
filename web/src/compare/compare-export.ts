/**
 * /vergelijk as a file: one row per chosen region and one for Nederland, with per theme its score and per
 * indicator its value, the reason a value is missing and its percentile — the same shape, precision and
 * accompanying texts as the map page's table export, so both read the same way in Excel, R or DuckDB.
 */
import { col, NATIONAL_CODE, type IndicatorManifest, type Manifest } from '@atlas/contract';
import type { SqlRow } from '../data/duckdb/connector.ts';
import type { Catalogue } from '../data/manifest.ts';
import { attributionSummary } from '../format/attribution.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import { exportFileName } from '../export/download.ts';
import { indicatorAttributions, roundedRow, scoreHeader, SCORE_DECIMALS, weightsAbout, type ExportColumn, type ExportTable } from '../export/export-table.ts';
import { weightKey, type Weights } from '../weights/weights-url.ts';
import type { CompareGroup, CompareRegion } from './compare-model.ts';

/** The indicators of the theme that the compared kind has (compareGroups lists only those). */
const groupIndicators = (g: CompareGroup): IndicatorManifest[] => g.rows.flatMap((r) => (r.kind === 'indicator' ? [r.indicator] : []));

function compareColumns(groups: readonly CompareGroup[], weights: Weights): ExportColumn[] {
  const out: ExportColumn[] = [
    { key: 'code', header: t('export.col.code'), type: 'text' },
    { key: 'name', header: t('table.name'), type: 'text' },
    { key: 'population', header: t('table.population'), type: 'number', decimals: 0 },
  ];
  for (const g of groups) {
    for (const row of g.rows) {
      if (row.kind === 'theme') {
        // custom weights change the score when one of an indicator the kind has changed
        const weighted = groupIndicators(g).some((i) => weights.has(weightKey(row.theme.id, i.id)));
        const header = scoreHeader(row.theme, { year: null, corrected: false, weighted });
        out.push({ key: col.theme(row.theme.id), header, type: 'number', decimals: SCORE_DECIMALS });
        out.push({ key: col.themeReason(row.theme.id), header: t('export.col.reason', { column: header }), type: 'reason', of: col.theme(row.theme.id) });
        continue;
      }
      const i = row.indicator;
      const detail = [i.kind === 'proxy' ? t('theme.proxy') : '', i.unit, i.year].filter(Boolean).join(', ');
      const header = detail ? `${i.label} (${detail})` : i.label;
      // An indicator in two themes is one column.
      if (out.some((c) => c.key === col.value(i.id))) continue;
      out.push({ key: col.value(i.id), header, type: 'number', decimals: i.decimals });
      out.push({ key: col.reason(i.id), header: t('export.col.reason', { column: header }), type: 'reason', of: col.value(i.id) });
      out.push({ key: col.percentile(i.id), header: t('export.col.percentile', { column: header }), type: 'number', decimals: SCORE_DECIMALS });
    }
  }
  return out;
}

function regionRow(groups: readonly CompareGroup[], region: CompareRegion): SqlRow {
  const row: SqlRow = { code: region.code, name: region.name, population: region.population };
  for (const g of groups) {
    for (const r of g.rows) {
      const cell = region.cells.get(r.key);
      const [value, reason, pct] =
        r.kind === 'theme'
          ? [col.theme(r.theme.id), col.themeReason(r.theme.id), null]
          : [col.value(r.indicator.id), col.reason(r.indicator.id), col.percentile(r.indicator.id)];
      row[value] = cell?.value ?? null;
      row[reason] = cell?.value === null || cell === undefined ? (cell?.reason ?? null) : null;
      if (pct) row[pct] = cell?.percentile ?? null;
    }
  }
  return row;
}

/** Nederland: the national value of each indicator; theme scores and percentiles rank regions, so it has none. */
function nationalRow(groups: readonly CompareGroup[]): SqlRow {
  const row: SqlRow = { code: NATIONAL_CODE, name: t('compare.col.national'), population: null };
  for (const g of groups) for (const r of g.rows) if (r.kind === 'indicator') row[col.value(r.indicator.id)] = r.indicator.national;
  return row;
}

/** `weights`: the custom weights behind the theme scores (of gemeenten and wijken, and of aggregates alike). */
export function compareExport(
  catalogue: Catalogue,
  groups: readonly CompareGroup[],
  regions: readonly CompareRegion[],
  kindLabel: string,
  weights: Weights,
): ExportTable {
  const m: Manifest = catalogue.manifest;
  const columns = compareColumns(groups, weights);
  const indicators = groups.flatMap(groupIndicators);
  const had = new Set(indicators.map((i) => i.id));
  const years = [...new Set(indicators.map((i) => i.year))].sort().join(', ');
  return {
    columns,
    rows: [...regions.map((r) => regionRow(groups, r)), nationalRow(groups)].map((r) => roundedRow(columns, r)),
    about: [
      { key: 'titel', text: t('compare.export.title', { kind: kindLabel }) },
      { key: 'selectie', text: t('compare.export.selection', { names: fmt.list(regions.map((r) => r.name)) }) },
      { key: 'bron', text: attributionSummary(indicatorAttributions(catalogue, indicators, 'gemeente')) },
      { key: 'gegevens', text: t('export.about.data', { date: fmt.date(m.builtAt), version: m.pipelineVersion, years, boundaryYear: m.boundaryYear }) },
      ...weightsAbout(
        catalogue,
        groups.map((g) => g.theme),
        weights,
        (i) => had.has(i.id),
      ),
      { key: 'toelichting', text: t('honesty.relative') },
    ],
    baseName: exportFileName(['vergelijking', ...regions.map((r) => r.code)]),
  };
}
