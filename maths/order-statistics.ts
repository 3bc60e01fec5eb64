/**
 * Order statistics without a full sort: `selectInPlace` moves the k-th smallest value to position k, smaller or
 * equal values before it and greater or equal after it (Hoare's selection, as in C++'s nth_element): a few passes
 * over a region's draws where a sort costs a comparator sort and a view per region. The draws' quantiles use it
 * for points far from both ends (draw-quantiles.ts); near an end they keep the extremes as the draws come in.
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
  let left = 0;
  for (let j = 0; j < positions.length; j++) {
    const k = positions[j] ?? 0;
    if (k < left || k >= n) throw new RangeError(`orderStatistics: position ${k} is not ascending within 0…${n - 1}`);
    selectInPlace(values, k, left, n - 1);
    out[j] = values[k] ?? Number.NaN;
    left = k;
  }
}
