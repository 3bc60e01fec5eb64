/**
 * "Exporteren" on /vergelijk: the comparison as CSV (Excel) or Parquet, Nederland included.
 */
import type { Catalogue } from '../data/manifest.ts';
import type { Weights } from '../weights/weights-url.ts';
import { t } from '../i18n/nl.ts';
import { CSV_MIME, toCsv } from '../export/csv.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { compareExport } from './compare-export.ts';
import type { CompareGroup, CompareRegion } from './compare-model.ts';

interface Props {
  catalogue: Catalogue;
  groups: readonly CompareGroup[];
  regions: readonly CompareRegion[];
  kindLabel: string;
  weights: Weights;
}

export function CompareExportMenu({ catalogue, groups, regions, kindLabel, weights }: Props) {
  const table = () => compareExport(catalogue, groups, regions, kindLabel, weights);
  return (
    <ExportMenu
      actions={[
        {
          id: 'csv',
          label: t('export.csv'),
          hint: t('compare.export.csv.hint'),
          run: async () => {
            const x = table();
            return { blob: new Blob([toCsv(x)], { type: CSV_MIME }), fileName: `${x.baseName}.csv` };
          },
        },
        {
          id: 'parquet',
          label: t('export.parquet'),
          hint: t('export.parquet.hint'),
          run: async () => {
            // The writer is loaded on first use, as on the map page.
            const [x, { PARQUET_MIME, toParquet }] = [table(), await import('../export/parquet.ts')];
            return { blob: new Blob([toParquet(x)], { type: PARQUET_MIME }), fileName: `${x.baseName}.parquet` };
          },
        },
      ]}
    />
  );
}
