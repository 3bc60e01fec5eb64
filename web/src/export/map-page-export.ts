/**
 * The map page's three exports as file-producing actions: the table (CSV, Parquet) for the table's current
 * selection, and the map as a PNG with its legend and sources.
 */
import type { Level, ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { Catalogue } from '../data/manifest.ts';
import { attributionSummary } from '../format/attribution.ts';
import { fmt } from '../format/format.ts';
import { t } from '../i18n/nl.ts';
import type { LegendEntry } from '../map/classes.ts';
import type { Display } from '../map/display.ts';
import { legendNote, legendRows } from '../map/legend-model.ts';
import type { TableSelection } from '../table/table-spec.ts';
import { valuesSpecOf } from '../view/values-atlas.ts';
import { themeAffected } from '../weights/rescore.ts';
import { weightsOf } from '../weights/weighted-atlas.ts';
import { CSV_MIME, toCsv } from './csv.ts';
import { exportFileName, type ExportFile } from './download.ts';
import { indicatorAttributions, tableExport } from './export-table.ts';
import { canvasToPng, composeMapImage, type MapCapture, type MapImageText } from './map-image.ts';

export async function csvFile(data: AtlasData, selection: TableSelection): Promise<ExportFile> {
  const table = await tableExport(data.catalogue, (q) => data.ranking(q), selection, valuesSpecOf(data), weightsOf(data));
  return { blob: new Blob([toCsv(table)], { type: CSV_MIME }), fileName: `${table.baseName}.csv` };
}

export async function parquetFile(data: AtlasData, selection: TableSelection): Promise<ExportFile> {
  // The writer is loaded on first use: the first map does not wait for code only an export needs.
  const [table, { PARQUET_MIME, toParquet }] = await Promise.all([
    tableExport(data.catalogue, (q) => data.ranking(q), selection, valuesSpecOf(data), weightsOf(data)),
    import('./parquet.ts'),
  ]);
  return { blob: new Blob([toParquet(table)], { type: PARQUET_MIME }), fileName: `${table.baseName}.parquet` };
}

export interface MapPicture {
  theme: ThemeManifest;
  display: Display;
  /** The level drawn on the map. */
  level: Level;
  legend: readonly LegendEntry[];
  capture(): Promise<MapCapture>;
}

/**
 * The sources a picture of the map must name: those of the shown indicator (or of the theme's indicators for
 * a theme score) on the drawn level, and the sources no indicator or time series uses — the boundaries the map is
 * drawn with (the health monitor, behind a series only, was named under every map).
 */
export function mapAttributions(catalogue: Catalogue, picture: Pick<MapPicture, 'theme' | 'display' | 'level'>): string[] {
  const { theme, display, level } = picture;
  const indicators = display.indicator ? [display.indicator] : catalogue.themeIndicators(theme).map((x) => x.indicator);
  const used = new Set([
    ...catalogue.manifest.indicators.flatMap((i) => i.levels.flatMap((l) => l.sourceIds)),
    ...catalogue.manifest.trends.map((s) => s.sourceId),
  ]);
  const map = catalogue.manifest.sources.filter((s) => !used.has(s.id)).map((s) => s.attribution.trim());
  return [...new Set([...indicatorAttributions(catalogue, indicators, level), ...map])];
}

export function mapImageText(data: AtlasData, picture: MapPicture): MapImageText {
  const { theme, display, level } = picture;
  const m = data.catalogue.manifest;
  const weighted = display.kind === 'score' && themeAffected(data.catalogue.manifest, theme, level, weightsOf(data));
  const notes = [display.proxy ? t('theme.proxy') : '', weighted ? t('values.columnWeighted') : ''].filter(Boolean);
  return {
    title: notes.length ? `${display.title} (${notes.join(', ')})` : display.title,
    subtitle: t('export.png.subtitle', { theme: theme.label, level: t(`level.${level}`).toLowerCase() }),
    legend: { title: t('legend.title'), subtitle: display.subtitle, rows: legendRows(picture.legend, display), note: legendNote(display, picture.legend) },
    footer: [
      t('honesty.relative'),
      attributionSummary(mapAttributions(data.catalogue, picture)),
      t('export.png.made', { date: fmt.date(m.builtAt), version: m.pipelineVersion }),
    ],
  };
}

export async function pngFile(data: AtlasData, picture: MapPicture): Promise<ExportFile> {
  const { canvas, scale } = await picture.capture();
  const fontFamily = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const image = composeMapImage(canvas, mapImageText(data, picture), scale, fontFamily);
  const { display, theme, level } = picture;
  const measure = display.kind === 'value' ? 'waarde' : display.kind === 'pct' ? 'percentiel' : '';
  const name = exportFileName([theme.id, display.indicator?.id ?? 'themascore', measure, level]);
  return { blob: await canvasToPng(image), fileName: `${name}.png` };
}
