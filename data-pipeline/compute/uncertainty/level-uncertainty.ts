/**
 * Uncertainty of one level: per indicator the value intervals (value-intervals.ts) and the 95 % interval of its
 * percentile from seeded simulated draws of every region's count; per theme the interval of the score from the
 * same draws, and the score from smoothed percentiles. Draws exist only for 'poisson' and 'wilson' indicators;
 * the others enter every draw with their fixed percentile. The draws are planned first (levelDrawPlan: typed
 * arrays, so that they can run on another thread) and their intervals put in place after (levelUncertainty).
 */
import { nanColumn, nullableValues, percentileRanks, themeScoreColumns, type NumericColumn } from '@atlas/maths';
import type { IndicatorId, Level, ThemeId } from '@atlas/contract';
import type { IndicatorDefinition } from '../../../indicators/catalog/types.ts';
import type { IndicatorCell } from '../indicator-cell.ts';
import type { IndicatorResult } from '../indicator-values.ts';
import type { ThemeInput } from '../score-types.ts';
import type { DrawIntervals, DrawPlan } from './draw-plan.ts';
import { hasCountInterval, rateScale, uncertaintyMethod } from './method.ts';
import { seedFor } from './seed.ts';
import { countsAreCounts, noValues, sharedIfEmpty, valueIntervals, type ValueIntervals } from './value-intervals.ts';

export interface IndicatorUncertainty extends ValueIntervals {
  pctLo: (number | null)[];
  pctHi: (number | null)[];
  /** Percentile of the smoothed value ('poisson' only). */
  pctEb: (number | null)[];
}

export interface ThemeUncertainty {
  lo: (number | null)[];
  hi: (number | null)[];
  eb: (number | null)[];
}

/** Arrays are in the order of register.byLevel[level]. */
export interface LevelUncertainty {
  indicators: Map<IndicatorId, IndicatorUncertainty>;
  themes: Map<ThemeId, ThemeUncertainty>;
}

/** What a level's uncertainty is computed from. */
export interface LevelInputs {
  level: Level;
  /** The level's region codes in register order. */
  codes: readonly string[];
  results: readonly IndicatorResult[];
  definitions: ReadonlyMap<IndicatorId, IndicatorDefinition>;
  themes: readonly ThemeInput[];
  /** Per indicator scored on the level, its cells in register order (made once, for the scores, the plan and this). */
  cells: ReadonlyMap<IndicatorId, readonly (IndicatorCell | undefined)[]>;
  /** Per indicator scored on the level, its percentiles in register order. */
  percentiles: ReadonlyMap<IndicatorId, readonly (number | null)[]>;
}

/** A level's draw plan, which indicator and theme each of its entries is, and the fixed columns it made. */
export interface LevelDrawPlan {
  plan: DrawPlan;
  indicatorIds: IndicatorId[];
  themeIds: ThemeId[];
  /** An indicator's fixed percentile column (NaN = none), made once per level for the plan and the smoothed scores. */
  fixed: (id: IndicatorId) => Float64Array;
}

const toNullable = (column: Float64Array): (number | null)[] => sharedIfEmpty(nullableValues(column));

/** The indicators of the level, each with its definition and cells in register order. */
function* levelIndicators({ results, definitions, cells }: LevelInputs) {
  for (const result of results) {
    const ordered = cells.get(result.id);
    const definition = definitions.get(result.id);
    if (!ordered || !definition) continue;
    yield { result, definition, method: uncertaintyMethod(definition), ordered };
  }
}

/** The theme's members that are scored on the level, or null when the level has too few of them for a score. */
function themeMembers(theme: ThemeInput, percentiles: LevelInputs['percentiles']) {
  const members = theme.indicators.filter((m) => percentiles.has(m.id as IndicatorId));
  return members.length === 0 || members.length < theme.minIndicators ? null : members.map((m) => ({ id: m.id as IndicatorId, weight: m.weight }));
}

/** Fixed percentile columns (NaN = none), made once per indicator. */
function fixedColumns({ codes, percentiles }: LevelInputs): (id: IndicatorId) => Float64Array {
  const made = new Map<IndicatorId, Float64Array>();
  return (id) => {
    let column = made.get(id);
    if (!column) {
      column = nanColumn(percentiles.get(id) ?? codes.map(() => null));
      made.set(id, column);
    }
    return column;
  };
}

