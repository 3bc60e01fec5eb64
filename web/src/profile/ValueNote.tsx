/**
 * The line under a value in a profile that says what the value is when it is not the published raw value: the
 * chosen year's (without the published year's interval), or corrected for small numbers (with the raw value).
 */
import type { IndicatorId } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { valueNote } from '../view/values-view.ts';
import '../view/values.css';

export function ValueNote({ table, id, row }: { table: RegionTable; id: IndicatorId | null; row: number }) {
  const note = valueNote(table, id, row);
  return note ? (
    <p className="value-note small" data-testid={`value-note-${id ?? 'theme'}`}>
      {note}
    </p>
  ) : null;
}
