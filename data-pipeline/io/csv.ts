import { DataError } from '../errors.ts';

/**
 * Where each field of a file lies: [start, end) in the text, or a string of its own for a quoted field with doubled
 * quotes or text after its closing quote. Fields become strings only when read: a string for every field of every
 * file, most of them in columns no reader uses, was most of the parsing time and of its garbage.
 */
class CsvCells {
  private bounds = new Int32Array(4096);
  private count = 0;
  private readonly own = new Map<number, string>();

  constructor(private readonly text: string) {}

  get size(): number {
    return this.count;
  }

  private next(): number {
    if (2 * this.count + 2 > this.bounds.length) {
      const bigger = new Int32Array(this.bounds.length * 2);
      bigger.set(this.bounds);
      this.bounds = bigger;
    }
    return this.count++;
  }

  addSlice(start: number, end: number): void {
    const cell = this.next();
    this.bounds[2 * cell] = start;
    this.bounds[2 * cell + 1] = end;
  }

  addString(value: string): void {
    const cell = this.next();
    this.bounds[2 * cell] = -1;
    this.own.set(cell, value);
  }

  field(cell: number): string {
    const start = this.bounds[2 * cell] ?? -1;
    return start < 0 ? (this.own.get(cell) ?? '') : this.text.slice(start, this.bounds[2 * cell + 1]);
  }
}

/** One record: `get` reads a field by column name, `field` by position; `fields` and `values` build all of them. */
export class CsvRecord {
  constructor(
    /** 1-based line on which the record starts. */
    readonly line: number,
    private readonly cells: CsvCells,
    private readonly first: number,
    private readonly columns: CsvColumns,
  ) {}

  /** The field at a position of the header; undefined outside it. */
  field(index: number): string | undefined {
    return index >= 0 && index < this.columns.header.length ? this.cells.field(this.first + index) : undefined;
  }

  /** The field in the named column; undefined when the header has no such column. */
  get(name: string): string | undefined {
    const index = this.columns.index.get(name);
    return index === undefined ? undefined : this.field(index);
  }

  get fields(): string[] {
    return this.columns.header.map((_, index) => this.field(index) ?? '');
  }

  /** All fields by column name (a name given twice: its last column). */
  get values(): Record<string, string> {
    const values: Record<string, string> = {};
    this.columns.header.forEach((name, index) => (values[name] = this.field(index) ?? ''));
    return values;
  }
}

/**
 * A field as a string of its own, for one kept to the end of the build (a region's name): a field is a slice of its
 * file's text, and V8 keeps a longer slice as a pointer into that text, so 14 000 names kept the 5 MB region list
 * alive through every later stage. Prepending a character and slicing it off again copies the characters.
 */
export const ownString = (field: string): string => (' ' + field).slice(1);

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
  const cells = new CsvCells(text);
  const rows: { line: number; first: number; count: number }[] = [];
  let headerFields = null as string[] | null;
  let recordFirst = 0;
  // A field is `prefix` (its finished quoted parts) followed by text[segmentStart, i): characters are never
  // appended one by one (that made a string per character of a 20 MB input), only sliced where a part ends.
  // A quoted field without doubled quotes and nothing after its closing quote is text[quoteFrom, quoteTo).
  let prefix = '';
  let segmentStart = 0;
  let quoteFrom = -1;
  let quoteTo = -1;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldWasQuoted = false;
  const separatorCode = separator.charCodeAt(0);
  const fieldCount = () => cells.size - recordFirst;
  const tooLong = (): DataError =>
    new DataError(
      { file, line: recordLine, field: headerFields?.[fieldCount()] ?? `column ${fieldCount() + 1}` },
      `a cell is longer than ${maxFieldLength} characters (broken or hostile file)`,
    );
  const endField = (i: number) => {
    if (prefix === '') cells.addSlice(segmentStart, i);
    else if (quoteFrom >= 0 && segmentStart === i) cells.addSlice(quoteFrom, quoteTo);
    else cells.addString(prefix + text.slice(segmentStart, i));
    prefix = '';
    quoteFrom = -1;
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    rows.push({ line: recordLine, first: recordFirst, count: fieldCount() });
    if (headerFields === null) headerFields = Array.from({ length: fieldCount() }, (_, index) => cells.field(recordFirst + index));
    recordFirst = cells.size;
  };
  for (let i = 0; i < text.length; i++) {
    if (prefix.length + (i - segmentStart) > maxFieldLength) throw tooLong();
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          prefix += text.slice(segmentStart, i + 1); // one of the two quotes
          quoteFrom = -2;
          i++;
        } else {
          if (prefix === '' && quoteFrom === -1) [quoteFrom, quoteTo] = [segmentStart, i];
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
      endRecord();
      line++;
      recordLine = line;
    }
  }
  if (inQuotes) throw new DataError({ file, line: recordLine }, 'file ends inside a quoted field (truncated or garbled CSV)');
  if (prefix !== '' || segmentStart < text.length || fieldCount() > 0) {
    endField(text.length);
    endRecord();
  }
  const headerRow = rows.shift();
  const headerNames = headerFields ?? [];
  if (!headerRow || headerNames.every((f) => f.trim() === '')) throw new DataError({ file, line: 1 }, 'file is empty: no header row');
  const header = headerNames.map((h) => h.trim());
  const columns = new CsvColumns(header);
  const records: CsvRecord[] = [];
  for (const row of rows) {
    if (row.count === 1 && cells.field(row.first) === '') continue; // blank line
    if (row.count !== header.length) {
      throw new DataError({ file, line: row.line }, `has ${row.count} fields where the header has ${header.length} (truncated or garbled CSV)`);
    }
    records.push(new CsvRecord(row.line, cells, row.first, columns));
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
