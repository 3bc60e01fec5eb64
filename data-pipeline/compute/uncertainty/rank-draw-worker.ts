/**
 * Worker side of rank-draw-pool.ts: simulates one indicator's percentile draws and their 2.5 / 97.5 % points.
 * The same seeded functions as on the main thread, so the numbers do not depend on where they were computed.
 */
import { parentPort } from 'node:worker_threads';
import { simulateRankInterval, type RankDrawRequest } from './rank-draws.ts';

parentPort?.on('message', (request: RankDrawRequest) => {
  const result = simulateRankInterval(request.input);
  parentPort?.postMessage(
    { id: request.id, result },
    [result.draws.values, result.lo, result.hi].map((column) => column.buffer as ArrayBuffer),
  );
});
