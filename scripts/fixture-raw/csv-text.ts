/** CSV text the way each source writes it: its own line ending, quoting only where a field needs it (or always). */

export type Cell = string | number | null;

export interface CsvStyle {
  /** '\r\n' where the real file has Windows line endings. */
  eol: '\n' | '\r\n';
  /** Quote every string field (StatLine's metadata CSVs, R's write.csv) instead of only those that need it. */
  quoteAll?: boolean;
}

/** With quoteAll, strings (also empty ones) are quoted and numbers and nulls are not, as R's write.csv and StatLine do. */
function field(value: Cell, quoteAll: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  return quoteAll || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Numbers as the sources print them: integers plain, others with at most 3 decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

/** One decimal always, as the extracts that went through pandas print counts ("34.0"). */
export const oneDecimal = (value: number) => value.toFixed(1);

export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[], style: CsvStyle): string {
  const quoteAll = style.quoteAll ?? false;
  const lines = [header.map((h) => (quoteAll ? `"${h}"` : h)).join(','), ...rows.map((row) => row.map((v) => field(v, quoteAll)).join(','))];
  return lines.join(style.eol) + style.eol;
}
