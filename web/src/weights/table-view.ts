/**
 * A region table with some columns replaced (rescored theme scores, a query's values): every other column,
 * and every cache, is the base table's. A view rather than a copy: RegionTable keeps its Arrow table
 * private, and the view must not decode the columns a second time. Object.create keeps the class's other
 * methods (number, rank, …), which read columns through the replaced `numbers`/`strings`.
 */
import type { RegionTable } from '../data/region-table.ts';

export function withColumns(base: RegionTable, numbers: ReadonlyMap<string, Float64Array>, strings: ReadonlyMap<string, (string | null)[]>): RegionTable {
  const view = Object.create(base) as RegionTable;
  view.numbers = (column) => numbers.get(column) ?? base.numbers(column);
  view.strings = (column) => strings.get(column) ?? base.strings(column);
  view.has = (column) => numbers.has(column) || strings.has(column) || base.has(column);
  return view;
}
