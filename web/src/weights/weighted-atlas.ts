/**
 * The one place where custom weights enter the app: a view of AtlasData whose region tables carry the
 * rescored theme columns. Pages get this view instead of the data, so map, legend, table, profile and
 * exports all read the same numbers without knowing about weights.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { rescoreTable } from './rescore.ts';
import { encodeWeights, type Weights } from './weights-url.ts';

export function weightedAtlas(base: AtlasData, weights: Weights): AtlasData {
  if (weights.size === 0) return base;
  const key = encodeWeights(weights, base.manifest);
  // Object.create keeps the class (and its getters) while the methods below delegate to `base`, so the
  // caches and the one DuckDB instance stay shared.
  const view = Object.create(base) as AtlasData;
  view.table = (level) => base.table(level).then((table) => rescoreTable(table, base.manifest, weights, key));
  // DuckDB holds the published scores: with custom weights every ranking runs in memory on the view.
  view.ranking = async (q) => ({ ...(await view.table(q.level)).rank(q), engine: 'weights' });
  // the first-view table holds the published values only
  view.firstView = () => null;
  view.database = () => base.database();
  view.aggregates = (aggregate, code) => base.aggregates(aggregate, code);
  view.trends = (rows) => base.trends(rows);
  view.geometry = (level) => base.geometry(level);
  view.context = (aggregate) => base.context(aggregate);
  return view;
}
