/**
 * The reader's half of the contract: a published Arrow table must carry exactly the contract's columns, each
 * with the contract's type, before the app reads a value from it. A mismatch fails with a Dutch message that
 * names the file and the column, instead of a map that quietly shows "geen gegevens".
 */
import type { ColumnSpec, ColumnType } from '@atlas/contract';
import { ArrowFormatError, ArrowTable, arrowTypeName, type ArrowField } from './arrow/arrow-table.ts';
import { DataError } from './errors.ts';

/** At most this many problems are spelled out; a wholly wrong file would otherwise give a page of text. */
const SHOWN_PROBLEMS = 3;

/** Whether an Arrow column's type is the one the contract's column type maps to (the writer's mapping, read back). */
export function arrowTypeIs({ type, dictionary }: ArrowField, expected: ColumnType): boolean {
  switch (expected) {
    case 'string':
      return !dictionary && type.kind === 'utf8';
    case 'category':
      return dictionary !== null && type.kind === 'utf8';
    case 'float64':
      return !dictionary && type.kind === 'float' && type.bits === 64;
    case 'int32':
      return !dictionary && type.kind === 'int' && type.bits === 32 && type.signed;
    case 'bool':
      return !dictionary && type.kind === 'bool';
  }
}

/** Throws a DataError ('invalid', file) listing missing, mistyped and unexpected columns. */
export function checkColumns(file: string, fields: readonly ArrowField[], expected: readonly ColumnSpec[]): void {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const spec of expected) {
    const field = byName.get(spec.name);
    if (!field) problems.push(`kolom ‘${spec.name}’ ontbreekt`);
    else if (!arrowTypeIs(field, spec.type)) problems.push(`kolom ‘${spec.name}’ heeft type ${arrowTypeName(field)}, verwacht ${spec.type}`);
  }
  const listed = new Set(expected.map((c) => c.name));
  for (const field of fields) if (!listed.has(field.name)) problems.push(`kolom ‘${field.name}’ staat niet in het contract`);
  if (byName.size < fields.length) {
    const seen = new Set<string>();
    for (const { name } of fields) {
      if (seen.has(name)) problems.push(`kolom ‘${name}’ staat er meer dan eens in`);
      seen.add(name);
    }
  }
  if (problems.length === 0) return;
  const more = problems.length > SHOWN_PROBLEMS ? ` (en nog ${problems.length - SHOWN_PROBLEMS})` : '';
  throw new DataError('invalid', file, `${problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more}`);
}

/** Our reader's own (Dutch) reason, else what a read past the end means. */
const corrupt = (file: string, e: unknown): DataError =>
  new DataError('corrupt', file, e instanceof ArrowFormatError ? e.message : 'geen geldig Arrow-bestand, of afgebroken');

/** A published Arrow file's schema and layout; a DataError names the file when it is no Arrow stream. */
export function readArrow(file: string, bytes: Uint8Array): ArrowTable {
  try {
    return ArrowTable.fromIPC(bytes);
  } catch (e) {
    throw corrupt(file, e);
  }
}

/** The table once its columns are the contract's and its buffers lie inside the file; else a DataError names the file. */
export function checkTable(file: string, table: ArrowTable, expected: readonly ColumnSpec[]): ArrowTable {
  checkColumns(file, table.fields, expected);
  try {
    table.checkBuffers();
  } catch (e) {
    throw corrupt(file, e);
  }
  return table;
}

/** Decodes a published Arrow file's layout and checks its columns; a DataError names the file when either fails. */
export const readCheckedTable = (file: string, bytes: Uint8Array, expected: readonly ColumnSpec[]): ArrowTable =>
  checkTable(file, readArrow(file, bytes), expected);
