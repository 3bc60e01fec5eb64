/**
 * Every input problem the pipeline can detect surfaces as a DataError naming the file, the line (or
 * record) and the field, so an analyst can open the file at the right place instead of guessing.
 */
export interface DataErrorLocation {
  file: string;
  /** 1-based line number in a text file, or record number where lines do not apply (JSON, DBF). */
  line?: number | undefined;
  field?: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(location: DataErrorLocation, problem: string) {
    const where = [
      location.file,
      location.line === undefined ? null : `line ${location.line}`,
      location.field === undefined ? null : `field "${location.field}"`,
    ]
      .filter((part) => part !== null)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'DataError';
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
  }
}
