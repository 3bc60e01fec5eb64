/**
 * CSV text in the shape data-pipeline/io/csv.ts reads: comma-separated, LF line ends, a field quoted
 * (quotes doubled) only when it holds a comma, quote or line break. Cells are written as given, so
 * CBS's space-padded keys stay padded, as in the StatLine downloads of the raw folder.
 */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map(csvField).join(',');
  const out = [line(header)];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields where the header has ${header.length}: ${row.join(',')}`);
    out.push(line(row));
  }
  return `${out.join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
