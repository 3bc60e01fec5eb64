import { createRankSimulation, type RankSimulationInput } from '@atlas/maths';

/** `draws` draws of a rank simulation, draw-major (draw d of region i is values[d × regions + i]), for tests to look at whole. */
export function simulatedDraws(input: RankSimulationInput, draws: number): Float32Array {
  const simulation = createRankSimulation(input);
  const { regions } = simulation;
  const values = new Float32Array(regions * draws);
  for (let d = 0; d < draws; d++) simulation.next(values.subarray(d * regions, (d + 1) * regions));
  return values;
}
