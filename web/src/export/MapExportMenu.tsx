/**
 * The map page's export menu: the table as CSV or Parquet — with the table's filters and sort when the table
 * is open, else all regions of the level in the map's order — and the drawn map as a PNG.
 */
import type { Level, ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import { t } from '../i18n/nl.ts';
import type { Display } from '../map/display.ts';
import { NO_FILTERS, defaultTableSort, type TableSelection } from '../table/table-spec.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { csvFile, parquetFile, pngFile, type MapPicture } from './map-page-export.ts';

interface Props {
  data: AtlasData;
  theme: ThemeManifest;
  display: Display;
  /** The level the table lists. */
  level: Level;
  /** What the open table lists; null when the table is closed. */
  table: TableSelection | null;
  /** The drawn map; null while it is loading. */
  map: Omit<MapPicture, 'theme' | 'display'> | null;
}

export function MapExportMenu({ data, theme, display, level, table, map }: Props) {
  const lead = display.indicator?.id ?? null;
  // the open table's rows while it lists what the map shows (its level, theme and leading indicator)
  const selection: TableSelection =
    table && table.level === level && table.theme.id === theme.id && (table.lead ?? null) === lead
      ? table
      : { level, theme, sort: defaultTableSort(theme, display), filters: NO_FILTERS, lead };
  return (
    <ExportMenu
      actions={[
        { id: 'csv', label: t('export.csv'), hint: t('export.csv.hint'), run: () => csvFile(data, selection) },
        { id: 'parquet', label: t('export.parquet'), hint: t('export.parquet.hint'), run: () => parquetFile(data, selection) },
        {
          id: 'png',
          label: t('export.png'),
          hint: t('export.png.hint'),
          run: map ? () => pngFile(data, { ...map, theme, display }) : null,
          unavailable: t('export.noMap'),
        },
      ]}
    />
  );
}
