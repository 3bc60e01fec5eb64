/**
 * The published time series (trends.arrow, or only its gemeente rows: AtlasData.trends), once `wanted`. Every view of the data (other weights, another year, the
 * correction) has the same table, but each new view asks for it again: the table in hand is kept meanwhile, so a
 * trend does not flash 'loading' and a chosen year's map is not drawn with the published values in between.
 */
import { useCallback } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import { levelOfCode } from '../data/regions.ts';
import type { TrendRows, TrendTable } from '../data/trends.ts';
import { useAsync, type AsyncState } from '../ui/use-async.ts';

/** The rows a region's trends need: a gemeente's are among the gemeente rows (with Nederland's), others need all. */
export const trendRowsFor = (code: string): TrendRows => (levelOfCode(code) === 'gemeente' ? 'gemeente' : 'all');

export function useTrendTable(data: AtlasData, wanted = true, rows: TrendRows = 'all'): AsyncState<TrendTable> {
  const load = useCallback((): Promise<TrendTable> => data.trends(rows), [data, rows]);
  const state = useAsync(wanted ? load : null, { keepPrevious: true });
  // A gemeente's table kept while a wijk's trends load holds none of its rows: shown, it would say "no series".
  return state.data && !state.data.covers(rows) ? { ...state, data: null } : state;
}
