/**
 * Search entries: for every region of a level's table (the compare page and the gemeente picker, which have
 * the table anyway), or for every region of the published search index (the header search).
 */
import type { SearchBounds, SearchIndexFile } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { makeEntry, type SearchEntry } from './search-index.ts';

export function tableEntries(table: RegionTable): SearchEntry[] {
  const gemeente = table.level === 'gemeente' ? null : table.strings('gemeente_name');
  const population = table.numbers('population');
  return table.codes.map((code, i) => makeEntry(code, table.names[i] ?? code, table.level, gemeente?.[i] ?? null, population[i] ?? 0));
}

/** Every region of the index; a buurt without a polygon flies to its wijk. */
export function indexEntries(index: SearchIndexFile): SearchEntry[] {
  const gemeenten = index.gemeente.map(([code, name, population, bounds]) => makeEntry(code, name, 'gemeente', null, population, { bounds }));
  const wijken = index.wijk.map(([code, name, gemeente, population, bounds]) =>
    makeEntry(code, name, 'wijk', gemeenten[gemeente]?.name ?? null, population, { bounds }),
  );
  const buurten = index.buurt.map(([code, name, wijkRow, population, bounds]) => {
    const wijk = wijken[wijkRow];
    const where: { wijk: string | null; bounds: SearchBounds } = { wijk: wijk?.name ?? null, bounds: bounds ?? wijk?.bounds ?? null };
    return makeEntry(code, name, 'buurt', wijk?.gemeente ?? null, population, where);
  });
  const aggregates = index.aggregate.map(([code, name, kind, bounds]) => makeEntry(code, name, kind, null, null, { bounds }));
  return [...gemeenten, ...aggregates, ...wijken, ...buurten];
}
