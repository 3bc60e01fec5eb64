import { orderStatistics } from './order-statistics.ts';

/**
 * Per region, quantiles (0–1) of its draws, linear between order statistics (type 7, the default of R and
 * numpy), fed one draw (a column of every region's value; NaN = no value) at a time. The 2.5 % and 97.5 % points
 * of 200 draws are the 5th–6th smallest and largest, so only each region's few smallest and largest values so far
 * are kept, in order (1.4 MB for 14,574 buurten where all draws take 12 MB). Probabilities further from both ends
 * keep every draw instead. The values are the order statistics a sort would give, so either way the result is the same.
 */
export interface DrawQuantiles {
  /**
   * One draw. `regions`, when given, lists (ascending) the only regions that can have a value in this column: the
   * others are not read. Draws that have a value in the same regions every time pass them to skip a test per NaN.
   */
  add(column: Float64Array | Float32Array, regions?: Uint32Array): void;
  /** One Float64Array per probability; NaN where a region had no value in any draw. */
  quantiles(): Float64Array[];
}

/** Keeping more than this many extremes per region costs more than keeping every draw and selecting. */
const EXTREME_KEEP = 16;

export function createDrawQuantiles(regions: number, maxDraws: number, probabilities: readonly number[]): DrawQuantiles {
  for (const p of probabilities) if (!(p >= 0 && p <= 1)) throw new RangeError(`draw quantiles: probability ${p} must be in [0, 1]`);
  if (!Number.isInteger(maxDraws) || maxDraws < 1) throw new RangeError(`draw quantiles: ${maxDraws} draws must be a positive integer`);
  // how many of the smallest and largest values every count of draws up to maxDraws may need
  let lowKeep = 0;
  let highKeep = 0;
  for (let n = 1; n <= maxDraws; n++) {
    for (const k of quantilePlan(probabilities, n).positions) {
      if (k < n - k) lowKeep = Math.max(lowKeep, k + 1);
      else highKeep = Math.max(highKeep, n - k);
    }
  }
  const counts = new Uint32Array(regions);
  const keepAll = lowKeep > EXTREME_KEEP || highKeep > EXTREME_KEEP;
  const store = keepAll ? everyDraw(regions, maxDraws, counts) : extremes(regions, lowKeep, highKeep, counts);
  const everyRegion = Uint32Array.from({ length: regions }, (_, i) => i);
  const add = (column: Float64Array | Float32Array, read: Uint32Array = everyRegion): void => {
    if (column.length !== regions) throw new Error(`draw quantiles: a column of ${column.length} for ${regions} regions`);
    store.add(column, read);
  };
  const quantiles = (): Float64Array[] => {
    const result = probabilities.map(() => new Float64Array(regions).fill(Number.NaN));
    let plan = quantilePlan(probabilities, maxDraws);
    const picked = new Float64Array(2 * probabilities.length); // at most two positions per probability, whatever n is
    for (let i = 0; i < regions; i++) {
      const n = counts[i] ?? 0;
      if (n === 0) continue;
      if (plan.n !== n) plan = quantilePlan(probabilities, n);
      store.pick(i, n, plan.positions, picked);
      for (let j = 0; j < probabilities.length; j++) {
        const low = picked[plan.low[j] ?? 0] ?? Number.NaN;
        const high = picked[plan.high[j] ?? 0] ?? low;
        const column = result[j];
        if (column) column[i] = low + (plan.fraction[j] ?? 0) * (high - low);
      }
    }
    return result;
  };
  return { add, quantiles };
}

interface DrawStore {
  add(column: Float64Array | Float32Array, read: Uint32Array): void;
  /** The order statistics at `positions` of region i's n values, into out. */
  pick(i: number, n: number, positions: readonly number[], out: Float64Array): void;
}

/** Per region its `lowKeep` smallest values ascending and `highKeep` largest descending, region after region. */
function extremes(regions: number, lowKeep: number, highKeep: number, counts: Uint32Array): DrawStore {
  const smallest = new Float64Array(regions * lowKeep);
  const largest = new Float64Array(regions * highKeep);
  return {
    add(column, read) {
      for (let k = 0; k < read.length; k++) {
        const i = read[k] ?? 0;
        const value = column[i] ?? Number.NaN;
        if (value !== value) continue;
        const n = counts[i] ?? 0;
        counts[i] = n + 1;
        const lowBase = i * lowKeep;
        const low = n < lowKeep ? n : lowKeep; // values kept so far
        if (low < lowKeep || (lowKeep > 0 && value < (smallest[lowBase + low - 1] ?? 0))) {
          let j = low < lowKeep ? low : low - 1;
          for (; j > 0 && (smallest[lowBase + j - 1] ?? 0) > value; j--) smallest[lowBase + j] = smallest[lowBase + j - 1] ?? 0;
          smallest[lowBase + j] = value;
        }
        const highBase = i * highKeep;
        const high = n < highKeep ? n : highKeep;
        if (high < highKeep || (highKeep > 0 && value > (largest[highBase + high - 1] ?? 0))) {
          let j = high < highKeep ? high : high - 1;
          for (; j > 0 && (largest[highBase + j - 1] ?? 0) < value; j--) largest[highBase + j] = largest[highBase + j - 1] ?? 0;
          largest[highBase + j] = value;
        }
      }
    },
    pick(i, n, positions, out) {
      positions.forEach((k, j) => {
        out[j] = k < n - k ? (smallest[i * lowKeep + k] ?? Number.NaN) : (largest[i * highKeep + n - 1 - k] ?? Number.NaN);
      });
    },
  };
}

/** Every draw as it came (draw after draw), for probabilities away from both ends. */
function everyDraw(regions: number, maxDraws: number, counts: Uint32Array): DrawStore {
  const values = new Float64Array(regions * maxDraws);
  const own = new Float64Array(maxDraws);
  let draws = 0;
  return {
    add(column, read) {
      if (draws >= maxDraws) throw new Error(`draw quantiles: more than ${maxDraws} draws`);
      const start = draws++ * regions;
      values.fill(Number.NaN, start, start + regions);
      read.forEach((i) => {
        const value = column[i] ?? Number.NaN;
        values[start + i] = value;
        if (value === value) counts[i] = (counts[i] ?? 0) + 1;
      });
    },
    pick(i, n, positions, out) {
      let m = 0;
      for (let d = 0; d < draws; d++) {
        const value = values[d * regions + i] ?? Number.NaN;
        if (value === value) own[m++] = value;
      }
      orderStatistics(own, n, positions, out);
    },
  };
}

/** For n draws: the sorted positions each probability needs (below and the next, type 7) and where they land in `positions`. */
function quantilePlan(probabilities: readonly number[], n: number) {
  const needed = new Set<number>();
  const bounds = probabilities.map((p) => {
    const position = p * (n - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, n - 1);
    needed.add(below).add(above);
    return { below, above, fraction: position - below };
  });
  const positions = [...needed].sort((a, b) => a - b);
  return {
    n,
    positions,
    low: bounds.map((b) => positions.indexOf(b.below)),
    high: bounds.map((b) => positions.indexOf(b.above)),
    fraction: bounds.map((b) => b.fraction),
  };
}
