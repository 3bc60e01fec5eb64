/**
 * Worker thread entry: prepares the one layer it was started with (geometry-on-worker.ts) and sends back the result,
 * or what went wrong in a form the main thread can turn into the same error again.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GeometryInputError } from './geometry-input-error.ts';
import { prepareLevelGeometry, type PrepareGeometryInput } from './prepare-level-geometry.ts';
import type { WorkerAnswer } from './geometry-on-worker.ts';

const port = parentPort;
if (!port) throw new Error('geometry-worker.ts runs as a worker thread (geometry-on-worker.ts), not on its own');
const answer = (message: WorkerAnswer): void => port.postMessage(message);
prepareLevelGeometry(workerData as PrepareGeometryInput).then(
  (prepared) => answer({ prepared }),
  (error: unknown) =>
    answer({
      failed:
        error instanceof GeometryInputError
          ? { kind: 'input', location: error.location, problem: error.problem }
          : error instanceof Error
            ? { kind: 'other', name: error.name, message: error.message, stack: error.stack ?? '' }
            : { kind: 'other', name: 'Error', message: String(error), stack: '' },
    }),
);
