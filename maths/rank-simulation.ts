import type { Direction } from '@atlas/contract';
import { createArgsortWorkspace, type ArgsortWorkspace } from './float-argsort.ts';
import { ranksOfPresent } from './percentile-rank-column.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Count models:
 * - 'gamma_posterior' (default): the region's true count is drawn from Gamma(k + ½, 1), the posterior
 *   of a Poisson mean under the Jeffreys prior. A region with 0 events still gets spread; with 'poisson'
 *   every draw of a 0 would be 0 and the smallest areas would look the most certain.
 * - 'poisson': the count is redrawn as Poisson(k) around the observed k (parametric bootstrap).
 * The denominator is taken as known.
 */
export type CountModel = 'gamma_posterior' | 'poisson';

export interface RankSimulationInput {
  counts: readonly (number | null)[];
  denominators: readonly (number | null)[];
  direction: Direction;
  seed?: number;
  model?: CountModel;
}

/**
 * One level's simulated percentiles, one draw per call: each call draws a plausible rate for every region
 * with a count and ranks the level with the rule of the published percentile. Seeded, so the same inputs
 * give the same draws on every build; several simulations may run side by side (each has its own stream).
 */
export interface RankSimulation {
  regions: number;
  /** Writes the next draw's percentile of every region into out (NaN where a region has no count). */
  next(out: Float64Array | Float32Array): void;
}

/** `argsort` may be shared by simulations of the same level that are drawn one after the other. */
export function createRankSimulation(input: RankSimulationInput, argsort?: ArgsortWorkspace): RankSimulation {
  const { counts, denominators, direction, seed = 1, model = 'gamma_posterior' } = input;
  if (counts.length !== denominators.length) throw new Error(`rank simulation: ${counts.length} counts but ${denominators.length} denominators`);
  const regions = counts.length;
  const presentList: number[] = [];
  const absentList: number[] = [];
  counts.forEach((count, i) => {
    const denominator = denominators[i] ?? null;
    if (count === null || denominator === null || !(denominator > 0)) {
      absentList.push(i);
      return;
    }
    if (!(count >= 0) || !Number.isFinite(count) || !Number.isFinite(denominator)) {
      throw new RangeError(`rank simulation: region ${i} has count ${count}, denominator ${denominator}`);
    }
    presentList.push(i);
  });
  // compact typed copies: the inner loop runs regions × draws times
  const present = Uint32Array.from(presentList);
  const absent = Uint32Array.from(absentList);
  const count = Float64Array.from(presentList, (i) => counts[i] ?? 0);
  const denominator = Float64Array.from(presentList, (i) => denominators[i] ?? 1);
  const random = seededRandom(seed);
  const sampleGammas = random.gammaSampler(count.map((k) => k + 0.5));
  const sign = direction === 'higher_is_risk' ? 1 : -1;
  const risk = new Float64Array(present.length);
  const sorting = argsort ?? createArgsortWorkspace(present.length);
  const next = (out: Float64Array | Float32Array): void => {
    if (out.length !== regions) throw new Error(`rank simulation: an output of ${out.length} for ${regions} regions`);
    if (model === 'poisson') for (let j = 0; j < risk.length; j++) risk[j] = random.poisson(count[j] ?? 0);
    else sampleGammas(risk);
    for (let j = 0; j < risk.length; j++) risk[j] = sign * ((risk[j] ?? 0) / (denominator[j] ?? 1));
    for (let j = 0; j < absent.length; j++) out[absent[j] ?? 0] = Number.NaN;
    ranksOfPresent(risk, present, present.length, out, sorting);
  };
  return { regions, next };
}
