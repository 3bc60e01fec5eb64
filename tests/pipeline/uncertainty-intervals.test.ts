/**
 * Issue 14 on the real build: the published intervals equal an independent recomputation from the published
 * numerator and denominator, small areas have the widest intervals and are moved most by the smoothing, and the
 * significance flag agrees with the interval and the national value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { LEVELS, col, type IndicatorManifest, type Level, type Manifest } from '@atlas/contract';
import { DRAW_ROUNDING } from '../../data-pipeline/compute/uncertainty/level-uncertainty.ts';
import { readArrow, sharedBuild } from './helpers.ts';
import { columnOf, spearman } from './published-columns.ts';

/** Regularised lower incomplete gamma P(a, x): series below a + 1, Lentz continued fraction above (Numerical Recipes 6.2). */
function lowerGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  let lnGammaA: number;
  {
    // Lanczos (g = 7, n = 9)
    const c = [
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
      9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    const z = a - 1;
    let s = c[0] ?? 0;
    for (let i = 1; i < 9; i++) s += (c[i] ?? 0) / (z + i);
    const t = z + 7.5;
    lnGammaA = 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
  }
  const front = Math.exp(a * Math.log(x) - x - lnGammaA);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return front * sum;
  }
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - front * h;
}

/** Gamma(shape) quantile by bisection on P: slow and plain, and so independent of the pipeline's Newton iteration. */
function gammaQuantileByBisection(p: number, shape: number): number {
  let lo = 0;
  let hi = Math.max(10, shape * 2 + 50);
  while (lowerGammaP(shape, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (lowerGammaP(shape, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function garwood(k: number, den: number, scale: number): [number, number] {
  const lo = k === 0 ? 0 : gammaQuantileByBisection(0.025, k);
  return [(lo / den) * scale, (gammaQuantileByBisection(0.975, k + 1) / den) * scale];
}

function wilson(k: number, n: number, scale: number): [number, number] {
  const z = 1.959963984540054;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half) * scale, Math.min(1, centre + half) * scale];
}

/** 1e-9 relative; at a bound of exactly 0 the textbook Wilson formula leaves ~1e-16 of rounding, hence the absolute floor. */
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 1e-12);

let manifest: Manifest;
const tables = new Map<Level, Table>();

beforeAll(async () => {
  const build = await sharedBuild();
  manifest = build.manifest;
  for (const level of LEVELS) tables.set(level, await readArrow(build.outDir, level));
});

const counted = () => manifest.indicators.filter((i) => i.uncertainty === 'poisson' || i.uncertainty === 'wilson');

function levelColumns(indicator: IndicatorManifest, level: Level) {
  const table = tables.get(level);
  if (!table) throw new Error(`no ${level} table`);
  const get = (name: string) => columnOf<number>(table, name);
  return {
    value: get(col.value(indicator.id)),
    num: get(col.numerator(indicator.id)),
    den: get(col.denominator(indicator.id)),
    lo: get(col.lo(indicator.id)),
    hi: get(col.hi(indicator.id)),
    eb: get(col.eb(indicator.id)),
    sig: columnOf<string>(table, col.sig(indicator.id)),
    ciReason: columnOf<string>(table, col.ciReason(indicator.id)),
    population: columnOf<number>(table, 'population'),
  };
}

describe('published intervals (real data)', () => {
  it('has poisson and wilson indicators to check', () => {
    expect(counted().map((i) => i.uncertainty)).toContain('poisson');
    expect(counted().map((i) => i.uncertainty)).toContain('wilson');
  });

  it('equal the exact Garwood / Wilson interval recomputed from the published __num and __den (1e-9 relative)', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const indicator of counted()) {
      for (const info of indicator.levels) {
        const scale = info.scale;
        if (scale === null) continue;
        const c = levelColumns(indicator, info.level);
        c.value.forEach((value, i) => {
          const [num, den, lo, hi] = [c.num[i] ?? null, c.den[i] ?? null, c.lo[i] ?? null, c.hi[i] ?? null];
          if (value === null || num === null || den === null || !(den > 0)) return;
          if (indicator.uncertainty === 'wilson' && num > den) {
            if (c.ciReason[i] !== 'share_out_of_range' || lo !== null) wrong.push(`${indicator.id} ${info.level} row ${i}: share above 1 needs reason`);
            return;
          }
          const [eLo, eHi] = indicator.uncertainty === 'poisson' ? garwood(num, den, scale) : wilson(num, den, scale);
          checked++;
          if (lo === null || hi === null || !close(lo, eLo) || !close(hi, eHi))
            wrong.push(`${indicator.id} ${info.level} row ${i}: ${lo}–${hi}, expected ${eLo}–${eHi}`);
        });
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('leave indicators without a counting basis without interval, with a reason', () => {
    // Per-cell findings collected and asserted once: an expect per cell crawls on a busy machine.
    const wrong: string[] = [];
    for (const indicator of manifest.indicators.filter((i) => i.uncertainty === 'none_no_sampling' || i.uncertainty === 'none_survey')) {
      for (const info of indicator.levels) {
        const c = levelColumns(indicator, info.level);
        const expected = indicator.uncertainty === 'none_survey' ? 'survey_margin_unpublished' : 'no_sampling_basis';
        c.value.forEach((value, i) => {
          const reason = value === null ? null : expected;
          if (c.lo[i] !== null || c.ciReason[i] !== reason) wrong.push(`${indicator.id} ${info.level} row ${i}: lo ${c.lo[i]}, reason ${c.ciReason[i]}`);
        });
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('flag significance exactly where the interval excludes the national value', () => {
    const wrong: string[] = [];
    for (const indicator of counted()) {
      const national = indicator.national;
      for (const info of indicator.levels) {
        const c = levelColumns(indicator, info.level);
        c.lo.forEach((lo, i) => {
          const hi = c.hi[i] ?? null;
          const sig = lo === null || hi === null || national === null ? null : lo > national ? 'hoger' : hi < national ? 'lager' : 'niet_significant';
          if ((c.sig[i] ?? null) !== sig) wrong.push(`${indicator.id} ${info.level} row ${i}: ${c.sig[i]}, expected ${sig}`);
        });
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('are widest for the smallest buurten, and smoothing moves small buurten more than large ones', () => {
    const indicator = manifest.indicators.find((i) => i.id === 'misdrijven_totaal');
    if (!indicator) throw new Error('misdrijven_totaal not published');
    const c = levelColumns(indicator, 'buurt');
    const rows = c.value.flatMap((value, i) => {
      const [lo, hi, eb, den] = [c.lo[i] ?? null, c.hi[i] ?? null, c.eb[i] ?? null, c.den[i] ?? null];
      return value === null || lo === null || hi === null || eb === null || den === null ? [] : [{ width: hi - lo, shift: Math.abs(eb - value), den }];
    });
    expect(rows.length).toBeGreaterThan(9_000);
    const widthRho = spearman(
      rows.map((r) => r.width),
      rows.map((r) => r.den),
    );
    const shiftRho = spearman(
      rows.map((r) => r.shift / Math.max(1e-9, r.width)),
      rows.map((r) => r.den),
    );
    expect(widthRho).toBeLessThan(-0.6);
    expect(shiftRho).toBeLessThan(-0.3);
    const sorted = [...rows].sort((a, b) => a.den - b.den);
    const quarter = Math.floor(sorted.length / 4);
    const meanShift = (part: typeof rows) => part.reduce((s, r) => s + r.shift, 0) / part.length;
    expect(meanShift(sorted.slice(0, quarter))).toBeGreaterThan(2 * meanShift(sorted.slice(-quarter)));
  });

  // The draws are kept as float32: a point may sit outside its interval by that rounding (~1e-5), within DRAW_ROUNDING.
  const holds = (l: number, h: number, p: number) => l <= p + DRAW_ROUNDING && p <= h + DRAW_ROUNDING;

  it('give percentile intervals inside 0–100 that contain the published percentile', () => {
    const wrong: string[] = [];
    let total = 0;
    for (const indicator of counted()) {
      for (const info of indicator.levels) {
        const table = tables.get(info.level);
        if (!table) continue;
        const pct = columnOf<number>(table, col.percentile(indicator.id));
        const lo = columnOf<number>(table, col.pctLo(indicator.id));
        const hi = columnOf<number>(table, col.pctHi(indicator.id));
        pct.forEach((p, i) => {
          const [l, h] = [lo[i] ?? null, hi[i] ?? null];
          const where = `${indicator.id} ${info.level} row ${i}`;
          if (p === null) {
            if (l !== null) wrong.push(`${where}: interval without a percentile`);
            return;
          }
          if (l === null || h === null) return;
          total++;
          if (!(l >= 0 && h <= 100 && l <= h)) wrong.push(`${where}: ${l}–${h}`);
          if (!holds(l, h, p)) wrong.push(`${where}: ${l}–${h} leaves out ${p}`);
        });
      }
    }
    expect(total).toBeGreaterThan(50_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('give theme-score intervals that contain the published score, on every level', () => {
    const wrong: string[] = [];
    let total = 0;
    for (const level of LEVELS) {
      const table = tables.get(level);
      if (!table) continue;
      for (const theme of manifest.themes) {
        const score = columnOf<number>(table, col.theme(theme.id));
        const lo = columnOf<number>(table, col.themeLo(theme.id));
        const hi = columnOf<number>(table, col.themeHi(theme.id));
        score.forEach((s, i) => {
          const [l, h] = [lo[i] ?? null, hi[i] ?? null];
          if (s === null || l === null || h === null) return;
          total++;
          if (!holds(l, h, s)) wrong.push(`${theme.id} ${level} row ${i}: ${l}–${h} leaves out ${s}`);
        });
      }
    }
    expect(total).toBeGreaterThan(30_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
