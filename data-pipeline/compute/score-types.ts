/**
 * Score shapes shared by scores.ts and uncertainty/level-uncertainty.ts, kept apart so neither imports the other
 * for its types.
 */
import type { MissingReason, ThemeId } from '@atlas/contract';

/** A level's value per region code (undefined for a code not on the level). */
export interface ByCode {
  get(code: string): number | null | undefined;
}

export interface IndicatorScores {
  percentile: ByCode;
  z: ByCode;
}

export interface ThemeCell {
  score: number | null;
  indicators: number;
  weightShare: number;
  reason: MissingReason | null;
}

export interface ThemeInput {
  id: ThemeId;
  minWeightShare: number;
  minIndicators: number;
  indicators: readonly { id: string; weight: number }[];
}

/** A cell of a typed column that holds none as NaN (Gi* z/p/q, z-scores): null for NaN or past the end. */
export const nanAsNull = (value: number | undefined): number | null => (value === undefined || Number.isNaN(value) ? null : value);
