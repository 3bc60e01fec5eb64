/**
 * The one place where custom weights enter the app: a view of AtlasData whose region tables carry the
 * rescored theme columns. Pages get this view instead of the data, so map, legend, table, profile and
 * exports all read the same numbers without knowing about weights.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { atlasView } from '../data/atlas-view.ts';
import { rescoreTable } from './rescore.ts';
import { encodeWeights, type Weights } from './weights-url.ts';

export function weightedAtlas(base: AtlasData, weights: Weights): AtlasData {
  if (weights.size === 0) return base;
  const key = encodeWeights(weights, base.manifest);
  return atlasView(base, (level) => base.table(level).then((table) => rescoreTable(table, base.manifest, weights, key)), 'weights');
}
