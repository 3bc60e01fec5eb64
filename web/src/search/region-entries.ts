/**
 * Search entries for every region of a level's table: its name, its gemeente (to tell equal names apart)
 * and its inhabitants (larger regions rank first).
 */
import type { RegionTable } from '../data/region-table.ts';
import { makeEntry, type SearchEntry } from './search-index.ts';

export function tableEntries(table: RegionTable): SearchEntry[] {
  const gemeente = table.level === 'gemeente' ? null : table.strings('gemeente_name');
  const population = table.numbers('population');
  return table.codes.map((code, i) => makeEntry(code, table.names[i] ?? code, table.level, gemeente?.[i] ?? null, population[i] ?? 0));
}
