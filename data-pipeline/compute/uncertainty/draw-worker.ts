/**
 * Worker thread entry: runs each draw plan (draw-plan.ts) that draws-on-worker.ts sends, in the order sent, and
 * sends back its intervals, their buffers moved rather than copied. Imports only the draw code, so it starts in a
 * fraction of the build's own start (bundled: its own small file beside the CLI's bundle).
 */
import { parentPort } from 'node:worker_threads';
import { intervalBuffers, runDrawPlan, type DrawPlan } from './draw-plan.ts';

const port = parentPort;
if (!port) throw new Error('draw-worker.ts runs as a worker thread (draws-on-worker.ts), not on its own');
port.on('message', ({ id, plan }: { id: number; plan: DrawPlan }) => {
  const intervals = runDrawPlan(plan);
  port.postMessage({ id, intervals }, intervalBuffers(intervals));
});
