/**
 * The map page's list of provincies, for the table's filter. (The header search reads its own index:
 * search/RegionSearch.tsx.)
 */
import { useMemo } from 'react';
import { fmt } from '../format/format.ts';
import type { AggregateIndex } from './use-map-layers.ts';

export function useRegionLists(aggregates: AggregateIndex): { provincies: { code: string; name: string }[] } {
  const provincies = useMemo(
    () =>
      [...aggregates]
        .filter(([, a]) => a.kind === 'provincie')
        .map(([code, a]) => ({ code, name: a.name }))
        .sort((a, b) => fmt.compare(a.name, b.name)),
    [aggregates],
  );
  return { provincies };
}
