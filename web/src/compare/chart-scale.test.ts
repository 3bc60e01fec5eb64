import { describe, expect, it } from 'vitest';
import { barDomain, barExtent, barScale, CHART_LAYOUT, chartHeight, fitLabel, regionColor, REGION_COLORS } from './chart-scale.ts';

describe('small-multiple bar scales', () => {
  it('always includes zero, every value and the national reference, with nice ends', () => {
    expect(barDomain([12.3, 15.5, 9.1], 12.27)).toEqual([0, 20]);
    expect(barDomain([3, 4], 41)).toEqual([0, 50]);
    expect(barDomain([0.4, 0.7], null)).toEqual([0, 0.8]);
  });

  it('holds negative values (a falling trend) to the left of zero', () => {
    const [lo, hi] = barDomain([-21.8, null, -26.2], -19.9);
    expect(lo).toBeLessThanOrEqual(-26.2);
    expect(hi).toBe(0);
    const x = barScale([lo, hi]);
    const bar = barExtent(x, -21.8)!;
    expect(bar.x + bar.width).toBeCloseTo(x(0));
    expect(bar.x).toBeCloseTo(x(-21.8));
  });

  it('spans mixed signs from the zero line both ways', () => {
    const domain = barDomain([-5, 10], null);
    expect(domain[0]).toBeLessThanOrEqual(-5);
    expect(domain[1]).toBeGreaterThanOrEqual(10);
    const x = barScale(domain);
    expect(barExtent(x, 10)!.x).toBeCloseTo(x(0));
    expect(barExtent(x, -5)!.x + barExtent(x, -5)!.width).toBeCloseTo(x(0));
  });

  it('draws no bar for a missing value, and a zero-width bar (not a gap) for 0', () => {
    const x = barScale(barDomain([null, 0, 4], null));
    expect(barExtent(x, null)).toBeNull();
    expect(barExtent(x, Number.NaN)).toBeNull();
    expect(barExtent(x, 0)).toEqual({ x: CHART_LAYOUT.barLeft, width: 0 });
  });

  it('falls back to [0, 1] when nothing has a value, and keeps a fixed domain for theme scores', () => {
    expect(barDomain([null, null], null)).toEqual([0, 1]);
    expect(barDomain([0, 0], 0)).toEqual([0, 1]);
    expect(barDomain([14, 21], null, [0, 100])).toEqual([0, 100]);
  });

  it('maps the domain onto the bar area and clamps outside it', () => {
    const x = barScale([0, 100]);
    expect(x(0)).toBe(CHART_LAYOUT.barLeft);
    expect(x(100)).toBe(CHART_LAYOUT.barRight);
    expect(x(250)).toBe(CHART_LAYOUT.barRight);
  });

  it('sizes the chart by its rows, shortens long names, and gives each region its own colour', () => {
    expect(chartHeight(3)).toBe(CHART_LAYOUT.top + 3 * CHART_LAYOUT.rowHeight + 6);
    expect(fitLabel('Eindhoven')).toBe('Eindhoven');
    expect(fitLabel('Súdwest-Fryslân en omstreken')).toBe('Súdwest-Fryslân…');
    expect(new Set(REGION_COLORS.map((_, i) => regionColor(i))).size).toBe(6);
  });
});
