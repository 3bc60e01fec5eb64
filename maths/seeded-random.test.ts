import { describe, expect, it } from 'vitest';
import { regularizedGammaP } from './incomplete-gamma.ts';
import { POISSON_NORMAL_ABOVE, seededRandom } from './seeded-random.ts';

/**
 * First outputs of mulberry32 (Tommy Ettinger's published algorithm) as 32-bit integers, computed with an
 * independent Python implementation: t = a += 0x6D2B79F5; t = (t ^ t >> 15) * (t | 1);
 * t ^= t + (t ^ t >> 7) * (t | 61); t ^ t >> 14 (all mod 2^32).
 */
const MULBERRY32 = {
  42: [2581720956, 1925393290, 3661312704, 2876485805, 750819978, 2261697747],
  0: [1144304738, 1416247, 958946056, 627933444, 2007157716, 2340967985],
};

const N = 200_000;

function moments(sample: Float64Array): { mean: number; variance: number } {
  const mean = sample.reduce((a, b) => a + b, 0) / sample.length;
  const variance = sample.reduce((a, b) => a + (b - mean) ** 2, 0) / (sample.length - 1);
  return { mean, variance };
}

describe('seededRandom', () => {
  it('is the mulberry32 sequence, shifted by half a step into (0, 1)', () => {
    for (const [seed, outputs] of Object.entries(MULBERRY32)) {
      const random = seededRandom(Number(seed));
      for (const raw of outputs) expect(random.uniform()).toBe((raw + 0.5) / 4294967296);
    }
  });

  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const drawsA = Array.from({ length: 20 }, () => a.gamma(2.5));
    expect(Array.from({ length: 20 }, () => b.gamma(2.5))).toEqual(drawsA);
    expect(Array.from({ length: 20 }, () => c.gamma(2.5))).not.toEqual(drawsA);
  });

  it('draws standard normals (mean and variance within 5 standard errors)', () => {
    const random = seededRandom(1);
    const { mean, variance } = moments(Float64Array.from({ length: N }, () => random.normal()));
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
  });

  it('draws gammas whose empirical CDF matches P(a, x) (Kolmogorov–Smirnov, 1 % level)', () => {
    const random = seededRandom(3);
    for (const shape of [0.5, 1, 3.7, 40.5, 1200]) {
      const sample = Float64Array.from({ length: 20_000 }, () => random.gamma(shape)).sort();
      let d = 0;
      sample.forEach((x, i) => {
        const cdf = regularizedGammaP(shape, x);
        d = Math.max(d, Math.abs(cdf - i / sample.length), Math.abs(cdf - (i + 1) / sample.length));
      });
      // critical value of D at α = 0.01: 1.628 / √n
      expect(d, `shape ${shape}`).toBeLessThan(1.628 / Math.sqrt(sample.length));
    }
  });

  it('gammaSampler draws exactly what gamma() draws shape by shape, from the same stream, mixed with other draws', () => {
    const shapes = Float64Array.from([0.5, 3.7, 0.25, 1, 40.5, 1200, 0.5]);
    const one = seededRandom(11);
    const many = seededRandom(11);
    const sample = many.gammaSampler(shapes);
    const out = new Float64Array(shapes.length);
    for (let round = 0; round < 50; round++) {
      // an odd number of normals between rounds leaves a spare normal, which the sampler must use first
      expect(many.normal()).toBe(one.normal());
      sample(out);
      expect(Array.from(out)).toEqual(Array.from(shapes, (shape) => one.gamma(shape)));
    }
    expect(many.uniform()).toBe(one.uniform());
    expect(() => many.gammaSampler(Float64Array.from([1, 0]))).toThrow(/shape 0/);
  });

  it('draws Poisson counts with the right distribution below the switch and mean/variance above it', () => {
    const random = seededRandom(5);
    const mean = 3.2;
    const observed = new Array<number>(12).fill(0);
    for (let i = 0; i < N; i++) {
      const k = random.poisson(mean);
      observed[Math.min(k, 11)] = (observed[Math.min(k, 11)] ?? 0) + 1;
    }
    // Pearson chi-square over 0…10 and ≥ 11 (11 df): below 24.7, the 0.99 quantile
    let chiSquare = 0;
    let probability = Math.exp(-mean);
    let cumulative = 0;
    for (let k = 0; k < 12; k++) {
      const p = k < 11 ? probability : 1 - cumulative;
      chiSquare += ((observed[k] ?? 0) - N * p) ** 2 / (N * p);
      cumulative += probability;
      probability *= mean / (k + 1);
    }
    expect(chiSquare).toBeLessThan(24.725);

    const large = 4 * POISSON_NORMAL_ABOVE;
    const sample = Float64Array.from({ length: N }, () => random.poisson(large));
    const { mean: m, variance } = moments(sample);
    expect(Math.abs(m - large)).toBeLessThan(5 * Math.sqrt(large / N));
    expect(Math.abs(variance / large - 1)).toBeLessThan(0.02);
    expect(sample.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
  });

  it('refuses impossible parameters', () => {
    const random = seededRandom(1);
    expect(() => random.gamma(0)).toThrow(/shape 0/);
    expect(() => random.poisson(-1)).toThrow(/mean -1/);
    expect(random.poisson(0)).toBe(0);
  });
});
