/**
 * What /vergelijk needs for a selection: every region of the chosen kind (for the picker and the example),
 * and the chosen regions with their values — gemeenten and wijken from their tables, the aggregate regions
 * summed from the gemeente table (memory-aggregates.ts). A code that is not in the data is reported, never shown as an empty column.
 */
import { useCallback, useMemo } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import { aggregateIndex } from '../data/regions.ts';
import { tableEntries } from '../search/region-entries.ts';
import { makeEntry, type SearchEntry } from '../search/search-index.ts';
import { useAsync } from '../ui/use-async.ts';
import { useWeightsParam } from '../weights/use-weights.ts';
import { aggregateScores } from './aggregate-scores.ts';
import { regionFromAggregate, regionFromTable, type CompareRegion } from './compare-model.ts';
import { isAggregateKind, type CompareSelection } from './selection.ts';

export interface CompareRegions {
  /** The gemeente table (for the similar gemeenten), once loaded. */
  gemeente: RegionTable | null;
  /** Every region of the chosen kind. */
  candidates: SearchEntry[];
  /** The chosen regions that are in the data, in the chosen order. */
  regions: CompareRegion[];
  /** Chosen codes that are not in the data. */
  unknown: string[];
  /** Some chosen region still waits for its values. */
  loading: boolean;
  errors: string[];
  /** A chosen region's name (its code while unknown). */
  nameOf(code: string): string;
}

export function useCompareRegions(data: AtlasData, { kind, codes }: CompareSelection): CompareRegions {
  const gemeenteTable = useAsync(useCallback(() => data.table('gemeente'), [data]));
  // The wijk table is fetched only when wijken are compared.
  const loadWijk = useCallback(() => data.table('wijk'), [data]);
  const wijkTable = useAsync(kind === 'wijk' ? loadWijk : null);
  const summed = useAsync(useMemo(() => (isAggregateKind(kind) ? () => data.aggregates(kind) : null), [data, kind]));
  const gemeente = gemeenteTable.data;
  const levelTable = kind === 'gemeente' ? gemeente : kind === 'wijk' ? wijkTable.data : null;

  const candidates = useMemo<SearchEntry[]>(() => {
    if (kind === 'gemeente' || kind === 'wijk') return levelTable ? tableEntries(levelTable) : [];
    if (!gemeente) return [];
    return [...aggregateIndex(gemeente)].filter(([, a]) => a.kind === kind).map(([code, a]) => makeEntry(code, a.name, a.kind, null, a.members));
  }, [kind, levelTable, gemeente]);

  const weights = useWeightsParam(data);
  const scores = useMemo(() => (summed.data ? aggregateScores(data.manifest, summed.data, weights) : null), [data, summed.data, weights]);
  const { regions, unknown, loading } = useMemo(() => {
    const byCode = isAggregateKind(kind) && summed.data ? new Map(summed.data.map((r) => [r.code, r])) : null;
    const found: CompareRegion[] = [];
    const missing: string[] = [];
    let waiting = false;
    for (const code of codes) {
      if (levelTable) {
        const region = regionFromTable(levelTable, code, data.manifest);
        if (region) found.push(region);
        else missing.push(code);
      } else if (byCode) {
        const agg = byCode.get(code);
        if (agg) found.push(regionFromAggregate(agg, data.manifest, scores?.get(code)));
        else missing.push(code);
      } else waiting = true;
    }
    return { regions: found, unknown: missing, loading: waiting };
  }, [codes, kind, levelTable, summed.data, data.manifest, scores]);

  const nameOf = (code: string): string => regions.find((r) => r.code === code)?.name ?? candidates.find((e) => e.code === code)?.name ?? code;
  const errors = [gemeenteTable.error, wijkTable.error, summed.error].filter((e): e is string => e !== null);
  return { gemeente, candidates, regions, unknown, loading, errors, nameOf };
}
