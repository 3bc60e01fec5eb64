/**
 * apache-arrow as the yardstick of the app's own Arrow reader (web/src/data/arrow): small tables for unit tests
 * made with tableFromArrays and read back through the app's reader, and a check that both read bytes alike.
 */
import { expect } from 'vitest';
import { tableFromArrays, tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { ArrowTable, arrowTypeName } from '../../web/src/data/arrow/arrow-table.ts';

export type ArrowArrays = Parameters<typeof tableFromArrays>[0];

/** Arrow bytes read by the app's reader, buffers checked (as the app checks them) so that values can be read. */
export function checkedArrowTable(bytes: Uint8Array): ArrowTable {
  const table = ArrowTable.fromIPC(bytes);
  table.checkBuffers();
  return table;
}

export const arrowTableOf = (arrays: ArrowArrays): ArrowTable => checkedArrowTable(tableToIPC(tableFromArrays(arrays)));

/** What apache-arrow reads from the same bytes, as this reader's numbers (NaN for missing) and texts (null). */
function apacheColumns(table: Table): Map<string, { numbers: number[]; texts: (string | null)[]; type: string }> {
  return new Map(
    table.schema.fields.map((field) => {
      const vector = table.getChild(field.name);
      const values = Array.from({ length: table.numRows }, (_, i): unknown => vector?.get(i));
      const number = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? (v ? 1 : 0) : NaN);
      const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
      return [field.name, { numbers: values.map(number), texts: values.map(text), type: String(field.type) }];
    }),
  );
}

/** Every column of the bytes read by both readers; they must agree on types, numbers and texts. */
export function expectSameAsApache(bytes: Uint8Array): ArrowTable {
  const ours = checkedArrowTable(bytes);
  const theirs = tableFromIPC(bytes);
  expect(ours.numRows).toBe(theirs.numRows);
  const columns = apacheColumns(theirs);
  expect(ours.fields.map((f) => f.name)).toEqual([...columns.keys()]);
  for (const field of ours.fields) {
    const expected = columns.get(field.name);
    expect(arrowTypeName(field), field.name).toBe(expected?.type);
    expect(Array.from(ours.numbers(field.name) ?? []), field.name).toEqual(expected?.numbers);
    expect(ours.strings(field.name), field.name).toEqual(expected?.texts);
  }
  return ours;
}
