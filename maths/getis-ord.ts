import { benjaminiHochberg } from './false-discovery.ts';
import { twoSidedNormalP } from './normal-distribution.ts';

/**
 * Local Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995) with binary contiguity weights and the
 * region itself included, over the n regions that have a value, as GeoDa and PySAL compute it:
 *
 *   z_i = (Σ_j w_ij x_j − x̄ W_i) / (S · √((n W_i − W_i²) / (n − 1)))
 *
 * W_i = Σ_j w_ij = 1 + the neighbours of i that have a value (w is 0/1, so Σ w² = W),
 * x̄ = mean and S = √(Σx²/n − x̄²) (population sd) over those n. Regions without a value get null and
 * are nobody's neighbour. A region none of whose neighbours has a value ("island") gets null too: its
 * z would only restate its own value, not a cluster (GeoDa likewise reports these as neighbourless).
 * All null when n < 2 or S = 0; a region whose neighbourhood is the whole level (W = n) gets null.
 *
 * neighbours[i] lists the indices of i's neighbours; i itself and repeated entries are ignored.
 */
export function getisOrdGiStar(values: readonly (number | null)[], neighbours: readonly (readonly number[])[]): (number | null)[] {
  if (neighbours.length !== values.length) throw new Error(`getisOrdGiStar: ${values.length} values but ${neighbours.length} neighbour lists`);
  let n = 0;
  let sum = 0;
  values.forEach((x, i) => {
    if (x === null) return;
    if (!Number.isFinite(x)) throw new RangeError(`getisOrdGiStar: value at index ${i} is ${x}, not a finite number`);
    n++;
    sum += x;
  });
  const result: (number | null)[] = values.map(() => null);
  if (n < 2) return result;
  const mean = sum / n;
  // two-pass form of Σx²/n − x̄²: the same number without cancellation for large values (e.g. WOZ)
  let squares = 0;
  for (const x of values) if (x !== null) squares += (x - mean) ** 2;
  const sd = Math.sqrt(squares / n);
  if (!(sd > 0)) return result;

  const seen = new Int32Array(values.length).fill(-1);
  values.forEach((x, i) => {
    if (x === null) return;
    let weight = 1;
    let local = x;
    seen[i] = i;
    for (const j of neighbours[i] ?? []) {
      if (!Number.isInteger(j) || j < 0 || j >= values.length)
        throw new RangeError(`getisOrdGiStar: region ${i} lists neighbour ${j}, not an index of the level`);
      const xj = values[j] ?? null;
      if (xj === null || seen[j] === i) continue;
      seen[j] = i;
      weight++;
      local += xj;
    }
    if (weight === 1 || weight >= n) return;
    result[i] = (local - mean * weight) / (sd * Math.sqrt((n * weight - weight * weight) / (n - 1)));
  });
  return result;
}

export type HotspotClass = 'hot_99' | 'hot_95' | 'hot_90' | 'cold_99' | 'cold_95' | 'cold_90' | 'none';

export const HOTSPOT_CLASSES: readonly HotspotClass[] = ['hot_99', 'hot_95', 'hot_90', 'none', 'cold_90', 'cold_95', 'cold_99'];

export interface HotspotTest {
  /** Two-sided normal p-value of z. */
  p: (number | null)[];
  /** Benjamini–Hochberg adjusted p over all regions with a z (one family per indicator and level). */
  q: (number | null)[];
  /** hot/cold at 99 / 95 / 90 % when q ≤ 0.01 / 0.05 / 0.10 and z is positive / negative; else 'none'. */
  classes: (HotspotClass | null)[];
}

/** p-values, the false-discovery correction and hot/cold classes for a level's Gi* z-scores. */
export function classifyHotspots(z: readonly (number | null)[]): HotspotTest {
  const p = z.map((value) => (value === null ? null : twoSidedNormalP(value)));
  const q = benjaminiHochberg(p);
  const classes = z.map((value, i): HotspotClass | null => {
    const adjusted = q[i] ?? null;
    if (value === null || adjusted === null) return null;
    const side = value > 0 ? 'hot' : 'cold';
    if (adjusted <= 0.01) return `${side}_99`;
    if (adjusted <= 0.05) return `${side}_95`;
    if (adjusted <= 0.1) return `${side}_90`;
    return 'none';
  });
  return { p, q, classes };
}
