/**
 * How to start the draw worker (draw-worker.ts, beside this module): io/worker-start.ts, located from here. The
 * bundler allows the pipeline's worker-locating modules, and only them, to locate a file relative to themselves.
 */
import { bundledWorkerText, workerStart, type WorkerStart } from '../../io/worker-start.ts';

export const drawWorkerStart = (): WorkerStart => workerStart(import.meta.url, 'draw-worker');

/** The text of every module the draws run (the draw worker's bundle); null unbundled. The draw cache's key holds it. */
export const drawCodeText = (): string | null => bundledWorkerText(import.meta.url, 'draw-worker');
