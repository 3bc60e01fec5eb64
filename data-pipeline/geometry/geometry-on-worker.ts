import { Worker } from 'node:worker_threads';
import { GeometryInputError, type GeometryInputLocation } from './geometry-input-error.ts';
import type { WorkerStart } from '../io/worker-start.ts';
import { geometryWorkerStart } from './geometry-worker-url.ts';
import type { PrepareGeometryInput, PreparedGeometry } from './prepare-level-geometry.ts';

/** What the thread sends back: the layer, or its failure (an input error with what it was made from). */
export type WorkerAnswer =
  | { prepared: PreparedGeometry }
  | { failed: { kind: 'input'; location: GeometryInputLocation; problem: string } | { kind: 'other'; name: string; message: string; stack: string } };

/** The error of a layer whose build stopped before its preparing began. */
export const stoppedBefore = (sourcePath: string): Error => new Error(`geometry of ${sourcePath}: the build stopped before it began`);

function errorFrom(failed: Extract<WorkerAnswer, { failed: unknown }>['failed']): Error {
  if (failed.kind === 'input') return new GeometryInputError(failed.location, failed.problem);
  const error = new Error(failed.message);
  error.name = failed.name;
  if (failed.stack) error.stack = failed.stack; // the thread's, where it failed
  return error;
}

/**
 * prepareLevelGeometry on a worker thread of its own, ended when it has answered: mapshaper's clean of a large layer
 * takes up to a minute, which the main thread spends on the rest of the build meanwhile, and the layers are cleaned
 * side by side. The same result and the same errors as in this thread (an input error stays a GeometryInputError
 * naming file, feature and field). `signal` ends the thread early, for a build that failed elsewhere and must not wait
 * for it. `start`: the thread's code (a test's stand-in; the geometry worker otherwise).
 */
export function prepareLevelGeometryOnWorker(
  input: PrepareGeometryInput,
  signal?: AbortSignal,
  start: () => WorkerStart = geometryWorkerStart,
): Promise<PreparedGeometry> {
  return new Promise<PreparedGeometry>((resolve, reject) => {
    if (signal?.aborted) return reject(stoppedBefore(input.sourcePath));
    const { code, eval: isScript } = start();
    // the input crosses as it is (structured clone keeps the Set of codes a Set)
    const worker = new Worker(code, { eval: isScript, workerData: input });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      outcome();
      void worker.terminate();
    };
    const stop = (): void => settle(() => reject(new Error(`geometry of ${input.sourcePath}: stopped, the build ended first`)));
    signal?.addEventListener('abort', stop, { once: true });
    worker.once('message', (answer: WorkerAnswer) => settle(() => ('prepared' in answer ? resolve(answer.prepared) : reject(errorFrom(answer.failed)))));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`geometry of ${input.sourcePath}: its worker thread exited (code ${code}) without an answer`))),
    );
    worker.on('messageerror', (error) => settle(() => reject(new Error(`geometry of ${input.sourcePath}: its answer could not be read: ${error.message}`))));
  });
}
