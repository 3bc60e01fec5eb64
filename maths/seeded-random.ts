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
}

/** Above this mean the Poisson is drawn as round(λ + √λ·Z): skewness 1/√λ ≤ 0.14, fast and close enough for rank intervals. */
export const POISSON_NORMAL_ABOVE = 50;

export function seededRandom(seed: number): SeededRandom {
  // The state lives in typed arrays, not in `let`s: a closure variable holding a double (the spare normal, or a
  // 32-bit state above 2^30) is boxed anew on every write, and the rank draws make tens of millions of them.
  const state = new Uint32Array([seed >>> 0]);
  const spare = new Float64Array([Number.NaN]);

  const uniform = (): number => {
    const t0 = ((state[0] ?? 0) + 0x6d2b79f5) >>> 0;
    state[0] = t0;
    let t = t0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
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

  return { uniform, normal, gamma, poisson };
}
