import {
  createArgsortWorkspace,
  createDrawQuantiles,
  createRankSimulation,
  themeDrawScorer,
  type ArgsortWorkspace,
  type NumericColumn,
  type RankSimulationInput,
  type ThemeRule,
} from '@atlas/maths';
import { RANK_DRAWS } from './seed.ts';

/**
 * The draws of one level, made draw by draw: in each draw every simulated indicator ranks the level once and
 * every theme scores that draw's percentiles, and each keeps only what its 2.5 % and 97.5 % points need. All
 * draws of a buurt indicator took 12 MB, and the theme members' were kept until the themes were scored; each
 * indicator has its own seeded stream, so drawing them side by side gives the same numbers as one after another.
 */
export interface LevelDraws {
  /** An indicator's simulation (seeded): its current draw is the column the themes read. */
  indicator(input: RankSimulationInput): Drawn;
  /** A theme's scores of each draw from its members' current draws (`Drawn`) or fixed percentiles. */
  theme(parts: readonly (Drawn | NumericColumn)[], weights: readonly number[], rule: ThemeRule): Drawn;
  /** Makes all RANK_DRAWS draws of everything asked for so far, indicators first (in the order asked), then themes. */
  run(): void;
}

export interface Drawn {
  /**
   * The current draw, each value rounded to Float32 as when the draws were stored in Float32 (the themes score,
   * and the points are taken over, these rounded values). Held as doubles so that every column the themes and
   * the points read is a Float64Array: one element type keeps those loops monomorphic.
   */
  column: Float64Array;
  /** The 2.5 % and 97.5 % point over the draws of each region (NaN without a value); after `run`. */
  interval(): { lo: Float64Array; hi: Float64Array };
}

const PROBABILITIES = [0.025, 0.975];

interface Member extends Drawn {
  draw(): void;
}

function member(regions: number, draws: number, next: (column: Float32Array) => void): Member {
  const rounded = new Float32Array(regions);
  const column = new Float64Array(regions);
  const quantiles = createDrawQuantiles(regions, draws, PROBABILITIES);
  let interval: { lo: Float64Array; hi: Float64Array } | null = null;
  let present: Uint32Array | null = null;
  return {
    column,
    draw() {
      next(rounded);
      column.set(rounded);
      // a simulated indicator has a value where it has a count, a theme where it scores: the same regions every
      // draw, so after the first draw only those are read
      if (present) quantiles.add(column, present);
      else {
        quantiles.add(column);
        present = Uint32Array.from(column.keys()).filter((i) => !Number.isNaN(column[i]));
      }
    },
    interval() {
      if (!interval) {
        const [lo = new Float64Array(regions), hi = new Float64Array(regions)] = quantiles.quantiles();
        interval = { lo, hi };
      }
      return interval;
    },
  };
}

export function levelDraws(regions: number): LevelDraws {
  const argsort: ArgsortWorkspace = createArgsortWorkspace(regions); // shared: the indicators rank one after another
  const indicators: Member[] = [];
  const themes: Member[] = [];
  let ran = false;
  return {
    indicator(input) {
      const simulation = createRankSimulation(input, argsort);
      const drawn = member(regions, RANK_DRAWS, (column) => simulation.next(column));
      indicators.push(drawn);
      return drawn;
    },
    theme(parts, weights, rule) {
      const score = themeDrawScorer(weights, rule);
      const columns = parts.map((part) => ('interval' in part ? part.column : part));
      const simulated = parts.some((part) => 'interval' in part);
      // without a simulated member every draw is the same: one draw gives the same points
      const drawn = member(regions, simulated ? RANK_DRAWS : 1, (column) => score(columns, column));
      if (simulated) themes.push(drawn);
      else drawn.draw();
      return drawn;
    },
    run() {
      if (ran) throw new Error('levelDraws: run() twice');
      ran = true;
      for (let d = 0; d < RANK_DRAWS; d++) {
        for (const drawn of indicators) drawn.draw();
        for (const drawn of themes) drawn.draw();
      }
    },
  };
}
