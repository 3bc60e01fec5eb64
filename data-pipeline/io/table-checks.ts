/**
 * Plausibility checks declared as data, next to each reader (`export const …_CHECKS: TableChecks`), and run
 * in one place after the region register exists (regions/plausibility.ts). What a reader checks while parsing
 * (numbers, ranges per field via NumberRule, code patterns, duplicates, encoding) fails at file, line and
 * field; what needs the whole table or the register is declared here:
 *
 *   - `coverage`: the level the rows describe and how many register regions may lack a row. A file with more
 *     missing regions fails, naming how many and which first (a header-only crime file, all of Amsterdam
 *     deleted). Missing rows within the documented tolerance are a build warning, never silence.
 *   - `partsSum`: a count of a region must equal the sum over its parts (gemeente = Σ its wijken) within a
 *     relative tolerance: catches a value ×1000 even where it stays under the national maximum.
 *   - `exactRows`: the row count the source defines, when it defines one: a number, or 'register' for "one row
 *     per region of the coverage level, no more" (a synthetic test folder has fewer regions than 2024).
 *
 * A new reader adopts it by exporting a declaration and adding one line to regions/plausibility.ts:
 *   export const MY_SOURCE_CHECKS: TableChecks = { coverage: { level: 'wijk', maxMissing: 0 } };
 * Value ranges belong in the reader's NumberRule (POPULATION, PERCENTAGE, a documented `max` for rates) and
 * names go through checkName, so those fail on the offending line.
 */
import type { Level } from '@atlas/contract';
import { DataError } from '../errors.ts';
import { ownString } from './csv.ts';

export interface TableChecks {
  coverage?: { level: Level; maxMissing: number };
  partsSum?: { column: string; whole: Level; parts: Level; tolerance: number };
  exactRows?: number | 'register';
}

/** The rows a check looks at: any source table (codes with their line) from one file. */
export interface CheckedTable {
  file: string;
  rows: readonly { code: string; line: number; values?: Record<string, number | null> }[];
}

/** What the checks need to know of the register: codes per level, and the parent of a code at a level. */
export interface RegisterView {
  codes: Record<Level, readonly string[]>;
  parentAt: (code: string, level: Level) => string | null;
}

/** Longest region name we publish; real names are under 80 characters. */
export const MAX_NAME_LENGTH = 200;

/** How many codes an error lists before "…". */
const LISTED = 5;

/** Run one declaration; returns the warnings (accepted with a caveat), throws on a failed check. */
export function checkTable(table: CheckedTable, checks: TableChecks, register: RegisterView): string[] {
  const registerCodes = register.codes;
  const warnings: string[] = [];
  if (checks.partsSum) checkPartsSum(table, checks.partsSum, register);
  const exact = checks.exactRows === 'register' ? (checks.coverage ? registerCodes[checks.coverage.level].length : undefined) : checks.exactRows;
  if (exact !== undefined && table.rows.length !== exact) {
    throw new DataError({ file: table.file }, `has ${table.rows.length} rows where the source defines exactly ${exact}`);
  }
  if (checks.coverage) {
    const { level, maxMissing } = checks.coverage;
    const present = new Set(table.rows.map((row) => row.code));
    const missing = registerCodes[level].filter((code) => !present.has(code));
    const listed = `${missing.slice(0, LISTED).join(', ')}${missing.length > LISTED ? ', …' : ''}`;
    if (missing.length > maxMissing) {
      throw new DataError(
        { file: table.file },
        `covers ${registerCodes[level].length - missing.length} of ${registerCodes[level].length} ${level} regions of the 2024 register: ${missing.length} have no row (documented at most ${maxMissing}), first ${listed}`,
      );
    }
    if (missing.length > 0) warnings.push(`${table.file}: ${missing.length} ${level} regions have no row (documented at most ${maxMissing}), first ${listed}`);
  }
  return warnings;
}

function checkPartsSum(table: CheckedTable, rule: NonNullable<TableChecks['partsSum']>, register: RegisterView): void {
  const sums = new Map<string, number>();
  const wholes = new Set(register.codes[rule.whole]);
  for (const row of table.rows) {
    const parent = register.parentAt(row.code, rule.whole);
    const value = row.values?.[rule.column];
    if (parent !== null && !wholes.has(row.code) && typeof value === 'number') sums.set(parent, (sums.get(parent) ?? 0) + value);
  }
  for (const row of table.rows) {
    const value = row.values?.[rule.column];
    const sum = sums.get(row.code);
    if (!wholes.has(row.code) || typeof value !== 'number' || sum === undefined) continue;
    if (Math.abs(value - sum) > rule.tolerance * Math.max(value, sum)) {
      throw new DataError(
        { file: table.file, line: row.line, field: rule.column },
        `${rule.whole} ${row.code} has ${value} where its ${rule.parts} regions sum to ${sum} (more than ${rule.tolerance * 100} % apart: a unit or typing error?)`,
      );
    }
  }
}

/**
 * A name cell: at most MAX_NAME_LENGTH characters and no C0 control character or DEL, failing at file, line and
 * field (C1 controls, U+0080–U+009F, are not checked). A control character is no part of a place name
 * but a damaged file, and the Parquet writer (DuckDB ENUM members are
 * C strings) would cut a name at a NUL while the Arrow file kept it whole.
 */
export function checkName(name: string, at: { file: string; line: number; field: string }): string {
  if (name.length > MAX_NAME_LENGTH) throw new DataError(at, `name is ${name.length} characters long (at most ${MAX_NAME_LENGTH})`);
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x20 && code !== 0x7f) continue; // C0 controls and DEL are single UTF-16 units
    const shown = name.replace(/\p{Cc}/gu, '?');
    throw new DataError(at, `name "${shown}" holds control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${i + 1}`);
  }
  // a kept name of its own: as a slice of the file's text it would keep the whole text alive
  return ownString(name);
}