/** The level's simulated draws: every indicator with a count interval and counts, and every theme with a score. */
export function levelDrawPlan(inputs: LevelInputs): LevelDrawPlan {
  const plan: DrawPlan = { regions: inputs.codes.length, indicators: [], themes: [] };
  const indicatorIds: IndicatorId[] = [];
  for (const { result, definition, method, ordered } of levelIndicators(inputs)) {
    const counted = ordered.map((c) => (c && c.value !== null ? c : null));
    if (!(hasCountInterval(method) && countsAreCounts(ordered) && counted.some((c) => c !== null && c.numerator !== null))) continue;
    indicatorIds.push(result.id);
    plan.indicators.push({
      counts: nanColumn(counted.map((c) => c?.numerator ?? null)),
      denominators: nanColumn(counted.map((c) => c?.denominator ?? null)),
      direction: definition.direction,
      seed: seedFor(result.id, inputs.level),
    });
  }
  const fixed = fixedColumns(inputs);
  const themeIds: ThemeId[] = [];
  for (const theme of inputs.themes) {
    const members = themeMembers(theme, inputs.percentiles);
    if (!members) continue;
    themeIds.push(theme.id);
    plan.themes.push({
      parts: members.map((m) => (indicatorIds.includes(m.id) ? indicatorIds.indexOf(m.id) : fixed(m.id))),
      weights: members.map((m) => m.weight),
      rule: { minWeightShare: theme.minWeightShare, minIndicators: theme.minIndicators },
    });
  }
  return { plan, indicatorIds, themeIds, fixed };
}

/** How far a point may lie outside its drawn interval by rounding alone: draws are kept as float32 (~1e-5 on 0–100). */
export const DRAW_ROUNDING = 1e-4;

/**
 * Widens each region's interval, in place, to hold its published point. The published percentile gives tied values
 * their shared mid-rank; the draws part the ties, and can leave that mid-rank just outside their 2.5–97.5 % range
 * (wijk WK075300: 0 vernielingen like many small wijken, percentile 17.1, draws 15.9–16.5). An interval shown beside
 * a number must contain it. A point outside by no more than the draws' rounding is left as it is.
 */
function holdingPoint(interval: { lo: Float64Array; hi: Float64Array }, point: readonly (number | null)[] | undefined): { lo: Float64Array; hi: Float64Array } {
  const { lo, hi } = interval;
  if (!point) return interval;
  for (let i = 0; i < lo.length; i++) {
    const p = point[i] ?? null;
    const l = lo[i] ?? Number.NaN;
    const h = hi[i] ?? Number.NaN;
    if (p === null || l !== l || h !== h) continue;
    if (p < l - DRAW_ROUNDING) lo[i] = p;
    if (p > h + DRAW_ROUNDING) hi[i] = p;
  }
  return interval;
}

/**
 * The level's uncertainty, with the intervals of its draw plan (`drawn`: the plan's ids, `intervals`: what its draws
 * gave), each widened where needed to hold the published percentile or theme score (`themeScores`, in register order).
 */
export async function levelUncertainty(
  inputs: LevelInputs,
  drawn: LevelDrawPlan,
  intervals: Promise<DrawIntervals>,
  themeScores: ReadonlyMap<ThemeId, readonly (number | null)[]>,
): Promise<LevelUncertainty> {
  const { codes } = inputs;
  const indicators = new Map<IndicatorId, IndicatorUncertainty>();
  for (const { result, definition, method, ordered } of levelIndicators(inputs)) {
    const values = valueIntervals(ordered, method, rateScale(definition, inputs.level), result.national);
    const none = noValues(codes.length);
    const entry: IndicatorUncertainty = { ...values, pctLo: none, pctHi: none, pctEb: none };
    if (method === 'poisson') entry.pctEb = sharedIfEmpty(percentileRanks(values.eb, definition.direction));
    indicators.set(result.id, entry);
  }

  const { fixed } = drawn;
  const themeResults = new Map<ThemeId, ThemeUncertainty>();
  for (const theme of inputs.themes) {
    const members = themeMembers(theme, inputs.percentiles);
    const empty = noValues(codes.length);
    if (!members) {
      themeResults.set(theme.id, { lo: empty, hi: empty, eb: empty });
      continue;
    }
    const smoothedColumns: NumericColumn[] = members.map((m) => {
      const smoothed = indicators.get(m.id)?.pctEb;
      return smoothed && smoothed.some((v) => v !== null) ? nanColumn(smoothed) : fixed(m.id);
    });
    const rule = { minWeightShare: theme.minWeightShare, minIndicators: theme.minIndicators };
    const eb = themeScoreColumns(
      smoothedColumns,
      members.map((m) => m.weight),
      rule,
    );
    themeResults.set(theme.id, { lo: empty, hi: empty, eb: toNullable(eb) });
  }

  const drawnIntervals = await intervals;
  drawn.indicatorIds.forEach((id, j) => {
    const entry = indicators.get(id);
    const interval = drawnIntervals.indicators[j];
    if (!entry || !interval) return;
    const { lo, hi } = holdingPoint(interval, inputs.percentiles.get(id));
    Object.assign(entry, { pctLo: toNullable(lo), pctHi: toNullable(hi) });
  });
  drawn.themeIds.forEach((id, j) => {
    const entry = themeResults.get(id);
    const interval = drawnIntervals.themes[j];
    if (!entry || !interval) return;
    const { lo, hi } = holdingPoint(interval, themeScores.get(id));
    Object.assign(entry, { lo: toNullable(lo), hi: toNullable(hi) });
  });
  return { indicators, themes: themeResults };
}
