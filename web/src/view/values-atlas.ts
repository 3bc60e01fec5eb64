/**
 * AtlasData as the map page shows it: every region table through `valuesTable`, so the ranking table, the
 * profile and the table exports read the chosen year's or the corrected values, as the map does. The published
 * columns are what DuckDB holds, so with another view the ranking runs in memory on the view's table.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { atlasView } from '../data/atlas-view.ts';
import { valuesTable, type ValuesSpec } from './values-view.ts';

const specs = new WeakMap<AtlasData, ValuesSpec>();

/** What a view of `valuesAtlas` shows (nothing special for the published data). */
export const valuesSpecOf = (data: AtlasData): ValuesSpec | null => specs.get(data) ?? null;

export function valuesAtlas(base: AtlasData, spec: ValuesSpec): AtlasData {
  if (!spec.corrected && !spec.year) return base;
  const view = atlasView(base, (level) => base.table(level).then((table) => valuesTable(table, base.manifest, spec)), 'memory');
  specs.set(view, spec);
  return view;
}
