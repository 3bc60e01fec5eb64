import { describe, expect, it } from 'vitest';
import { runDrawPlan } from './draw-plan.ts';
import { startDrawWorker } from './draws-on-worker.ts';
import { testDrawPlan } from '../../../tests/support/test-draw-plan.ts';

const plan = testDrawPlan;

describe('draws on a worker thread', () => {
  it('give exactly the intervals of the same plans drawn on this thread, plan by plan', async () => {
    const worker = startDrawWorker();
    const first = worker.draw(plan(), 'a test level');
    const second = worker.draw({ ...plan(), themes: [] }, 'another level');
    expect(await first).toEqual(runDrawPlan(plan()));
    expect(await second).toEqual(runDrawPlan({ ...plan(), themes: [] }));
    expect((await first).indicators[0]?.lo[0]).toBeNaN();
    await worker.stop();
  });

  it('fail with what went wrong when the worker throws, for every plan not answered', async () => {
    const worker = startDrawWorker();
    const broken = worker.draw({ ...plan(), themes: [{ parts: [5], weights: [1], rule: { minWeightShare: 0.5, minIndicators: 1 } }] }, 'a test level');
    const after = worker.draw(plan(), 'the next level');
    await expect(broken).rejects.toThrow(/simulated draws of a test level failed on their worker thread: .*a theme names indicator 5 of 2/s);
    await expect(after).rejects.toThrow(/simulated draws of the next level failed on their worker thread: .*a theme names indicator 5 of 2/s);
    await expect(worker.draw(plan(), 'a late level')).rejects.toThrow(/a late level failed/);
    await worker.stop();
  });

  it('can be stopped before they answer', async () => {
    const worker = startDrawWorker();
    const intervals = worker.draw(plan(), 'a test level');
    await worker.stop();
    await expect(intervals).rejects.toThrow(/exited .* without an answer/);
  });
});
