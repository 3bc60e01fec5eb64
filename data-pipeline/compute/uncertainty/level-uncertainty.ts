/**
 * Uncertainty of one level: per indicator the value intervals (value-intervals.ts) and the 95 % interval of its
 * percentile from seeded simulated draws of every region's count; per theme the interval of the score from the
 * same draws, and the score from smoothed percentiles. Draws exist only for 'poisson' and 'wilson' indicators;
 * the others enter every draw with their fixed percentile.
 */
import { percentileRanks, themeScoreColumns, type NumericColumn } from '@atlas/maths';
import type { IndicatorId, Level, ThemeId } from '@atlas/contract';
import type { IndicatorDefinition } from '../../../indicators/catalog/types.ts';
import type { RegionRegister } from '../../regions/register.ts';
import type { IndicatorResult } from '../indicator-values.ts';
import type { ThemeInput } from '../score-types.ts';
import { hasCountInterval, rateScale, uncertaintyMethod } from './method.ts';
import { levelDraws, type Drawn } from './rank-draws.ts';
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

// plain loops: Array.from and Float64Array.from with a mapping function go through an iterator and a call per value
function toNullable(column: Float64Array): (number | null)[] {
  const values: (number | null)[] = [];
  for (let i = 0; i < column.length; i++) {
    const value = column[i] ?? Number.NaN;
    values.push(value === value ? value : null);
  }
  return sharedIfEmpty(values);
}
function toColumn(values: readonly (number | null)[]): Float64Array {
  const column = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) column[i] = values[i] ?? Number.NaN;
  return column;
}

export function levelUncertainty(
  level: Level,
  results: readonly IndicatorResult[],
  definitions: ReadonlyMap<IndicatorId, IndicatorDefinition>,
  themes: readonly ThemeInput[],
  /** Per indicator scored on the level, its percentiles in register order. */
  percentiles: ReadonlyMap<IndicatorId, readonly (number | null)[]>,
  register: RegionRegister,
): LevelUncertainty {
  const codes = register.byLevel[level].map((r) => r.code);
  const indicators = new Map<IndicatorId, IndicatorUncertainty>();
  const draws = levelDraws(codes.length);
  const simulated = new Map<IndicatorId, Drawn>();
  for (const result of results) {
    const cells = result.levels[level];
    const definition = definitions.get(result.id);
    if (!cells || !definition) continue;
    const method = uncertaintyMethod(definition);
    const ordered = codes.map((code) => cells.get(code));
    const intervals = valueIntervals(ordered, method, rateScale(definition, level), result.national);
    const none = noValues(codes.length);
    const entry: IndicatorUncertainty = { ...intervals, pctLo: none, pctHi: none, pctEb: none };
    const counted = ordered.map((c) => (c && c.value !== null ? c : null));
    if (hasCountInterval(method) && countsAreCounts(ordered) && counted.some((c) => c !== null && c.numerator !== null)) {
      const input = {
        counts: counted.map((c) => c?.numerator ?? null),
        denominators: counted.map((c) => c?.denominator ?? null),
        direction: definition.direction,
        seed: seedFor(result.id, level),
      };
      simulated.set(result.id, draws.indicator(input));
    }
    if (method === 'poisson') entry.pctEb = sharedIfEmpty(percentileRanks(intervals.eb, definition.direction));
    indicators.set(result.id, entry);
  }

  const percentileColumns = new Map<IndicatorId, NumericColumn>();
  const fixed = (id: IndicatorId): NumericColumn => {
    let column = percentileColumns.get(id);
    if (!column) {
      column = toColumn(percentiles.get(id) ?? codes.map(() => null));
      percentileColumns.set(id, column);
    }
    return column;
  };
  const themeResults = new Map<ThemeId, ThemeUncertainty>();
  const themeDraws = new Map<ThemeId, Drawn>();
  for (const theme of themes) {
    const members = theme.indicators.filter((m) => percentiles.has(m.id as IndicatorId));
    const empty = noValues(codes.length);
    if (members.length === 0 || members.length < theme.minIndicators) {
      themeResults.set(theme.id, { lo: empty, hi: empty, eb: empty });
      continue;
    }
    const rule = { minWeightShare: theme.minWeightShare, minIndicators: theme.minIndicators };
    const weights = members.map((m) => m.weight);
    themeDraws.set(
      theme.id,
      draws.theme(
        members.map((m) => simulated.get(m.id as IndicatorId) ?? fixed(m.id as IndicatorId)),
        weights,
        rule,
      ),
    );
    const smoothedColumns = members.map((m) => {
      const smoothed = indicators.get(m.id as IndicatorId)?.pctEb;
      return smoothed && smoothed.some((v) => v !== null) ? toColumn(smoothed) : fixed(m.id as IndicatorId);
    });
    const eb = themeScoreColumns(smoothedColumns, weights, rule);
    themeResults.set(theme.id, { lo: empty, hi: empty, eb: toNullable(eb) });
  }

  draws.run();
  for (const [id, drawn] of simulated) {
    const entry = indicators.get(id);
    const { lo, hi } = drawn.interval();
    if (entry) Object.assign(entry, { pctLo: toNullable(lo), pctHi: toNullable(hi) });
  }
  for (const [id, drawn] of themeDraws) {
    const entry = themeResults.get(id);
    const { lo, hi } = drawn.interval();
    if (entry) Object.assign(entry, { lo: toNullable(lo), hi: toNullable(hi) });
  }
  return { indicators, themes: themeResults };
}
