import { describe, expect, it } from 'vitest';
import { runDrawPlan, type DrawPlan } from './draw-plan.ts';
import { drawsOnWorker } from './draws-on-worker.ts';
import { seedFor } from './seed.ts';

const regions = 40;
const column = (f: (i: number) => number) => Float64Array.from({ length: regions }, (_, i) => f(i));
const plan = (): DrawPlan => ({
  regions,
  indicators: [
    {
      counts: column((i) => (i % 7 === 0 ? Number.NaN : i % 5)),
      denominators: column((i) => 100 + i),
      direction: 'higher_is_risk',
      seed: seedFor('a', 'buurt'),
    },
    { counts: column((i) => (i * 3) % 11), denominators: column(() => 50), direction: 'lower_is_risk', seed: seedFor('b', 'buurt') },
  ],
  themes: [
    { parts: [0, 1, column((i) => (i % 3 === 0 ? Number.NaN : i * 2.5))], weights: [1, 2, 1], rule: { minWeightShare: 0.5, minIndicators: 2 } },
    { parts: [column((i) => i), column((i) => 100 - i)], weights: [1, 1], rule: { minWeightShare: 0.5, minIndicators: 1 } },
  ],
});

describe('draws on a worker thread', () => {
  it('give exactly the intervals of the same plan drawn on this thread', async () => {
    const draws = drawsOnWorker(plan(), 'a test level');
    const onWorker = await draws.intervals;
    await draws.stop();
    expect(onWorker).toEqual(runDrawPlan(plan()));
    expect(onWorker.indicators[0]?.lo[0]).toBeNaN();
  });

  it('fail with what went wrong when the worker throws, and end the worker', async () => {
    const broken: DrawPlan = { ...plan(), themes: [{ parts: [5], weights: [1], rule: { minWeightShare: 0.5, minIndicators: 1 } }] };
    const draws = drawsOnWorker(broken, 'a test level');
    await expect(draws.intervals).rejects.toThrow(/simulated draws of a test level failed on their worker thread: .*a theme names indicator 5 of 2/s);
    await draws.stop();
  });

  it('can be stopped before they answer', async () => {
    const draws = drawsOnWorker(plan(), 'a test level');
    await draws.stop();
    await expect(draws.intervals).rejects.toThrow(/exited .* without an answer/);
  });
});
