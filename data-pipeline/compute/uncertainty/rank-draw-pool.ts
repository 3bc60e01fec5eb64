/**
 * The percentile draws are the biggest single share of the build's CPU (200 rankings per indicator and level) and
 * every indicator's draws are independent and seeded, so they can run on worker threads while the main thread
 * combines the draws that have arrived into theme intervals; the numbers are the same wherever they ran.
 * ATLAS_DRAW_WORKERS=N turns N workers on. Off by default: measured on the shared 2-core machine (load 16–20), one
 * worker added ~80 MB peak memory and ~0.4 s CPU and gained no wall time (bench/pipeline.ts; issue 18's memory
 * goal is the further off); measured again at load ~5 after the draws got cheaper: +0.7 s CPU, no wall gain. Where a worker cannot start (a test runner that loads TypeScript only on its own
 * thread), its draws are computed on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RankSimulationInput } from '@atlas/maths';
import { simulateRankInterval, type RankDrawRequest, type RankInterval } from './rank-draws.ts';

export type SimulateRanks = (input: RankSimulationInput, keepDraws: boolean) => Promise<RankInterval>;

interface Pending {
  request: RankDrawRequest;
  done: (result: RankInterval) => void;
  fail: (error: unknown) => void;
}

const WORKER_URL = new URL('./rank-draw-worker.ts', import.meta.url);

function workerCount(): number {
  const asked = Number(process.env.ATLAS_DRAW_WORKERS);
  return process.env.ATLAS_DRAW_WORKERS && Number.isInteger(asked) && asked >= 0 ? Math.min(asked, availableParallelism()) : 0;
}

/** Runs `work` with a pool of draw workers and ends the workers afterwards, also when `work` fails. */
export async function withRankDrawPool<T>(work: (simulate: SimulateRanks) => Promise<T>): Promise<T> {
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let broken = workerCount() === 0;
  let nextId = 0;

  const inline = (job: Pending) => {
    try {
      job.done(simulateRankInterval(job.request.input, job.request.keepDraws));
    } catch (error) {
      job.fail(error);
    }
  };
  const dispatch = () => {
    while (queue.length > 0) {
      if (broken) {
        inline(queue.shift() as Pending);
        continue;
      }
      const worker = idle.pop();
      if (!worker) return;
      const job = queue.shift() as Pending;
      busy.set(worker, job);
      worker.postMessage(job.request);
    }
  };

  const workers = Array.from({ length: workerCount() }, () => {
    const worker = new Worker(WORKER_URL);
    worker.on('message', ({ result }: { id: number; result: RankInterval }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      job?.done(result);
      dispatch();
    });
    worker.on('error', () => {
      // cannot load (no TypeScript loader on worker threads): finish everything here
      broken = true;
      const job = busy.get(worker);
      busy.delete(worker);
      if (job) inline(job);
      dispatch();
    });
    idle.push(worker);
    return worker;
  });

  const simulate: SimulateRanks = (input, keepDraws) =>
    new Promise<RankInterval>((done, fail) => {
      queue.push({ request: { id: nextId++, input, keepDraws }, done, fail });
      dispatch();
    });
  try {
    return await work(simulate);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
