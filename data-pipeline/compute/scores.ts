import { nanColumn, percentileRanks, themeScore, zScores } from '@atlas/maths';
import type { Direction, IndicatorDefinition } from '../../indicators/catalog/types.ts';
import type { IndicatorId, Level, ThemeId } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import type { IndicatorCell } from './indicator-cell.ts';
import type { IndicatorResult } from './indicator-values.ts';
import { nanAsNull, type ByCode, type IndicatorScores, type ThemeCell, type ThemeInput } from './score-types.ts';
import { drawCacheEntry, type DrawCache } from './uncertainty/draw-cache.ts';
import { runDrawPlan, type DrawIntervals, type DrawPlan } from './uncertainty/draw-plan.ts';
import { startDrawWorker, type DrawWorker } from './uncertainty/draws-on-worker.ts';
import { levelDrawPlan, levelUncertainty, type LevelInputs, type LevelUncertainty } from './uncertainty/level-uncertainty.ts';

/**
 * Percentiles and z-scores of one indicator on one level, among its regions with a value. `ordered`: its cells in the
 * level's register order; `position`: region code → index in that order, shared by every indicator of the level, so an
 * indicator's scores are two arrays, not two Maps of every region (15 MB for the buurten of 13 indicators).
 */
function scoreIndicator(
  ordered: readonly (IndicatorCell | undefined)[],
  national: number | null,
  direction: Direction,
  position: ReadonlyMap<string, number>,
): ScoredIndicator {
  const values = ordered.map((cell) => cell?.value ?? null);
  const percentiles = percentileRanks(values, direction);
  // kept to the end of the build and read only here: typed (NaN = null; a z of values with a spread is finite), not
  // ~14,500 boxed numbers per buurt indicator
  const z = nanColumn(zScores(values, national));
  const byCode = (cell: (i: number) => number | null): ByCode => ({
    get: (code) => {
      const i = position.get(code);
      return i === undefined ? undefined : cell(i);
    },
  });
  return {
    scores: { percentile: byCode((i) => percentiles[i] ?? null), z: byCode((i) => nanAsNull(z[i])) },
    percentiles,
  };
}

/** An indicator's scores, and its percentiles in register order (what the theme scores and the intervals read). */
interface ScoredIndicator {
  scores: IndicatorScores;
  percentiles: readonly (number | null)[];
}

/**
 * Theme score per region: the weighted mean of the percentiles of the theme's indicators that exist
 * on this level; null when less than `minWeightShare` of that weight has a value. A level with fewer
 * than `minIndicators` of the theme's indicators gets no theme score ('not_on_level'). A region that lost
 * its score because some of its indicators were withheld for too few inhabitants says so
 * ('below_min_population'), so the map hatches it like those indicators instead of calling it unknown.
 * `percentiles` and `cells`: per indicator on the level, its percentiles and its cells in the order of `codes`.
 */
function scoreTheme(
  theme: ThemeInput,
  codes: readonly string[],
  percentiles: ReadonlyMap<string, readonly (number | null)[]>,
  cells: LevelInputs['cells'],
): Map<string, ThemeCell> {
  const onLevel = theme.indicators.flatMap((entry) => {
    const column = percentiles.get(entry.id);
    return column ? [{ ...entry, column }] : [];
  });
  const result = new Map<string, ThemeCell>();
  // one parts array for the theme, refilled per region: themeScore reads it in member order, as before
  const parts = onLevel.map((entry) => ({ percentile: null as number | null, weight: entry.weight }));
  codes.forEach((code, i) => {
    if (onLevel.length < theme.minIndicators) {
      result.set(code, { score: null, indicators: 0, weightShare: 0, reason: 'not_on_level' });
      return;
    }
    onLevel.forEach((entry, j) => {
      const part = parts[j];
      if (part) part.percentile = entry.column[i] ?? null;
    });
    const { score, indicators, weightShare } = themeScore(parts, theme.minWeightShare);
    const tooSmall =
      score === null && onLevel.some((entry, j) => parts[j]?.percentile === null && cells.get(entry.id as IndicatorId)?.[i]?.reason === 'below_min_population');
    result.set(code, { score, indicators, weightShare, reason: score === null ? (tooSmall ? 'below_min_population' : 'insufficient_weight') : null });
  });
  return result;
}

export interface LevelScores {
  scores: Map<IndicatorId, IndicatorScores>;
  themes: Map<ThemeId, Map<string, ThemeCell>>;
  /** Intervals, smoothing, significance and percentile intervals (arrays in the register's order of the level). */
  uncertainty: LevelUncertainty;
}

/** A level's scores, whose uncertainty may still wait for its simulated draws. */
export interface PendingLevelScores extends Omit<LevelScores, 'uncertainty'> {
  uncertainty: Promise<LevelUncertainty>;
}

/** Every level's scores; the buurt level's uncertainty follows when its draws come back from their worker thread. */
export interface Scoring {
  levels: Record<Level, PendingLevelScores>;
  /** Every level complete (rejects when the draws failed). */
  complete(): Promise<Record<Level, LevelScores>>;
  /** Ends the draws' worker: once every level is complete, or for a build that fails before it needs them. */
  stop(): Promise<void>;
  /** The levels whose intervals were read from the draw cache instead of drawn. */
  drawsFromCache: Level[];
}

