import type { Direction } from '@atlas/contract';
import { argsortFloats, createArgsortWorkspace, type ArgsortWorkspace } from './float-argsort.ts';

/**
 * The percentile-rank rule on a typed column; `percentileRanks` is this with nulls. NaN marks a missing
 * value in and out. The simulated draws rank through ranksOfPresent below, with their own compact columns.
 *
 *   PR = 100 × (L + 0.5 × (E − 1)) / (N − 1)
 *
 * N = number of present values, L = values strictly less risky, E = values equal (itself included):
 * after sorting by risk, each run of equal values gets the mean of the positions it occupies.
 */
export function percentileRanksColumn(values: Float64Array | Float32Array, direction: Direction): Float64Array;
export function percentileRanksColumn<Out extends Float64Array | Float32Array>(values: Float64Array | Float32Array, direction: Direction, out: Out): Out;
export function percentileRanksColumn(
  values: Float64Array | Float32Array,
  direction: Direction,
  out: Float64Array | Float32Array = new Float64Array(values.length),
): Float64Array | Float32Array {
  if (out.length !== values.length) throw new Error(`percentileRanksColumn: ${values.length} values but an output of ${out.length}`);
  const risk = new Float64Array(values.length);
  const region = new Uint32Array(values.length);
  const sign = direction === 'higher_is_risk' ? 1 : -1;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    out[i] = Number.NaN;
    if (value !== value) continue;
    risk[n] = sign * value;
    region[n++] = i;
  }
  return ranksOfPresent(risk, region, n, out, createArgsortWorkspace(n));
}

/**
 * The rule's ranks of risk[0…n) written to out[region[j]]: for callers that keep the present regions' risks
 * compact themselves (the simulated draws rank the same regions every draw). Other entries of `out` are left alone.
 */
export function ranksOfPresent<Out extends Float64Array | Float32Array>(
  risk: Float64Array,
  region: Uint32Array,
  n: number,
  out: Out,
  argsort: ArgsortWorkspace,
): Out {
  if (n === 1) out[region[0] ?? 0] = 50;
  if (n < 2) return out;
  const order = argsortFloats(risk, n, argsort);
  // each run of equal values [start, k) gets the mean of its positions; every value is read once
  let start = 0;
  let first = risk[order[0] ?? 0] ?? 0;
  for (let k = 1; k <= n; k++) {
    const value = k < n ? (risk[order[k] ?? 0] ?? 0) : Number.NaN;
    if (value === first) continue;
    const rank = (100 * (start + 0.5 * (k - 1 - start))) / (n - 1);
    for (let j = start; j < k; j++) out[region[order[j] ?? 0] ?? 0] = rank;
    start = k;
    first = value;
  }
  return out;
}
