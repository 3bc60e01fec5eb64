/**
 * The custom weights of the current address, and the two ways to change them. The same history entry is
 * rewritten while a slider moves, so back does not step through every intermediate weight.
 */
import { useCallback, useMemo } from 'react';
import type { Manifest } from '@atlas/contract';
import { currentPath, currentSearch, replaceAddress, useSearch } from '../routing/address.ts';
import { WEIGHTS_PARAM } from '../routing/carried-params.ts';
import { decodeWeights, defaultWeights, STANDARD_WEIGHTS, withWeightsParam, type WeightKey, type Weights } from './weights-url.ts';

export interface WeightsControl {
  weights: Weights;
  /** The weight in force for an indicator in a theme: custom or the catalogue's. */
  weightOf(key: WeightKey): number;
  setWeight(key: WeightKey, weight: number): void;
  reset(): void;
}

export function useWeights(manifest: Manifest): WeightsControl {
  const raw = new URLSearchParams(useSearch()).get(WEIGHTS_PARAM);
  const weights = useMemo(() => decodeWeights(raw, manifest), [raw, manifest]);
  const defaults = useMemo(() => defaultWeights(manifest), [manifest]);
  const write = useCallback((next: Weights) => replaceAddress(`${currentPath()}${withWeightsParam(currentSearch(), next, manifest)}`), [manifest]);
  const weightOf = useCallback((key: WeightKey) => weights.get(key) ?? defaults.get(key) ?? 0, [weights, defaults]);
  const setWeight = useCallback(
    (key: WeightKey, weight: number) => {
      // Read the address, not the render's weights: two quick changes must not undo each other.
      const next = new Map(decodeWeights(new URLSearchParams(currentSearch()).get(WEIGHTS_PARAM), manifest));
      if (defaults.get(key) === weight) next.delete(key);
      else next.set(key, weight);
      write(next);
    },
    [defaults, manifest, write],
  );
  const reset = useCallback(() => write(new Map()), [write]);
  return { weights, weightOf, setWeight, reset };
}

/** The weights in the address once the manifest is known (standard before that). */
export function useWeightsParam(data: { manifest: Manifest } | null): Weights {
  const raw = new URLSearchParams(useSearch()).get(WEIGHTS_PARAM);
  const manifest = data?.manifest ?? null;
  return useMemo(() => (manifest ? decodeWeights(raw, manifest) : STANDARD_WEIGHTS), [raw, manifest]);
}
