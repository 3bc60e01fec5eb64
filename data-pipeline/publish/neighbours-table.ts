/** The neighbours table (contract NEIGHBOUR_COLUMNS): one row per region of every level with geometry. */
import { NEIGHBOUR_COLUMNS } from '@atlas/contract';
import type { LevelNeighbours } from '../compute/hotspots/level-neighbours.ts';
import { columnsFrom, publishedTable, type PublishedTable } from './columns.ts';

export function buildNeighboursTable(graphs: readonly LevelNeighbours[]): PublishedTable {
  const rows = graphs.flatMap((graph) =>
    [...graph.neighbours].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, list]) => ({ code, level: graph.level, list })),
  );
  return publishedTable(
    'neighbours',
    columnsFrom(NEIGHBOUR_COLUMNS, rows, {
      code: (r) => r.code,
      level: (r) => r.level,
      neighbour_count: (r) => r.list.length,
      neighbours: (r) => r.list.join(','),
    }),
  );
}
