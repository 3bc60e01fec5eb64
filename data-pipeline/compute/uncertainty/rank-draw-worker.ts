/**
 * Worker side of rank-draw-pool.ts: simulates one indicator's percentile draws and their 2.5 / 97.5 % points.
 * The same seeded functions as on the main thread, so the numbers do not depend on where they were computed.
 */
import { parentPort } from 'node:worker_threads';
import { simulateRankInterval, type RankDrawRequest } from './rank-draws.ts';

parentPort?.on('message', (request: RankDrawRequest) => {
  const result = simulateRankInterval(request.input, request.keepDraws);
  const columns = [result.lo, result.hi, ...(result.draws ? [result.draws.values] : [])];
  parentPort?.postMessage(
    { id: request.id, result },
    columns.map((column) => column.buffer as ArrayBuffer),
  );
});