/**
 * Per level: the scores of every indicator that exists there, every theme's score per region, and their
 * uncertainty. The plain percentiles and theme scores are made from the raw values (manifest `uncertainty.defaultScores`).
 * The buurt level's simulated draws, the largest piece of the build's JavaScript, run on a worker thread
 * (draws-on-worker.ts) from the moment their inputs exist, while this thread scores the other levels and the build
 * goes on (geometry, neighbours, the other levels' tables) until the buurt table needs them. Every draw stream is seeded per
 * indicator and level, so the numbers do not depend on the thread. With a `drawCache` a level whose plan the cache
 * holds is not drawn at all (draw-cache.ts), and the worker starts only when the buurt level must be drawn.
 */
export function scoreLevels(
  results: readonly IndicatorResult[],
  indicators: readonly IndicatorDefinition[],
  themes: readonly ThemeInput[],
  register: RegionRegister,
  drawCache: DrawCache | null,
): Scoring {
  const direction = new Map(indicators.map((i) => [i.id, i.direction]));
  const definitions = new Map(indicators.map((i) => [i.id, i]));
  const indicatorScores = (level: Level) => {
    const codes = register.byLevel[level].map((r) => r.code);
    const position = new Map(codes.map((code, i) => [code, i]));
    const scores = new Map<IndicatorId, IndicatorScores>();
    const cells = new Map<IndicatorId, (IndicatorCell | undefined)[]>();
    const percentiles = new Map<IndicatorId, readonly (number | null)[]>();
    for (const result of results) {
      const resultDirection = direction.get(result.id);
      if (resultDirection === undefined) throw new Error(`indicator ${result.id} was computed but is not in the build's catalogue`);
      const byCode = result.levels[level];
      if (!byCode) continue;
      const ordered = codes.map((code) => byCode.get(code));
      const s = scoreIndicator(ordered, result.national, resultDirection, position);
      cells.set(result.id, ordered);
      scores.set(result.id, s.scores);
      percentiles.set(result.id, s.percentiles);
    }
    const inputs: LevelInputs = { level, codes, results, definitions, themes, cells, percentiles };
    return { inputs, scores, plan: levelDrawPlan(inputs) };
  };
  const finish = ({ inputs, scores, plan }: ReturnType<typeof indicatorScores>, intervals: Promise<DrawIntervals>): PendingLevelScores => {
    const { codes, percentiles, cells } = inputs;
    const themeCells = new Map(themes.map((theme) => [theme.id, scoreTheme(theme, codes, percentiles, cells)]));
    const themeScores = new Map([...themeCells].map(([id, cells]) => [id, codes.map((code) => cells.get(code)?.score ?? null)]));
    const uncertainty = levelUncertainty(inputs, plan, intervals, themeScores);
    uncertainty.catch(() => {}); // awaited later (or the build fails elsewhere first): not an unhandled rejection meanwhile
    return { scores, themes: themeCells, uncertainty };
  };

  const drawsFromCache: Level[] = [];
  /** The level's intervals: from the cache, else drawn by `draw` (and then stored). */
  const intervalsOf = (level: Level, plan: DrawPlan, draw: (plan: DrawPlan) => Promise<DrawIntervals>): Promise<DrawIntervals> => {
    const entry = drawCache && drawCacheEntry(drawCache, plan);
    if (entry?.intervals) {
      drawsFromCache.push(level);
      return Promise.resolve(entry.intervals);
    }
    const drawn = draw(plan);
    // levelUncertainty widens the intervals in place: it is given the promise that settles once they are stored
    return entry ? drawn.then((intervals) => (entry.store(intervals), intervals)) : drawn;
  };
  let worker: DrawWorker | null = null;
  const stop = async () => worker?.stop();
  try {
    // the buurt level's draws, most of all, go to the worker first; the other levels' are drawn here meanwhile (on the
    // worker as well they made it the longer path: the main thread then waited for the buurt intervals)
    const buurt = indicatorScores('buurt');
    const buurtIntervals = intervalsOf('buurt', buurt.plan.plan, (plan) => {
      const started = startDrawWorker();
      worker = started;
      // the worker's heap goes as soon as it has answered, not only at the end: the buurt table is the build's peak
      const answered = started.draw(plan, 'the buurt level');
      answered.finally(started.stop).catch(() => {});
      return answered;
    });
    const here = (level: Level) => {
      const scored = indicatorScores(level);
      return finish(
        scored,
        intervalsOf(level, scored.plan.plan, (plan) => Promise.resolve(runDrawPlan(plan))),
      );
    };
    const levels = { gemeente: here('gemeente'), wijk: here('wijk'), buurt: finish(buurt, buurtIntervals) };
    const complete = async (level: Level): Promise<LevelScores> => ({ ...levels[level], uncertainty: await levels[level].uncertainty });
    return {
      levels,
      complete: async () => ({ gemeente: await complete('gemeente'), wijk: await complete('wijk'), buurt: await complete('buurt') }),
      stop,
      drawsFromCache,
    };
  } catch (error) {
    void stop();
    throw error;
  }
}
