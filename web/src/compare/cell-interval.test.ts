import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { asSignificance, NO_INTERVAL, publishedInterval, summedInterval } from './cell-interval.ts';
import { MIN_WHISKER_PX, significanceMark, significanceText, whiskerExtent } from './whiskers.ts';

const share = (national: number | null) => ({
  uncertainty: 'wilson' as const,
  national,
  levels: [{ level: 'gemeente' as const, scale: 100 }] as never,
});

describe('compare cell intervals', () => {
  it('computes a Wilson interval for a summed share and flags it against Nederland', () => {
    // Wilson 95 % for 112 of 1,000, × 100 (written out in Python from the textbook formula)
    const low = summedInterval(share(20), 112, 1000);
    expect(low.lo).toBeCloseTo(9.391954090888108, 9);
    expect(low.hi).toBeCloseTo(13.305002367590971, 9);
    expect(low.sig).toBe('lager');
    expect(summedInterval(share(5), 112, 1000).sig).toBe('hoger');
    expect(summedInterval(share(null), 112, 1000).sig).toBeNull();
  });

  it('gives no interval to measures, survey estimates, impossible shares and missing counts', () => {
    expect(summedInterval({ ...share(10), uncertainty: 'none_survey' }, 1, 10)).toEqual(NO_INTERVAL);
    expect(summedInterval(share(10), 11, 10)).toEqual(NO_INTERVAL);
    expect(summedInterval(share(10), null, 10)).toEqual(NO_INTERVAL);
    expect(summedInterval({ ...share(10), levels: [{ level: 'gemeente', scale: null }] as never }, 1, 10)).toEqual(NO_INTERVAL);
  });

  it('reads a published interval only when both bounds exist, and only known flags', () => {
    expect(publishedInterval(1, 2, 'hoger')).toEqual({ lo: 1, hi: 2, sig: 'hoger' });
    expect(publishedInterval(1, null, 'hoger')).toEqual(NO_INTERVAL);
    // A point (complete counts: no sampling error) is no margin to draw.
    expect(publishedInterval(16.230554580688477, 16.230554580688477, null)).toEqual(NO_INTERVAL);
    expect(asSignificance('hoog')).toBeNull();
  });

  it('draws a whisker in the bar scale and marks only significant differences', () => {
    const x = scaleLinear().domain([0, 100]).range([100, 300]);
    expect(whiskerExtent(x, { lo: 10, hi: 20 })).toEqual({ x1: 120, x2: 140 });
    expect(whiskerExtent(x, { lo: null, hi: 20 })).toBeNull();
    // Half a point is one pixel here: drawn MIN_WHISKER_PX wide around it, so its two ticks do not print as one line.
    expect(whiskerExtent(x, { lo: 50, hi: 50.5 })).toEqual({ x1: 200.5 - MIN_WHISKER_PX / 2, x2: 200.5 + MIN_WHISKER_PX / 2 });
    expect([significanceMark('hoger'), significanceMark('lager'), significanceMark('niet_significant'), significanceMark(null)]).toEqual(['▲', '▼', '', '']);
    expect(significanceText('lager')).toBe('significant lager dan Nederland');
  });
});
