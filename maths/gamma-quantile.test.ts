import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, gammaQuantile } from './gamma-quantile.ts';
import { regularizedGammaP, regularizedGammaQ } from './incomplete-gamma.ts';

/**
 * Reference values: mpmath 1.3.0 at 50 significant digits, by 500-step bisection on its regularised
 * gammainc (an independent implementation), for p given as the same double the code receives.
 * Script: qchisq(p, df) = 2 · root of gammainc(df/2, 0, x, regularized=True) − p.
 */
const CHI_SQUARE_025_975: readonly [number, number, number][] = [
  [1, 0.00098206911717525602, 5.0238861873148874],
  [2, 0.050635615968579754, 7.3777589082278708],
  [3, 0.21579528262389788, 9.3484036044961458],
  [4, 0.48441855708792982, 11.143286781877795],
  [5, 0.83121161348666244, 12.832501994030026],
  [6, 1.2373442457912026, 14.449375335447919],
  [7, 1.6898691806773546, 16.012764274629322],
  [8, 2.1797307472526498, 17.53454613948465],
  [9, 2.700389499980358, 19.022767798641633],
  [10, 3.2469727802368411, 20.483177350807394],
  [11, 3.8157482522360986, 21.920049261021205],
  [12, 4.4037885069817017, 23.336664158645336],
  [13, 5.0087505118103317, 24.735604884931537],
  [14, 5.6287261030397322, 26.118948045037368],
  [15, 6.2621377950432512, 27.488392863442978],
  [16, 6.9076643534970027, 28.845350723404756],
  [17, 7.5641864495775695, 30.191009121639803],
  [18, 8.2307461947566649, 31.526378440386627],
  [19, 8.9065164819879726, 32.852326861729703],
  [20, 9.5907773922648674, 34.169606902838337],
  [21, 10.282897782522862, 35.478875905727251],
  [22, 10.982320734473677, 36.780712084035554],
  [23, 11.688551922452438, 38.075627250355802],
  [24, 12.401150217444433, 39.364077026603909],
  [25, 13.119720024937784, 40.646469120275198],
  [26, 13.843904982007604, 41.923170096353908],
  [27, 14.573382730821705, 43.19451096615604],
  [28, 15.307860552601196, 44.460791836317752],
  [29, 16.047071695364886, 45.722285804174539],
  [30, 16.790772265566625, 46.979242243671153],
  [31, 17.538738581475488, 48.231889594451953],
  [32, 18.290764907283047, 49.480437742971683],
  [33, 19.046661503175116, 50.725080066281226],
  [34, 19.806252939214575, 51.965995195121904],
  [35, 20.569376630744964, 53.203348542056491],
  [36, 21.335881560799054, 54.437293631813218],
  [37, 22.105627161169514, 55.667973264261098],
  [38, 22.878482328733463, 56.895520535055972],
  [39, 23.654324557593022, 58.120059734686264],
  [40, 24.433039170807888, 59.341707143171197],
  [41, 25.21451863811251, 60.560571734843749],
  [42, 25.998661968152374, 61.776755805349193],
  [43, 26.785374165536326, 62.990355531101975],
  [44, 27.574565744459223, 64.201461469886782],
  [45, 28.366152291859849, 65.410159009999577],
  [46, 29.160054074089361, 66.616528774250477],
  [47, 29.956195681912091, 67.820646984252471],
  [48, 30.754505709372925, 69.022585789666072],
  [49, 31.554916462667128, 70.222413566434527],
  [50, 32.357363695658653, 71.42019518750641],
  [51, 33.161786369126931, 72.615992269085773],
  [52, 33.968126431192681, 73.809863395060738],
  [53, 34.776328616690619, 75.001864321928609],
  [54, 35.586340263529547, 76.192048166250046],
  [55, 36.3981111443153, 77.380465576419143],
  [56, 37.211593311715054, 78.567164890324188],
  [57, 38.026740956217439, 79.752192280290368],
  [58, 38.84351027509587, 80.935591886536378],
  [59, 39.661859351515656, 82.117405940238299],
  [60, 40.48174804284183, 83.297674877173187],
  [0.6, 6.3713580634783323e-6, 3.8005272856776506],
  [2.6, 0.1358162913601652, 8.5875542217271559],
  [7.4, 1.8817449287550106, 16.625954522300539],
  [100, 74.221927474923726, 129.56119718583659],
  [1000, 914.25715379925894, 1089.5309127749135],
  [20000, 19609.904934520366, 20393.883649999766],
  [200002, 198764.29912954921, 201243.48947948775],
];

