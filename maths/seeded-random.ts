/**
 * Seeded random numbers for simulations that must give the same result on every build:
 * mulberry32 (a 32-bit generator that passes PractRand to 2^32 outputs; ample for a few million draws),
 * with normal, gamma and Poisson samplers on top. Not for cryptography.
 */
export interface SeededRandom {
  /** Uniform on the open interval (0, 1): never exactly 0, so log(u) is always finite. */
  uniform(): number;
  /** Standard normal (Box–Muller, using both values of each pair). */
  normal(): number;
  /** Gamma with the given shape and scale 1 (Marsaglia & Tsang 2000; exact for every shape > 0). */
  gamma(shape: number): number;
  /** Poisson with the given mean: exact inversion below `POISSON_NORMAL_ABOVE`, a rounded normal above. */
  poisson(mean: number): number;
  /**
   * A sampler that fills `out[j]` with one Gamma(shapes[j]) draw per call, the same numbers (from the same stream)
   * as calling `gamma(shapes[j])` for j = 0, 1, … in turn: the simulations draw millions of gammas with the same
   * shapes, so the shape's constants are computed once and no number is boxed between calls.
   */
  gammaSampler(shapes: Float64Array): (out: Float64Array) => void;
}

/** Above this mean the Poisson is drawn as round(λ + √λ·Z): skewness 1/√λ ≤ 0.14, fast and close enough for rank intervals. */
export const POISSON_NORMAL_ABOVE = 50;

/** mulberry32's state step, and its output for a state as a uniform on (0, 1). */
const STEP = 0x6d2b79f5;
function unitOf(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
}

export function seededRandom(seed: number): SeededRandom {
  // The state lives in typed arrays, not in `let`s: a closure variable holding a double (the spare normal, or a
  // 32-bit state above 2^30) is boxed anew on every write, and the rank draws make tens of millions of them.
  const state = new Uint32Array([seed >>> 0]);
  const spare = new Float64Array([Number.NaN]);

  const uniform = (): number => {
    const next = ((state[0] ?? 0) + STEP) >>> 0;
    state[0] = next;
    return unitOf(next);
  };

  const normal = (): number => {
    const value = spare[0] ?? Number.NaN;
    if (!Number.isNaN(value)) {
      spare[0] = Number.NaN;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    spare[0] = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  const gamma = (shape: number): number => {
    if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma sampler: shape ${shape} must be a positive finite number`);
    // shape < 1: Gamma(a) = Gamma(a + 1) · U^(1/a)
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const base = 1 + c * x;
      if (base <= 0) continue;
      const v = base * base * base;
      const u = uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };

  const poisson = (mean: number): number => {
    if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`poisson sampler: mean ${mean} must be a finite number ≥ 0`);
    if (mean === 0) return 0;
    if (mean > POISSON_NORMAL_ABOVE) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    // inversion: walk the cumulative distribution from 0
    let k = 0;
    let probability = Math.exp(-mean);
    let cumulative = probability;
    const u = uniform();
    while (u > cumulative && k < 1000) {
      k++;
      probability *= mean / k;
      cumulative += probability;
    }
    return k;
  };

  const gammaSampler = (shapes: Float64Array): ((out: Float64Array) => void) => {
    const n = shapes.length;
    // per shape: d and c of the Marsaglia–Tsang loop for max(shape, shape + 1), and 1/shape for the boost below 1
    const dOf = new Float64Array(n);
    const cOf = new Float64Array(n);
    const boost = new Float64Array(n).fill(Number.NaN);
    for (let j = 0; j < n; j++) {
      const shape = shapes[j] ?? Number.NaN;
      if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma sampler: shape ${shape} must be a positive finite number`);
      const d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
      dOf[j] = d;
      cOf[j] = 1 / Math.sqrt(9 * d);
      if (shape < 1) boost[j] = 1 / shape;
    }
    return (out: Float64Array): void => {
      if (out.length < n) throw new Error(`gamma sampler: an output of ${out.length} for ${n} shapes`);
      // uniform() and normal() written out with the state in locals (written back at the end): same stream, no calls
      let s = state[0] ?? 0;
      let kept = spare[0] ?? Number.NaN;
      for (let j = 0; j < n; j++) {
        const d = dOf[j] ?? 0;
        const c = cOf[j] ?? 0;
        let drawn: number;
        for (;;) {
          let x: number;
          if (kept === kept) {
            x = kept;
            kept = Number.NaN;
          } else {
            s = (s + STEP) >>> 0;
            const radius = Math.sqrt(-2 * Math.log(unitOf(s)));
            s = (s + STEP) >>> 0;
            const angle = 2 * Math.PI * unitOf(s);
            kept = radius * Math.sin(angle);
            x = radius * Math.cos(angle);
          }
          const base = 1 + c * x;
          if (base <= 0) continue;
          const v = base * base * base;
          s = (s + STEP) >>> 0;
          const u = unitOf(s);
          const x2 = x * x;
          if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
            drawn = d * v;
            break;
          }
        }
        const power = boost[j] ?? Number.NaN;
        if (power === power) {
          s = (s + STEP) >>> 0;
          drawn *= Math.pow(unitOf(s), power);
        }
        out[j] = drawn;
      }
      state[0] = s;
      spare[0] = kept;
    };
  };

  return { uniform, normal, gamma, poisson, gammaSampler };
}
