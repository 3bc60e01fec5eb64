import { DataError } from '../errors.ts';
import type { CsvRecord } from '../io/csv.ts';
import { CODE_PATTERN } from '@atlas/contract';

/** Code callback for gemeente-only files: the cell must be a gemeente code (GM + 4 digits). */
export function gemeenteCode(field: string) {
  return (code: string, _record: CsvRecord, at: { file: string; line: number }): string => {
    if (!CODE_PATTERN.gemeente.test(code)) throw new DataError({ ...at, field }, `"${code}" is not a gemeente code`);
    return code;
  };
}
