/**
 * The map page's lists of regions: every loaded region for the header search, and the provincies for the
 * table's filter.
 */
import { useMemo } from 'react';
import { LEVELS, type Level } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { fmt } from '../format/format.ts';
import { tableEntries } from '../search/region-entries.ts';
import { makeEntry, type SearchEntry } from '../search/search-index.ts';
import type { AggregateIndex } from './use-map-layers.ts';

export function useRegionLists(
  tables: Partial<Record<Level, RegionTable>>,
  aggregates: AggregateIndex,
): { searchEntries: SearchEntry[]; provincies: { code: string; name: string }[] } {
  const searchEntries = useMemo(
    () => [
      ...LEVELS.flatMap((level) => {
        const table = tables[level];
        return table ? tableEntries(table) : [];
      }),
      ...[...aggregates].map(([code, a]) => makeEntry(code, a.name, a.kind, null, 0)),
    ],
    [tables, aggregates],
  );
  const provincies = useMemo(
    () =>
      [...aggregates]
        .filter(([, a]) => a.kind === 'provincie')
        .map(([code, a]) => ({ code, name: a.name }))
        .sort((a, b) => fmt.compare(a.name, b.name)),
    [aggregates],
  );
  return { searchEntries, provincies };
}
