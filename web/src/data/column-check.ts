/**
 * The reader's half of the contract: a published Arrow table must carry exactly the contract's columns, each
 * with the contract's type, before the app reads a value from it. A mismatch fails with a Dutch message that
 * names the file and the column, instead of a map that quietly shows "geen gegevens".
 */
import { DataType, Precision, tableFromIPC, type Schema, type Table } from 'apache-arrow';
import type { ColumnSpec, ColumnType } from '@atlas/contract';
import { DataError } from './errors.ts';

/** At most this many problems are spelled out; a wholly wrong file would otherwise give a page of text. */
const SHOWN_PROBLEMS = 3;

/** Whether an Arrow type is the one the contract's column type maps to (the writer's mapping, read back). */
export function arrowTypeIs(type: DataType, expected: ColumnType): boolean {
  switch (expected) {
    case 'string':
      return DataType.isUtf8(type);
    case 'category':
      return DataType.isDictionary(type) && DataType.isUtf8(type.dictionary);
    case 'float64':
      return DataType.isFloat(type) && type.precision === Precision.DOUBLE;
    case 'int32':
      return DataType.isInt(type) && type.bitWidth === 32 && type.isSigned;
    case 'bool':
      return DataType.isBool(type);
  }
}

/** Throws a DataError ('invalid', file) listing missing, mistyped and unexpected columns. */
export function checkColumns(file: string, schema: Schema, expected: readonly ColumnSpec[]): void {
  const fields = new Map(schema.fields.map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const spec of expected) {
    const field = fields.get(spec.name);
    if (!field) problems.push(`kolom ‘${spec.name}’ ontbreekt`);
    else if (!arrowTypeIs(field.type, spec.type)) problems.push(`kolom ‘${spec.name}’ heeft type ${String(field.type)}, verwacht ${spec.type}`);
  }
  const listed = new Set(expected.map((c) => c.name));
  for (const field of schema.fields) if (!listed.has(field.name)) problems.push(`kolom ‘${field.name}’ staat niet in het contract`);
  if (problems.length === 0) return;
  const more = problems.length > SHOWN_PROBLEMS ? ` (en nog ${problems.length - SHOWN_PROBLEMS})` : '';
  throw new DataError('invalid', file, `${problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more}`);
}

/** Decodes a published Arrow file and checks its columns; a DataError names the file when either fails. */
export function readCheckedTable(file: string, bytes: Uint8Array, expected: readonly ColumnSpec[]): Table {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (e) {
    throw new DataError('corrupt', file, e instanceof Error ? e.message : 'geen geldig Arrow-bestand');
  }
  checkColumns(file, table.schema, expected);
  return table;
}