const CHI_SQUARE_OTHER_P: readonly [number, number, number][] = [
  [2, 1e-10, 2.0000000001000001e-10],
  [1, 1e-12, 1.5707963267948966e-24],
  [50, 0.5, 49.334936733976835],
  [3, 0.999999, 30.664849706154268],
  [0.2, 0.3, 7.1721720368218944e-6],
  [5, 0.9999999999, 55.562398343664851],
];

const relativeError = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);

describe('chiSquareQuantile', () => {
  it('matches 50-digit reference quantiles at 0.025 and 0.975 for df 1–60 and large / non-integer df (1e-10 relative)', () => {
    for (const [df, lo, hi] of CHI_SQUARE_025_975) {
      expect(relativeError(chiSquareQuantile(0.025, df), lo), `df ${df} p 0.025`).toBeLessThan(1e-10);
      expect(relativeError(chiSquareQuantile(0.975, df), hi), `df ${df} p 0.975`).toBeLessThan(1e-10);
    }
  });

  it('matches reference quantiles in the far tails and at the median', () => {
    for (const [df, p, expected] of CHI_SQUARE_OTHER_P) {
      // 1 − p of p = 0.999999 carries 3e-11 relative representation error in double, so 1e-9 there
      const tolerance = p > 0.99 ? 1e-9 : 1e-10;
      expect(relativeError(chiSquareQuantile(p, df), expected), `df ${df} p ${p}`).toBeLessThan(tolerance);
    }
  });

  it('agrees with a printed table (NIST/SEMATECH e-Handbook 1.3.6.7.4, 3 decimals)', () => {
    const table: [number, number, number][] = [
      [1, 0.001, 5.024],
      [2, 0.051, 7.378],
      [10, 3.247, 20.483],
      [30, 16.791, 46.979],
      [60, 40.482, 83.298],
    ];
    for (const [df, lo, hi] of table) {
      expect(chiSquareQuantile(0.025, df)).toBeCloseTo(lo, 3);
      expect(chiSquareQuantile(0.975, df)).toBeCloseTo(hi, 3);
    }
  });

  it('handles the edges and refuses nonsense', () => {
    expect(chiSquareQuantile(0, 4)).toBe(0);
    expect(chiSquareQuantile(1, 4)).toBe(Infinity);
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(/degrees of freedom/);
    expect(() => gammaQuantile(1.5, 2)).toThrow(/probability/);
    expect(() => gammaQuantile(Number.NaN, 2)).toThrow(/probability/);
  });
});

describe('regularised incomplete gamma', () => {
  it('inverts: P(a, gammaQuantile(p, a)) = p over a grid of shapes and probabilities', () => {
    for (const a of [0.05, 0.5, 1, 3.7, 9.99, 10, 10.01, 55, 800, 40_000, 1e6]) {
      for (const p of [1e-8, 0.025, 0.3, 0.5, 0.9, 0.975]) {
        const x = gammaQuantile(p, a);
        const back = p > 0.5 ? 1 - regularizedGammaQ(a, x) : regularizedGammaP(a, x);
        // P is steep in x for large a (d ln P / d ln x ≈ |z|·√a), so one ulp of x moves P by that much more
        expect(Math.abs(back - p) / p, `a ${a} p ${p}`).toBeLessThan(1e-13 * (1 + Math.sqrt(a)));
      }
    }
  });

  it('converges far in the lower tail, where the starting value is poor (found by fuzzing)', () => {
    for (const [a, p] of [
      [5.493900431888531, 3.0417139688336422e-12],
      [3, 1e-200],
      [0.3, 1e-60],
      [0.05, 1e-12],
    ] as const) {
      const x = gammaQuantile(p, a);
      expect(Math.abs(regularizedGammaP(a, x) - p) / p, `a ${a} p ${p}`).toBeLessThan(1e-12);
    }
    expect(regularizedGammaQ(5.49, 6.9e16)).toBe(0);
  });

  it('has closed forms for a = 1 (exponential) and P + Q = 1', () => {
    for (const x of [0.001, 0.7, 3, 12]) {
      expect(relativeError(regularizedGammaQ(1, x), Math.exp(-x))).toBeLessThan(1e-14);
      expect(regularizedGammaP(2.5, x) + regularizedGammaQ(2.5, x)).toBeCloseTo(1, 14);
    }
  });
});
