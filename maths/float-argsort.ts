/**
 * Ascending argsort of doubles by LSD radix sort on their 64-bit patterns: six digit passes, no
 * comparator calls, so ranking 14,574 values takes well under a millisecond (a comparator sort of
 * indices takes several). Stable. NaN is not allowed (the caller filters missing values out first);
 * −0 is sorted as +0 so that it ties with 0, as `===` says it does.
 *
 * The buffers are kept in a workspace so that sorting the same level hundreds of times allocates nothing.
 */
export interface ArgsortWorkspace {
  capacity: number;
  keyLow: Uint32Array;
  keyHigh: Uint32Array;
  order: Uint32Array;
  swap: Uint32Array;
  counts: Uint32Array;
}

/** Radix digits per key (11 + 11 + 10 bits of each 32-bit half) and buckets per digit. */
const DIGITS = 6;
const DIGIT_BUCKETS = 2048;

export function createArgsortWorkspace(capacity: number): ArgsortWorkspace {
  return {
    capacity,
    keyLow: new Uint32Array(capacity),
    keyHigh: new Uint32Array(capacity),
    order: new Uint32Array(capacity),
    swap: new Uint32Array(capacity),
    counts: new Uint32Array(DIGITS * DIGIT_BUCKETS),
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Returns the positions 0…n−1 of `values` in ascending order of value (a view into the workspace, valid
 * until the next call). Only the first n values are sorted.
 */
export function argsortFloats(values: Float64Array, n: number, workspace: ArgsortWorkspace): Uint32Array {
  if (n > workspace.capacity) throw new Error(`argsortFloats: ${n} values exceed the workspace capacity ${workspace.capacity}`);
  const { keyLow, keyHigh } = workspace;
  // the doubles' own words, read in place; the histograms of the upper word's digits are made in the same pass
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const lowWord = LITTLE_ENDIAN ? 0 : 1;
  const { counts } = workspace;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const low = words[2 * i + lowWord] ?? 0;
    let high = words[2 * i + 1 - lowWord] ?? 0;
    const magnitude = high & 0x7fffffff;
    if (magnitude > 0x7ff00000 || (magnitude === 0x7ff00000 && low !== 0)) throw new RangeError(`argsortFloats: value ${i} is NaN`);
    if (high === 0x80000000 && low === 0) high = 0; // −0 sorts as +0
    // IEEE order → unsigned order: negatives have all bits flipped, positives only the sign bit
    const key = high >>> 31 ? ~high >>> 0 : (high | 0x80000000) >>> 0;
    keyHigh[i] = key;
    keyLow[i] = high >>> 31 ? ~low >>> 0 : low;
    tally(counts, 3, key);
  }
  // The upper 32 bits (sign, exponent, 20 bits of mantissa) tell almost all values of a level apart, so three
  // passes over them and an insertion sort of the few runs that share them by the lower 32 bits give the same
  // stable order as all six passes, for half the scatter work. Many shared upper halves: all six passes.
  const byHigh = sortByDigits(workspace, n, 3);
  if (orderTiesByLowWord(byHigh, n, workspace)) return byHigh.subarray(0, n);
  countDigits(workspace, n);
  return sortByDigits(workspace, n, 0).subarray(0, n);
}

/** The histograms of all six digits, in one pass over the keys. */
function countDigits(workspace: ArgsortWorkspace, n: number): void {
  const { keyLow, keyHigh, counts } = workspace;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    tally(counts, 0, keyLow[i] ?? 0);
    tally(counts, 3, keyHigh[i] ?? 0);
  }
}

/** Counts the three digits of one 32-bit half (digits first…first + 2) of a key. */
function tally(counts: Uint32Array, first: number, half: number): void {
  const base = first * DIGIT_BUCKETS;
  counts[base + (half & 0x7ff)] = (counts[base + (half & 0x7ff)] ?? 0) + 1;
  counts[base + DIGIT_BUCKETS + ((half >>> 11) & 0x7ff)] = (counts[base + DIGIT_BUCKETS + ((half >>> 11) & 0x7ff)] ?? 0) + 1;
  counts[base + 2 * DIGIT_BUCKETS + (half >>> 22)] = (counts[base + 2 * DIGIT_BUCKETS + (half >>> 22)] ?? 0) + 1;
}

/** Stable LSD passes over digits first…5 of 11, 11 and 10 bits (0–2 the lower word, 3–5 the upper), starting from positions 0…n−1. */
function sortByDigits(workspace: ArgsortWorkspace, n: number, first: number): Uint32Array {
  const { keyLow, keyHigh, counts } = workspace;
  let order = workspace.order;
  let swap = workspace.swap;
  for (let i = 0; i < n; i++) order[i] = i;
  for (let pass = first; pass < DIGITS; pass++) {
    const keys = pass < DIGITS / 2 ? keyLow : keyHigh;
    const shift = (pass % 3) * 11;
    const base = pass * DIGIT_BUCKETS;
    // a digit that is the same everywhere leaves the order as it is
    if ((counts[base + (((keys[0] ?? 0) >>> shift) & 0x7ff)] ?? 0) === n) continue;
    let total = 0;
    for (let b = base; b < base + DIGIT_BUCKETS; b++) {
      const c = counts[b] ?? 0;
      counts[b] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const position = order[i] ?? 0;
      const bucket = base + (((keys[position] ?? 0) >>> shift) & 0x7ff);
      const target = counts[bucket] ?? 0;
      swap[target] = position;
      counts[bucket] = target + 1;
    }
    [order, swap] = [swap, order];
  }
  return order;
}

/**
 * Within each run of equal upper words in `order`, a stable insertion sort by the lower word. False (order left
 * part-sorted) when that takes more than n moves: too many values share their upper half for this to pay.
 */
function orderTiesByLowWord(order: Uint32Array, n: number, workspace: ArgsortWorkspace): boolean {
  const { keyLow, keyHigh } = workspace;
  let budget = n;
  let runStart = 0;
  for (let i = 1; i < n; i++) {
    const position = order[i] ?? 0;
    const high = keyHigh[position] ?? 0;
    if (high !== keyHigh[order[i - 1] ?? 0]) {
      runStart = i;
      continue;
    }
    const low = keyLow[position] ?? 0;
    let j = i;
    while (j > runStart && (keyLow[order[j - 1] ?? 0] ?? 0) > low) {
      order[j] = order[j - 1] ?? 0;
      j--;
      if (--budget < 0) return false;
    }
    order[j] = position;
  }
  return true;
}
