/**
 * "Eigen weging" in the address: `?weging=thema.indicator:2,thema.indicator:0` lists only the weights that
 * differ from the catalogue's, so a link with custom weights is short and the standard weighting has no
 * parameter at all. Keyed per theme, because one indicator can sit in several themes.
 */
import type { IndicatorId, Manifest, ThemeId } from '@atlas/contract';
import { WEIGHTS_PARAM } from '../routing/carried-params.ts';
import { withParam } from '../routing/search-param.ts';

/** Slider range; the catalogue's weights lie well inside it. */
export const MAX_WEIGHT = 5;

/** "theme.indicator", the key of one weight. */
export type WeightKey = `${ThemeId}.${IndicatorId}`;
export const weightKey = (theme: ThemeId, indicator: IndicatorId): WeightKey => `${theme}.${indicator}`;

/** Weight key → custom weight (only those that differ from the catalogue). */
export type Weights = ReadonlyMap<WeightKey, number>;
export const STANDARD_WEIGHTS: Weights = new Map();

/** An indicator's weight in a theme under `weights`: the custom one, else the catalogue's. */
export const weightIn = (weights: Weights, theme: ThemeId, ref: { id: IndicatorId; weight: number }): number =>
  weights.get(weightKey(theme, ref.id)) ?? ref.weight;

/** The catalogue weight of every indicator in every theme, in catalogue order. */
export function defaultWeights(manifest: Manifest): ReadonlyMap<WeightKey, number> {
  return new Map(manifest.themes.flatMap((th) => th.indicators.map((i) => [weightKey(th.id, i.id), i.weight] as const)));
}

/** Reads the parameter; unknown ids, bad numbers and weights equal to the catalogue's are dropped. */
export function decodeWeights(value: string | null, manifest: Manifest): Weights {
  if (!value) return STANDARD_WEIGHTS;
  const defaults = defaultWeights(manifest);
  const out = new Map<WeightKey, number>();
  for (const part of value.split(',')) {
    const [key = '', raw = ''] = part.split(':');
    const weight = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) continue;
    const standard = defaults.get(key as WeightKey);
    if (standard !== undefined && standard !== weight) out.set(key as WeightKey, weight);
  }
  return out.size ? out : STANDARD_WEIGHTS;
}

/** The parameter value, in catalogue order so the same weights always give the same address; '' = standard. */
export function encodeWeights(weights: Weights, manifest: Manifest): string {
  return [...defaultWeights(manifest).keys()].flatMap((id) => (weights.has(id) ? [`${id}:${weights.get(id) ?? 0}`] : [])).join(',');
}

/** `search` with the weights parameter set to `weights` (or removed), other parameters kept in order. */
export const withWeightsParam = (search: string, weights: Weights, manifest: Manifest): string =>
  withParam(search, WEIGHTS_PARAM, encodeWeights(weights, manifest) || null);
