import { DataError } from '../errors.ts';

/**
 * One record: its fields in header order. `get` reads one field by header name; `values` (all fields by name) is
 * built only when asked for: an object per record with every column of the file was half of the parsing time,
 * and most readers read a few columns of each record.
 */
export class CsvRecord {
  private byName: Record<string, string> | null = null;

  constructor(
    /** 1-based line on which the record starts. */
    readonly line: number,
    readonly fields: readonly string[],
    private readonly columns: CsvColumns,
  ) {}

  /** The field in the named column; undefined when the header has no such column. */
  get(name: string): string | undefined {
    const index = this.columns.index.get(name);
    return index === undefined ? undefined : this.fields[index];
  }

  get values(): Record<string, string> {
    if (this.byName === null) {
      const values: Record<string, string> = {};
      this.columns.header.forEach((name, index) => (values[name] = this.fields[index] ?? ''));
      this.byName = values;
    }
    return this.byName;
  }
}

/** The header and where each name is in it (a name given twice: its last column, as in an object of the fields). */
export class CsvColumns {
  readonly index = new Map<string, number>();
  constructor(readonly header: readonly string[]) {
    header.forEach((name, index) => this.index.set(name, index));
  }
}

export interface CsvTable {
  file: string;
  header: string[];
  columns: CsvColumns;
  records: CsvRecord[];
}

/**
 * Longest cell any raw CSV may hold. The longest cell the pipeline reads today is under 1,000 characters;
 * a cell of megabytes is a broken or hostile file, and stopping at the cap keeps memory flat (a 10 MiB name
 * once cost 2 GB). Name fields have a tighter, declared limit (MAX_NAME_LENGTH in table-checks.ts).
 */
export const MAX_FIELD_LENGTH = 10_000;

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * RFC 4180 CSV with a header row. Quoted fields may hold separators, quotes and newlines (CBS
 * descriptions do). A record with a different number of fields than the header, or a file that
 * ends inside a quoted field, is truncated or garbled input and raises a DataError with its line.
 */
export function parseCsv(text: string, file: string, separator = ',', maxFieldLength = MAX_FIELD_LENGTH): CsvTable {
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  // A field is `prefix` (its finished quoted parts) followed by text[segmentStart, i): characters are never
  // appended one by one (that made a string per character of a 20 MB input), only sliced where a part ends.
  let prefix = '';
  let segmentStart = 0;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldWasQuoted = false;
  const separatorCode = separator.charCodeAt(0);
  const tooLong = (): DataError =>
    new DataError(
      { file, line: recordLine, field: rows[0]?.fields[fields.length] ?? `column ${fields.length + 1}` },
      `a cell is longer than ${maxFieldLength} characters (broken or hostile file)`,
    );
  const endField = (i: number) => {
    fields.push(prefix + text.slice(segmentStart, i));
    prefix = '';
    fieldWasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    if (prefix.length + (i - segmentStart) > maxFieldLength) throw tooLong();
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          prefix += text.slice(segmentStart, i + 1); // one of the two quotes
          i++;
        } else {
          prefix += text.slice(segmentStart, i);
          inQuotes = false;
        }
        segmentStart = i + 1;
      } else if (ch === NEWLINE) line++;
      continue;
    }
    if (ch === QUOTE && prefix === '' && segmentStart === i && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
      segmentStart = i + 1;
    } else if (ch === separatorCode && separator.length === 1) {
      endField(i);
      segmentStart = i + 1;
    } else if (ch === NEWLINE || ch === CARRIAGE_RETURN) {
      endField(i);
      if (ch === CARRIAGE_RETURN && text.charCodeAt(i + 1) === NEWLINE) i++;
      segmentStart = i + 1;
      rows.push({ line: recordLine, fields });
      fields = [];
      line++;
      recordLine = line;
    }
  }
  const field = prefix + text.slice(segmentStart);
  if (inQuotes) throw new DataError({ file, line: recordLine }, 'file ends inside a quoted field (truncated or garbled CSV)');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: recordLine, fields });
  }
  const headerRow = rows.shift();
  if (!headerRow || headerRow.fields.every((f) => f.trim() === '')) throw new DataError({ file, line: 1 }, 'file is empty: no header row');
  const header = headerRow.fields.map((h) => h.trim());
  const columns = new CsvColumns(header);
  const records: CsvRecord[] = [];
  for (const row of rows) {
    if (row.fields.length === 1 && row.fields[0] === '') continue; // blank line
    if (row.fields.length !== header.length) {
      throw new DataError({ file, line: row.line }, `has ${row.fields.length} fields where the header has ${header.length} (truncated or garbled CSV)`);
    }
    records.push(new CsvRecord(row.line, row.fields, columns));
  }
  return { file, header, columns, records };
}

/** Fail early, with the file and the first missing column named, when a source changed shape. */
export function requireColumns(table: CsvTable, columns: readonly string[]): void {
  for (const column of columns) {
    if (!table.header.includes(column)) {
      throw new DataError({ file: table.file, line: 1, field: column }, `required column is missing (columns present: ${table.header.join(', ')})`);
    }
  }
}
