/**
 * Score shapes shared by scores.ts and uncertainty/level-uncertainty.ts, kept apart so neither imports the other
 * for its types.
 */
import type { MissingReason, ThemeId } from '@atlas/contract';

export interface IndicatorScores {
  percentile: Map<string, number | null>;
  z: Map<string, number | null>;
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
