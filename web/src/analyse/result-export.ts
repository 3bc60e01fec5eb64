/** A query result as an ExportTable, so CSV (Dutch Excel) and Parquet come from the app's own writers. */
import { t } from '../i18n/nl.ts';
import { exportFileName } from '../export/download.ts';
import type { ExportTable } from '../export/export-table.ts';
import type { QueryResult } from './sql-engine.ts';
import { isNumberColumn } from './map-target.ts';

export function resultExport(result: QueryResult, sql: string, builtAt: string): ExportTable {
  return {
    columns: result.columns.map((c) => ({ key: c, header: c, type: isNumberColumn(result.rows, c) ? 'number' : 'text' })),
    rows: result.rows,
    about: [
      { key: 'titel', text: t('analyse.export.title') },
      { key: 'query', text: sql.replace(/\s+/g, ' ').trim() },
      { key: 'gegevens', text: t('analyse.export.data', { date: builtAt }) },
    ],
    baseName: exportFileName(['analyse']),
  };
}
