import { describe, expect, it } from 'vitest';
import type { IndicatorId, Manifest, ThemeId } from '@atlas/contract';
import type { AggregateRegion } from '../data/atlas-data.ts';
import { weightKey } from '../weights/weights-url.ts';
import { aggregateScores } from './aggregate-scores.ts';

const value = (v: number | null) => ({ value: v, numerator: null, denominator: null, coverage: 1, reason: null });
const region = (code: string, a: number | null, b: number | null): AggregateRegion => ({
  code,
  name: code,
  regions: 3,
  population: 1000,
  values: { a: value(a), b: value(b) },
});

const summed = [{ level: 'gemeente', aggregatable: true }];
const manifest = {
  indicators: [
    { id: 'a', direction: 'higher_is_risk', levels: summed },
    { id: 'b', direction: 'lower_is_risk', levels: summed },
    // a class per gemeente, or a wijk-only indicator: aggregates do not have it
    { id: 'c', direction: 'higher_is_risk', levels: [{ level: 'gemeente', aggregatable: false }] },
  ],
  themes: [
    {
      id: 't',
      minWeightShare: 0.5,
      minIndicators: 1,
      indicators: [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
        { id: 'c', weight: 10 },
      ],
    },
  ],
} as unknown as Pick<Manifest, 'indicators' | 'themes'>;

describe('aggregateScores', () => {
  it('ranks each indicator among the aggregates of a kind and weighs the percentiles into a theme score', () => {
    const out = aggregateScores(manifest, [region('R1', 10, 5), region('R2', 20, 1), region('R3', 30, null)]);
    const r2 = out.get('R2');
    const a = r2?.percentiles.get('a') ?? NaN;
    const b = r2?.percentiles.get('b') ?? NaN;
    expect(a).toBeGreaterThan(out.get('R1')?.percentiles.get('a') ?? NaN);
    // b is lower-is-risk: R2's 1 is the riskier value.
    expect(b).toBeGreaterThan(out.get('R1')?.percentiles.get('b') ?? NaN);
    expect(r2?.themes.get('t')).toBeCloseTo((3 * a + b) / 4, 9);
    // R3 has a (weight 3 of 4 ≥ 0.5): scored from a alone.
    expect(out.get('R3')?.themes.get('t')).toBeCloseTo(out.get('R3')?.percentiles.get('a') ?? NaN, 9);
  });

  it('weighs with custom weights when given, as the gemeente and wijk scores do', () => {
    const all = [region('R1', 10, 5), region('R2', 20, 1), region('R3', 30, null)];
    const standard = aggregateScores(manifest, all).get('R2');
    const custom = aggregateScores(manifest, all, new Map([[weightKey('t' as ThemeId, 'b' as IndicatorId), 3]])).get('R2');
    const [a, b] = [custom?.percentiles.get('a') ?? NaN, custom?.percentiles.get('b') ?? NaN];
    expect(custom?.percentiles).toEqual(standard?.percentiles);
    expect(custom?.themes.get('t')).toBeCloseTo((3 * a + 3 * b) / 6, 9);
    expect(custom?.themes.get('t')).not.toBeCloseTo(standard?.themes.get('t') ?? NaN, 6);
  });

  it('counts only the indicators aggregates have towards the weight, as the pipeline counts a level’s', () => {
    // c (weight 10 of 14) is not summed for aggregates: counted, it would leave every aggregate below half the weight
    const r1 = aggregateScores(manifest, [region('R1', 10, 5), region('R2', 20, 1)]).get('R1');
    const [a, b] = [r1?.percentiles.get('a') ?? NaN, r1?.percentiles.get('b') ?? NaN];
    expect(r1?.themes.get('t')).toBeCloseTo((3 * a + b) / 4, 9);
  });

  it('leaves out an indicator weighted 0 (the sliders’ “weglaten”) instead of failing', () => {
    const all = [region('R1', 10, 5), region('R2', 20, 1)];
    const out = aggregateScores(manifest, all, new Map([[weightKey('t' as ThemeId, 'b' as IndicatorId), 0]])).get('R2');
    expect(out?.themes.get('t')).toBeCloseTo(out?.percentiles.get('a') ?? NaN, 9);
  });
});
