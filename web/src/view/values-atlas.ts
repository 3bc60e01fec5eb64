/**
 * AtlasData as the map page shows it: every region table through `valuesTable`, so the ranking table, the
 * profile and the table exports read the chosen year's or the corrected values, as the map does. The published
 * columns are what DuckDB holds, so with another view the ranking runs in memory on the view's table.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { valuesTable, type ValuesSpec } from './values-view.ts';

const specs = new WeakMap<AtlasData, ValuesSpec>();

/** What a view of `valuesAtlas` shows (nothing special for the published data). */
export const valuesSpecOf = (data: AtlasData): ValuesSpec | null => specs.get(data) ?? null;

export function valuesAtlas(base: AtlasData, spec: ValuesSpec): AtlasData {
  if (!spec.corrected && !spec.year) return base;
  // Object.create keeps the class (and its getters) while the methods below delegate to `base`, so the caches and
  // the one DuckDB instance stay shared (as weightedAtlas does).
  const view = Object.create(base) as AtlasData;
  view.table = (level) => base.table(level).then((table) => valuesTable(table, base.manifest, spec));
  view.ranking = async (q) => ({ ...(await view.table(q.level)).rank(q), engine: 'memory' });
  // the first-view table holds the published values only
  view.firstView = () => null;
  view.database = () => base.database();
  view.aggregates = (aggregate, code) => base.aggregates(aggregate, code);
  view.trends = (rows) => base.trends(rows);
  view.geometry = (level) => base.geometry(level);
  view.context = (aggregate) => base.context(aggregate);
  specs.set(view, spec);
  return view;
}
