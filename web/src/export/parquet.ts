/**
 * Parquet written in the browser with hyparquet-writer (DuckDB-WASM's Parquet extension is not available
 * offline). The same columns as the CSV under their published names: numbers DOUBLE, codes and texts STRING,
 * reasons as the pipeline's codes, nulls kept. Title, selection and sources go into the key/value metadata,
 * with the Dutch header of each column under "kolommen". SNAPPY, which every common reader decodes.
 */
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { numberCell, textCell } from './cells.ts';
import type { ExportTable } from './export-table.ts';

export const PARQUET_MIME = 'application/vnd.apache.parquet';

export function toParquet(table: ExportTable): Uint8Array<ArrayBuffer> {
  const columnData: ColumnSource[] = table.columns.map((c) =>
    c.type === 'number'
      ? { name: c.key, type: 'DOUBLE', data: table.rows.map((r) => numberCell(r, c.key)) }
      : { name: c.key, type: 'STRING', data: table.rows.map((r) => textCell(r, c.key)) },
  );
  const kvMetadata = [
    ...table.about.map((a) => ({ key: a.key, value: a.text })),
    { key: 'kolommen', value: JSON.stringify(Object.fromEntries(table.columns.map((c) => [c.key, c.header]))) },
  ];
  return new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata, codec: 'SNAPPY', createdBy: 'Ondermijningsatlas' }));
}
