/** One indicator's value on one region; its own module so indicator-values.ts and the modules it calls share it without a cycle. */
import type { MissingReason } from '@atlas/contract';

export interface IndicatorCell {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: MissingReason | null;
}

const missingCells = new Map<MissingReason, IndicatorCell>();

/**
 * The cell of a region without value, numerator and denominator, one object per reason shared by all of them: about
 * a third of the buurt cells are such cells, and an object each was ~10 MB kept to the end of the build. Cells are
 * replaced in their maps, never changed in place, so sharing one is safe.
 */
export function missingCell(reason: MissingReason): IndicatorCell {
  let cell = missingCells.get(reason);
  if (cell === undefined) {
    cell = { value: null, numerator: null, denominator: null, reason };
    missingCells.set(reason, cell);
  }
  return cell;
}
