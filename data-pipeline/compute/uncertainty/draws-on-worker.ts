import { Worker } from 'node:worker_threads';
import type { DrawIntervals, DrawPlan } from './draw-plan.ts';
import { drawWorkerStart } from './draw-worker-url.ts';

/** A worker thread that makes the simulated draws of the plans given to it, one after another. */
export interface DrawWorker {
  /** The intervals of `plan`; rejects, naming `what`, when the worker fails or is stopped first. */
  draw(plan: DrawPlan, what: string): Promise<DrawIntervals>;
  /** Ends the worker (when every answer is in, or when a build that failed elsewhere must not wait for it). */
  stop(): Promise<void>;
}

/**
 * Starts a worker thread for the simulated draws (the build is single-threaded JavaScript and the draws its largest
 * piece), so the main thread goes on with the rest of the build meanwhile. A plan's arrays are copied to the worker
 * (the main thread still reads its fixed percentile columns, for the smoothed theme scores); the intervals come back
 * moved. A worker that throws or exits rejects every plan it has not answered, with what it said.
 */
export function startDrawWorker(): DrawWorker {
  const start = drawWorkerStart();
  const worker = new Worker(start.code, { eval: start.eval });
  const pending = new Map<number, { what: string; resolve: (intervals: DrawIntervals) => void; reject: (error: Error) => void }>();
  let ended: string | null = null;
  const fail = (reason: string) => {
    ended ??= reason;
    for (const { what, reject } of pending.values()) reject(new Error(`the simulated draws of ${what} failed on their worker thread: ${reason}`));
    pending.clear();
  };
  worker.on('message', ({ id, intervals }: { id: number; intervals: DrawIntervals }) => {
    pending.get(id)?.resolve(intervals);
    pending.delete(id);
  });
  worker.once('error', (error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  worker.once('exit', (code) => fail(`it exited (code ${code}) without an answer`));
  worker.on('messageerror', (error) => fail(`its answer could not be read: ${error.message}`));
  let next = 0;
  return {
    draw(plan, what) {
      const id = next++;
      const intervals = new Promise<DrawIntervals>((resolve, reject) => {
        if (ended !== null) reject(new Error(`the simulated draws of ${what} failed on their worker thread: ${ended}`));
        else pending.set(id, { what, resolve, reject });
      });
      // a rejection before anyone awaits must not count as unhandled: the caller awaits it (or stops the worker)
      intervals.catch(() => {});
      if (ended === null) worker.postMessage({ id, plan });
      return intervals;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
