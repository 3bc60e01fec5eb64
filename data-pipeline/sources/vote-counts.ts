import { DataError } from '../errors.ts';
import type { SourceTable } from './source-table.ts';

export interface VoteLimit {
  /** The table column with the vote count, compared with `kiesgerechtigden`. */
  column: string;
  /** The source field the count came from, named in the error. */
  field: string;
  /** What the count is, in the error ("ballots", "valid votes"). */
  noun: string;
  /** The largest believable count as a multiple of the persons entitled to vote. */
  factor: number;
}

/** Rejects a gemeente whose vote count is more than `factor` × its persons entitled to vote: such counts cannot be right. */
export function rejectVotesAboveVoters(table: SourceTable, file: string, limit: VoteLimit): void {
  for (const row of table.rows) {
    const voters = row.values.kiesgerechtigden;
    const votes = row.values[limit.column];
    if (voters != null && votes != null && votes > voters * limit.factor) {
      throw new DataError({ file, line: row.line, field: limit.field }, `${votes} ${limit.noun} for ${voters} voters is out of range`);
    }
  }
}
