import { describe, expect, it } from 'vitest';
import { lineLayout, yearTicks } from './line-chart.ts';

const options = { width: 220, height: 120, margin: { top: 10, right: 10, bottom: 20, left: 30 }, xDomain: [2010, 2020] as const };

describe('lineLayout', () => {
  it('breaks the line at a missing year instead of dropping to 0', () => {
    const points = [2010, 2011, 2012, 2013].map((x) => ({ x, y: x === 2012 ? null : 50 }));
    const [s] = lineLayout([{ id: 'GM1', label: 'A', role: 'primary', points }], { ...options, xDomain: [2010, 2013] }).series;
    // Two subpaths: 2010–2011, then 2013 alone.
    expect(s!.d.match(/M/g)).toHaveLength(2);
    expect(s!.dots.map((d) => d.year)).toEqual([2010, 2011, 2013]);
    expect(new Set(s!.dots.map((d) => d.y)).size).toBe(1);
  });

  it('starts the y axis at 0 and puts the highest value inside the plot', () => {
    const layout = lineLayout(
      [
        {
          id: 'GM1',
          label: 'A',
          role: 'primary',
          points: [
            { x: 2010, y: 80 },
            { x: 2020, y: 40 },
          ],
        },
        {
          id: 'NL00',
          label: 'Nederland',
          role: 'reference',
          points: [
            { x: 2010, y: 60 },
            { x: 2020, y: 45 },
          ],
        },
      ],
      options,
    );
    expect(layout.yTicks[0]!.label).toBe('0');
    expect(layout.yTicks[0]!.y).toBe(layout.plot.bottom);
    const top = Math.min(...layout.series.flatMap((s) => s.dots.map((d) => d.y)));
    expect(top).toBeGreaterThanOrEqual(layout.plot.top);
    expect(layout.xTicks[0]!.label).toBe('2010');
    expect(layout.xTicks.at(-1)!.label).toBe('2020');
  });

  it('gives an empty path to a series without values', () => {
    const layout = lineLayout([{ id: 'x', label: 'x', role: 'primary', points: [{ x: 2010, y: null }] }], options);
    expect(layout.series[0]!.d).toBe('');
    expect(layout.series[0]!.dots).toEqual([]);
  });
});

describe('yearTicks', () => {
  it('widens the step until the labels fit', () => {
    expect(yearTicks(2010, 2020, 400, 30)).toHaveLength(11);
    expect(yearTicks(2010, 2020, 100, 30)).toEqual([2010, 2015, 2020]);
  });
});
