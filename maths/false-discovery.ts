import { argsortFloats, createArgsortWorkspace } from './float-argsort.ts';

/**
 * Benjamini–Hochberg (1995) adjusted p-values ("q-values", as R's p.adjust(method = "BH")):
 *   q_(i) = min over j ≥ i of (m / j) · p_(j), capped at 1,
 * with p_(1) ≤ … ≤ p_(m) the m non-null p-values. Rejecting every q ≤ α is the BH step-up procedure
 * at false-discovery rate α. null in → null out, and nulls do not count towards m.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const index: number[] = [];
  const p: number[] = [];
  pValues.forEach((value, i) => {
    if (value === null) return;
    if (!(value >= 0 && value <= 1)) throw new RangeError(`benjaminiHochberg: p-value at index ${i} is ${value}, not in [0, 1]`);
    index.push(i);
    p.push(value);
  });
  const m = p.length;
  // a stable radix argsort: the order of a stable comparator sort of the p-values, without a comparator call per pair
  const order = argsortFloats(Float64Array.from(p), m, createArgsortWorkspace(m));
  const result: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const j = order[rank - 1] ?? 0;
    running = Math.min(running, (m / rank) * (p[j] ?? 1));
    result[index[j] ?? 0] = running;
  }
  return result;
}
