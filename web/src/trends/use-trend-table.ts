/**
 * The published time series (trends.arrow), once `wanted`. Every view of the data (other weights, another year, the
 * correction) has the same table, but each new view asks for it again: the table in hand is kept meanwhile, so a
 * trend does not flash 'loading' and a chosen year's map is not drawn with the published values in between.
 */
import { useCallback } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import type { TrendTable } from '../data/trends.ts';
import { useAsync, type AsyncState } from '../ui/use-async.ts';

export function useTrendTable(data: AtlasData, wanted = true): AsyncState<TrendTable> {
  const load = useCallback((): Promise<TrendTable> => data.trends(), [data]);
  return useAsync(wanted ? load : null, { keepPrevious: true });
}
