/**
 * CSV for Dutch Excel: semicolon-separated, decimal comma without thousands separators, UTF-8 with a byte
 * order mark (or Excel reads it as Windows-1252), CRLF line ends, fields quoted only where needed. A missing
 * value is an empty cell — never 0 — and its reason is spelled out in the reason column beside it.
 */
import { fmt } from '../format/format.ts';
import { numberCell, textCell } from './cells.ts';
import type { ExportColumn, ExportTable } from './export-table.ts';

export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';
export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

/** Quoted when it holds the separator, a quote, a line break or leading/trailing spaces; quotes doubled. */
export function csvField(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A text cell that Excel would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe,
 * so opening an export can never execute anything.
 */
export function csvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Shortest exact decimal (the same digits as JavaScript's own), never in exponent notation, with a comma. */
export function csvNumber(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  let s = String(value);
  const e = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (e) {
    const [, sign, lead = '', frac = '', exp] = e;
    const digits = lead + frac;
    const point = 1 + Number(exp);
    s =
      point <= 0
        ? `${sign}0.${'0'.repeat(-point)}${digits}`
        : point >= digits.length
          ? `${sign}${digits}${'0'.repeat(point - digits.length)}`
          : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return s.replace('.', ',');
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(CSV_SEPARATOR);
}

function cell(c: ExportColumn, row: ExportTable['rows'][number]): string {
  if (c.type === 'number') return csvNumber(numberCell(row, c.key));
  if (c.type === 'reason') {
    // Only where the value is missing; the pipeline's code becomes the Dutch text the table shows.
    if (c.of !== undefined && numberCell(row, c.of) !== null) return '';
    return fmt.missing(textCell(row, c.key));
  }
  return csvText(textCell(row, c.key) ?? '');
}

/** The whole file: the "about" line (title, selection, sources, date), the header, one line per row. */
export function toCsv(table: ExportTable): string {
  const lines = [
    csvLine(table.about.map((a) => a.text)),
    csvLine(table.columns.map((c) => c.header)),
    ...table.rows.map((row) => csvLine(table.columns.map((c) => cell(c, row)))),
  ];
  return BOM + lines.join(CSV_EOL) + CSV_EOL;
}
