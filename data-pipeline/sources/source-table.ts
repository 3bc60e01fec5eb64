import { DataError } from '../errors.ts';
import type { CsvRecord, CsvTable } from '../io/csv.ts';
import { checkName } from '../io/table-checks.ts';
import { parseNumberCell, type NumberRule } from '../io/values.ts';
import type { MissingReason, SourceId } from '@atlas/contract';

/** One region's numeric values from one source table; null values carry their reason. */
export interface SourceRow {
  code: string;
  line: number;
  /** Region name as the source spells it (used to check other-year data against the 2024 names). */
  name?: string;
  values: Record<string, number | null>;
  reasons: Record<string, MissingReason>;
}

/** A validated, typed table as it is loaded into DuckDB (table name = `name`). */
export interface SourceTable {
  name: string;
  sourceId: SourceId;
  file: string;
  columns: string[];
  rows: SourceRow[];
}

export interface ColumnSpec {
  /** Column name in the loaded table (and in catalogue formulas). */
  name: string;
  /** Column in the raw file. */
  from: string;
  rule: NumberRule;
}

export interface NumericCsvOptions {
  name: string;
  sourceId: SourceId;
  codeField: string;
  /** Turn the raw key into a region code; return null to skip the record (e.g. another level). */
  code: (raw: string, record: CsvRecord, at: { file: string; line: number }) => string | null;
  columns: readonly ColumnSpec[];
  nameField?: string;
  /** Skip a record entirely (e.g. water polygons in a Wijk- en Buurtkaart table). */
  skip?: (record: CsvRecord) => boolean;
}

/** Read typed numeric columns keyed by region code; a code seen twice is an error at its second line. */
export function readNumericCsv(csv: CsvTable, options: NumericCsvOptions): SourceTable {
  const seen = new Map<string, number>();
  const rows: SourceRow[] = [];
  const indexOf = (name: string) => csv.columns.index.get(name) ?? -1;
  const codeIndex = indexOf(options.codeField);
  const nameIndex = options.nameField === undefined ? -1 : indexOf(options.nameField);
  const columns = options.columns.map((column) => ({ ...column, index: indexOf(column.from) }));
  for (const record of csv.records) {
    if (options.skip?.(record)) continue;
    const at = { file: csv.file, line: record.line };
    const code = options.code((record.field(codeIndex) ?? '').trim(), record, at);
    if (code === null) continue;
    const first = seen.get(code);
    if (first !== undefined) {
      throw new DataError({ ...at, field: options.codeField }, `duplicate region code ${code} (first on line ${first})`);
    }
    seen.set(code, record.line);
    const values: Record<string, number | null> = {};
    const reasons: Record<string, MissingReason> = {};
    for (const column of columns) {
      const parsed = parseNumberCell(record.field(column.index), column.rule, { file: csv.file, line: record.line, field: column.from });
      values[column.name] = parsed.value;
      if (parsed.reason) reasons[column.name] = parsed.reason;
    }
    const rawName = record.field(nameIndex)?.trim();
    const name =
      rawName === undefined || options.nameField === undefined
        ? undefined
        : checkName(rawName, { file: csv.file, line: record.line, field: options.nameField });
    const row: SourceRow = { code, line: record.line, values, reasons };
    if (name !== undefined) row.name = name;
    rows.push(row);
  }
  return { name: options.name, sourceId: options.sourceId, file: csv.file, columns: options.columns.map((c) => c.name), rows };
}

/** Every code must be a region of the register (or explicitly allowed, like BU00000000 'not assignable'). */
export function requireKnownCodes(table: SourceTable, known: ReadonlySet<string>, field: string, allowed: ReadonlySet<string> = new Set()): void {
  for (const row of table.rows) {
    if (!known.has(row.code) && !allowed.has(row.code)) {
      throw new DataError({ file: table.file, line: row.line, field }, `unknown region code ${row.code} (not in the 2024 region register)`);
    }
  }
}
