/**
 * AtlasData whose region tables read other values than the published ones (custom weights, a chosen year, the
 * correction for small numbers). Object.create keeps the class (and its getters) while the methods below delegate to
 * `base`, so the caches and the one DuckDB instance stay shared. DuckDB and the tables' slices hold the published
 * values: the view ranks in memory on its own tables and has no slices.
 */
import type { Level } from '@atlas/contract';
import type { AtlasData, RankingResult } from './atlas-data.ts';
import type { RegionTable } from './region-table.ts';

export function atlasView(base: AtlasData, table: (level: Level) => Promise<RegionTable>, engine: RankingResult['engine']): AtlasData {
  const view = Object.create(base) as AtlasData;
  view.table = table;
  view.ranking = async (q) => ({ ...(await view.table(q.level)).rank(q), engine });
  view.slice = () => null;
  view.database = () => base.database();
  view.aggregates = (aggregate, code) => base.aggregates(aggregate, code);
  view.trends = (rows) => base.trends(rows);
  view.geometry = (level) => base.geometry(level);
  view.context = (aggregate) => base.context(aggregate);
  return view;
}
