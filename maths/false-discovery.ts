/**
 * Benjamini–Hochberg (1995) adjusted p-values ("q-values", as R's p.adjust(method = "BH")):
 *   q_(i) = min over j ≥ i of (m / j) · p_(j), capped at 1,
 * with p_(1) ≤ … ≤ p_(m) the m non-null p-values. Rejecting every q ≤ α is the BH step-up procedure
 * at false-discovery rate α. null in → null out, and nulls do not count towards m.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const present: { index: number; p: number }[] = [];
  pValues.forEach((p, index) => {
    if (p === null) return;
    if (!(p >= 0 && p <= 1)) throw new RangeError(`benjaminiHochberg: p-value at index ${index} is ${p}, not in [0, 1]`);
    present.push({ index, p });
  });
  present.sort((a, b) => a.p - b.p);
  const result: (number | null)[] = pValues.map(() => null);
  const m = present.length;
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const entry = present[rank - 1];
    if (!entry) continue;
    running = Math.min(running, (m / rank) * entry.p);
    result[entry.index] = running;
  }
  return result;
}
