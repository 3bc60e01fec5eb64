import { Worker } from 'node:worker_threads';
import type { DrawIntervals, DrawPlan } from './draw-plan.ts';
import { drawWorkerStart } from './draw-worker-url.ts';

/** Draws running on a worker thread; `intervals` settles once, and the worker is gone by then. */
export interface DrawsOnWorker {
  intervals: Promise<DrawIntervals>;
  /** Ends the worker if it still runs (a build that failed elsewhere must not wait for it, nor leave it running). */
  stop(): Promise<void>;
}

/**
 * Runs a level's draw plan on a worker thread (the build is single-threaded JavaScript and the draws of the buurt
 * level its largest piece), so the main thread scores the other levels meanwhile. The plan's arrays are copied to
 * the worker (the main thread still reads the fixed percentile columns); the intervals come back moved.
 * A worker that throws, or exits without an answer, rejects `intervals` with what it said.
 */
export function drawsOnWorker(plan: DrawPlan, what: string): DrawsOnWorker {
  const start = drawWorkerStart();
  const worker = new Worker(start.code, { eval: start.eval });
  const intervals = new Promise<DrawIntervals>((resolve, reject) => {
    const fail = (reason: string) => reject(new Error(`the simulated draws of ${what} failed on their worker thread: ${reason}`));
    worker.once('message', (answer: DrawIntervals) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', (error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    worker.once('exit', (code) => fail(`it exited (code ${code}) without an answer`));
    worker.once('messageerror', (error) => fail(`its answer could not be read: ${error.message}`));
  });
  // a rejection before anyone awaits must not count as unhandled: the caller awaits it (or stops the worker)
  intervals.catch(() => {});
  worker.postMessage(plan);
  return {
    intervals,
    stop: async () => {
      await worker.terminate();
    },
  };
}
