/**
 * "Vergelijkbare gemeenten": the k nearest regions in a space of standardised features.
 *
 * Each feature is turned into a z-score over all regions (mean 0, population sd 1), so a feature's
 * unit does not decide its influence; the weights do. Distance is the weighted Euclidean distance
 * over the features both regions have, scaled up by (total weight / weight present) so a region with
 * a missing feature is not pulled closer to everything. Ties are broken by code, so the result is
 * deterministic and does not depend on row order.
 */
export interface FeatureRow {
  code: string;
  features: Record<string, number | null>;
}

export interface SimilarityFeature {
  id: string;
  weight: number;
  /** Applied before standardising, e.g. Math.log for skewed sizes and densities. */
  transform?: (value: number) => number;
}

export interface Neighbour {
  code: string;
  distance: number;
}

export function similarRegions(rows: readonly FeatureRow[], features: readonly SimilarityFeature[], k: number): Map<string, Neighbour[]> {
  const standardised = rows.map((row) => ({ code: row.code, z: new Map<string, number>() }));
  // Features without spread carry no information; they count neither as present nor as missing.
  let totalWeight = 0;
  for (const feature of features) {
    if (!(feature.weight > 0)) throw new Error(`similarRegions: feature ${feature.id} needs a positive weight`);
    const values = rows.map((row) => {
      const raw = row.features[feature.id];
      if (raw === null || raw === undefined) return null;
      const value = feature.transform ? feature.transform(raw) : raw;
      return Number.isFinite(value) ? value : null;
    });
    const present = values.filter((v): v is number => v !== null);
    if (present.length < 2) continue;
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
    if (!(sd > 0)) continue;
    totalWeight += feature.weight;
    values.forEach((value, i) => {
      if (value !== null) standardised[i]!.z.set(feature.id, (value - mean) / sd);
    });
  }
  const result = new Map<string, Neighbour[]>();
  for (const a of standardised) {
    const neighbours: Neighbour[] = [];
    for (const b of standardised) {
      if (a.code === b.code) continue;
      let sum = 0;
      let weight = 0;
      for (const feature of features) {
        const za = a.z.get(feature.id);
        const zb = b.z.get(feature.id);
        if (za === undefined || zb === undefined) continue;
        sum += feature.weight * (za - zb) ** 2;
        weight += feature.weight;
      }
      // Less than half the weight in common: too little to call two regions similar.
      if (weight < totalWeight / 2) continue;
      neighbours.push({ code: b.code, distance: Math.sqrt((sum * totalWeight) / weight) });
    }
    neighbours.sort((x, y) => x.distance - y.distance || (x.code < y.code ? -1 : 1));
    result.set(a.code, neighbours.slice(0, k));
  }
  return result;
}
