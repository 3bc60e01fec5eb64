/**
 * Gi* for every indicator value and theme score of a level with geometry, over its contiguity neighbours. The
 * values are the published (raw) values and the default theme scores, so analysts can reproduce the z from the
 * published columns and the neighbours file alone.
 */
import type { IndicatorId, Level, ThemeId } from '@atlas/contract';
import type { RegionRegister } from '../../regions/register.ts';
import type { IndicatorResult } from '../indicator-values.ts';
import type { LevelScores } from '../scores.ts';
import { hotspotColumn, neighbourIndices, type HotspotColumn } from './gi-star.ts';
import type { LevelNeighbours } from './level-neighbours.ts';

export interface LevelHotspots {
  level: Level;
  graph: LevelNeighbours;
  /** Neighbour indices in the register's order of the level. */
  neighbours: number[][];
  indicators: Map<IndicatorId, HotspotColumn>;
  themes: Map<ThemeId, HotspotColumn>;
}

export function levelHotspots(
  level: Level,
  graph: LevelNeighbours,
  results: readonly IndicatorResult[],
  scored: Pick<LevelScores, 'themes'>,
  register: RegionRegister,
): LevelHotspots {
  const codes = register.byLevel[level].map((r) => r.code);
  const neighbours = neighbourIndices(codes, graph);
  const indicators = new Map<IndicatorId, HotspotColumn>();
  for (const result of results) {
    const cells = result.levels[level];
    if (!cells) continue;
    indicators.set(
      result.id,
      hotspotColumn(
        codes.map((code) => cells.get(code)?.value ?? null),
        neighbours,
      ),
    );
  }
  const themes = new Map<ThemeId, HotspotColumn>();
  for (const [id, cells] of scored.themes) {
    themes.set(
      id,
      hotspotColumn(
        codes.map((code) => cells.get(code)?.score ?? null),
        neighbours,
      ),
    );
  }
  return { level, graph, neighbours, indicators, themes };
}
