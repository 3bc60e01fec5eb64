/**
 * A table in memory on its way to Arrow and Parquet. Its columns are made from the contract's typed
 * column specs, so the two files of a level always carry the schema the app checks.
 */
import type { ColumnSpec, ColumnType } from '@atlas/contract';

export type { ColumnType };

export type CellValue = string | number | boolean | null;

export interface PublishedColumn extends ColumnSpec {
  values: CellValue[];
}

export interface PublishedTable {
  name: string;
  columns: PublishedColumn[];
  rows: number;
}

export function publishedTable(name: string, columns: PublishedColumn[]): PublishedTable {
  const rows = columns[0]?.values.length ?? 0;
  for (const column of columns) {
    if (column.values.length !== rows) throw new Error(`table ${name}: column ${column.name} has ${column.values.length} values, expected ${rows}`);
  }
  return { name, columns, rows };
}

/** Columns in the order and with the types of `specs`, each filled by the getter of its name. */
export function columnsFrom<Row>(
  specs: readonly ColumnSpec[],
  rows: readonly Row[],
  getters: Record<string, (row: Row, index: number) => CellValue>,
): PublishedColumn[] {
  return specs.map((spec) => {
    const get = getters[spec.name];
    if (!get) throw new Error(`no values for column ${spec.name}`);
    return { ...spec, values: rows.map((row, index) => get(row, index)) };
  });
}
