import { Bool, Dictionary, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import type { ColumnType, PublishedTable } from './columns.ts';

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'string':
      return new Utf8();
    case 'category':
      // Reason codes, levels and parent names repeat a lot: a dictionary keeps the file small.
      return new Dictionary(new Utf8(), new Int32());
    case 'float64':
      return new Float64();
    case 'int32':
      return new Int32();
    case 'bool':
      return new Bool();
  }
}

/** Arrow IPC stream bytes: the format the browser reads with apache-arrow and DuckDB-WASM. */
export function toArrowIpc(table: PublishedTable): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const column of table.columns) {
    vectors[column.name] = vectorFromArray(column.values as never[], arrowType(column.type));
  }
  return tableToIPC(new Table(vectors), 'stream');
}
