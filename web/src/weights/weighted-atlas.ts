/**
 * The one place where custom weights enter the app: a view of AtlasData whose region tables carry the
 * rescored theme columns. Pages get this view instead of the data, so map, legend, table, profile and
 * exports all read the same numbers without knowing about weights.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { atlasView } from '../data/atlas-view.ts';
import { rescoreTable } from './rescore.ts';
import { STANDARD_WEIGHTS, encodeWeights, type Weights } from './weights-url.ts';

const made = new WeakMap<AtlasData, Weights>();

export function weightedAtlas(base: AtlasData, weights: Weights): AtlasData {
  if (weights.size === 0) return base;
  const key = encodeWeights(weights, base.manifest);
  const view = atlasView(base, (level) => base.table(level).then((table) => rescoreTable(table, base.manifest, weights, key)), 'weights');
  made.set(view, weights);
  return view;
}

/**
 * The custom weights behind the data (none for the published data), for what must say so (exports, headers). Views
 * made on top of a weighted one (a chosen year, view/values-atlas.ts) have it as prototype (atlasView), so the
 * chain is searched.
 */
export function weightsOf(data: AtlasData): Weights {
  for (let d: object | null = data; d !== null; d = Object.getPrototypeOf(d) as object | null) {
    const weights = made.get(d as AtlasData);
    if (weights) return weights;
  }
  return STANDARD_WEIGHTS;
}
