import type { Direction } from '@atlas/contract';
import { nullableValues, type ThemeRule } from '@atlas/maths';
import { levelDraws, type Drawn } from './rank-draws.ts';

/**
 * Everything the seeded draws of one level need, as typed arrays and plain numbers: what a worker thread receives
 * (draws-on-worker.ts) instead of the level's cells. A count or denominator without a value is NaN.
 */
export interface DrawPlan {
  regions: number;
  indicators: { counts: Float64Array; denominators: Float64Array; direction: Direction; seed: number }[];
  /** A part is the index of a simulated indicator in `indicators`, or a fixed percentile column (NaN = none). */
  themes: { parts: (number | Float64Array)[]; weights: number[]; rule: ThemeRule }[];
}

/** The 2.5 % and 97.5 % points per region (NaN without a value), in the order of the plan's indicators and themes. */
export interface DrawIntervals {
  indicators: { lo: Float64Array; hi: Float64Array }[];
  themes: { lo: Float64Array; hi: Float64Array }[];
}

/** Runs the plan's draws (rank-draws.ts): the same numbers on any thread, as every stream is seeded per indicator and level. */
export function runDrawPlan(plan: DrawPlan): DrawIntervals {
  const draws = levelDraws(plan.regions);
  const indicators = plan.indicators.map((input) =>
    draws.indicator({ counts: nullableValues(input.counts), denominators: nullableValues(input.denominators), direction: input.direction, seed: input.seed }),
  );
  const themes = plan.themes.map((theme) =>
    draws.theme(
      theme.parts.map((part): Drawn | Float64Array => {
        if (typeof part !== 'number') return part;
        const drawn = indicators[part];
        if (!drawn) throw new Error(`draw plan: a theme names indicator ${part} of ${indicators.length}`);
        return drawn;
      }),
      theme.weights,
      theme.rule,
    ),
  );
  draws.run();
  return { indicators: indicators.map((d) => d.interval()), themes: themes.map((d) => d.interval()) };
}

/** The buffers of the intervals, to be moved (not copied) to the thread that asked for them. */
export const intervalBuffers = (intervals: DrawIntervals): ArrayBuffer[] => [
  ...new Set([...intervals.indicators, ...intervals.themes].flatMap(({ lo, hi }) => [lo.buffer, hi.buffer]).filter((b) => b instanceof ArrayBuffer)),
];
