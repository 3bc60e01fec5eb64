/**
 * Order statistics without a full sort: `selectInPlace` moves the k-th smallest value to position k, smaller or
 * equal values before it and greater or equal after it (Hoare's selection, as in C++'s nth_element). Ranking
 * the draws of 14,574 regions needs four order statistics of 200 values per region; selecting them costs a few
 * passes over the 200 values where a sort costs a comparator sort and a view per region.
 * NaN is not allowed (the caller leaves missing values out).
 */
function swap(values: Float64Array, a: number, b: number): void {
  const kept = values[a] ?? 0;
  values[a] = values[b] ?? 0;
  values[b] = kept;
}

/** Rearranges values[left..right] (inclusive) so that values[k] holds the value a full sort would put there. */
export function selectInPlace(values: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const pivot = values[k] ?? 0;
    let i = left;
    let j = right;
    swap(values, left, k);
    if ((values[right] ?? 0) > pivot) swap(values, left, right);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
    }
    if (values[left] === pivot) swap(values, left, j);
    else {
      j++;
      swap(values, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/**
 * The values at the given ascending positions of the sorted first n values, written into `out` in the order of
 * `positions`. Each selection narrows the range of the next, so a handful of positions cost a few passes.
 */
export function orderStatistics(values: Float64Array, n: number, positions: readonly number[], out: Float64Array): void {
  if (extremeOrderStatistics(values, n, positions, out)) return;
  let left = 0;
  for (let j = 0; j < positions.length; j++) {
    const k = positions[j] ?? 0;
    if (k < left || k >= n) throw new RangeError(`orderStatistics: position ${k} is not ascending within 0…${n - 1}`);
    selectInPlace(values, k, left, n - 1);
    out[j] = values[k] ?? Number.NaN;
    left = k;
  }
}

/** Keeping the smallest or largest EXTREME_KEEP values sorted while reading all n is cheaper than selecting, below this. */
const EXTREME_KEEP = 16;
const smallest = new Float64Array(EXTREME_KEEP);
const largest = new Float64Array(EXTREME_KEEP);

/**
 * The 2.5 % and 97.5 % points of 200 draws are the 5th–6th smallest and largest: one pass that keeps the few
 * smallest and largest values in order finds them without moving the values. False (nothing written) when a
 * position lies further from both ends, or the positions are not ascending within 0…n−1 (the selection route
 * reports that).
 */
function extremeOrderStatistics(values: Float64Array, n: number, positions: readonly number[], out: Float64Array): boolean {
  let lowKeep = 0;
  let highKeep = 0;
  let previous = 0;
  for (const k of positions) {
    if (k < previous || k >= n || !Number.isInteger(k)) return false;
    previous = k;
    if (k < n - k) lowKeep = k + 1;
    else highKeep = Math.max(highKeep, n - k);
  }
  if (lowKeep > EXTREME_KEEP || highKeep > EXTREME_KEEP) return false;
  let low = 0; // smallest[0…low) ascending: the `low` smallest values read so far
  let high = 0; // largest[0…high) descending: the `high` largest values read so far
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? 0;
    if (low < lowKeep || value < (smallest[low - 1] ?? 0)) {
      let j = low < lowKeep ? low++ : low - 1;
      for (; j > 0 && (smallest[j - 1] ?? 0) > value; j--) smallest[j] = smallest[j - 1] ?? 0;
      smallest[j] = value;
    }
    if (high < highKeep || value > (largest[high - 1] ?? 0)) {
      let j = high < highKeep ? high++ : high - 1;
      for (; j > 0 && (largest[j - 1] ?? 0) < value; j--) largest[j] = largest[j - 1] ?? 0;
      largest[j] = value;
    }
  }
  positions.forEach((k, j) => {
    out[j] = k < n - k ? (smallest[k] ?? Number.NaN) : (largest[n - 1 - k] ?? Number.NaN);
  });
  return true;
}
