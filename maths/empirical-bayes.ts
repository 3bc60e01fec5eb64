/**
 * Empirical-Bayes smoothing of rates, Marshall's global method (Marshall 1991, Appl. Statist. 40:283).
 *
 * For regions with count k_i and population n_i (rate r_i = k_i / n_i), over the N regions with both:
 *   m  = Σk / Σn                                   the level's overall rate
 *   s² = Σ n_i (r_i − m)² / Σn                     population-weighted variance of the rates
 *   A  = max(0, s² − m / (Σn / N))                 between-region variance beyond Poisson noise
 *   C_i = A / (A + m / n_i)                        shrinkage weight, near 1 for large n_i
 *   smoothed_i = m + C_i (r_i − m)
 * A small population has little weight, so its rate moves most towards m. When A = 0 (the spread is
 * no more than chance would give) every region gets m. Rates are per unit of population: scale after.
 */
export interface EmpiricalBayesRates {
  /** Smoothed rate per region; null where count or population is missing or the population is not positive. */
  smoothed: (number | null)[];
  /** C_i: the weight of the region's own rate (0 = all mean, 1 = unchanged); null where smoothed is null. */
  weight: (number | null)[];
  /** m, the overall rate (null when no region qualifies). */
  mean: number | null;
  /** A, the between-region variance estimate after flooring at 0. */
  betweenVariance: number | null;
}

export function marshallEmpiricalBayes(counts: readonly (number | null)[], populations: readonly (number | null)[]): EmpiricalBayesRates {
  if (counts.length !== populations.length) {
    throw new Error(`marshallEmpiricalBayes: ${counts.length} counts but ${populations.length} populations`);
  }
  const used: { index: number; count: number; population: number }[] = [];
  let countSum = 0;
  let populationSum = 0;
  counts.forEach((count, index) => {
    const population = populations[index] ?? null;
    if (count === null || population === null || !(population > 0)) return;
    if (!(count >= 0) || !Number.isFinite(count) || !Number.isFinite(population)) {
      throw new RangeError(`marshallEmpiricalBayes: region ${index} has count ${count}, population ${population}`);
    }
    used.push({ index, count, population });
    countSum += count;
    populationSum += population;
  });
  const smoothed: (number | null)[] = counts.map(() => null);
  const weight: (number | null)[] = counts.map(() => null);
  if (used.length === 0) return { smoothed, weight, mean: null, betweenVariance: null };

  const mean = countSum / populationSum;
  let weightedSquares = 0;
  for (const { count, population } of used) weightedSquares += population * (count / population - mean) ** 2;
  const betweenVariance = Math.max(0, weightedSquares / populationSum - mean / (populationSum / used.length));
  for (const { index, count, population } of used) {
    // A = 0 (and so also m = 0) leaves no room for regional variation: C = 0, everyone gets m
    const c = betweenVariance > 0 ? betweenVariance / (betweenVariance + mean / population) : 0;
    weight[index] = c;
    smoothed[index] = mean + c * (count / population - mean);
  }
  return { smoothed, weight, mean, betweenVariance };
}
