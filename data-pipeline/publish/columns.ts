/**
 * The small vocabulary of published column types, mapped one way to Arrow (browser) and to DuckDB /
 * Parquet (analysts), so both files of a level always carry the same schema.
 */
export type ColumnType = 'string' | 'category' | 'float64' | 'int32' | 'bool';

export interface PublishedColumn {
  name: string;
  type: ColumnType;
  values: (string | number | boolean | null)[];
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
