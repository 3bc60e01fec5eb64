/** One indicator's value on one region; its own module so indicator-values.ts and the modules it calls share it without a cycle. */
import type { MissingReason } from '@atlas/contract';

export interface IndicatorCell {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: MissingReason | null;
}
