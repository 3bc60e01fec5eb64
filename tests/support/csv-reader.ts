/**
 * A strict reader for the CSV export, written apart from the writer: ";" between fields, CRLF between records,
 * fields quoted with "" for a quote and line breaks allowed inside quotes. Throws on anything else.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || wasQuoted) throw new Error(`stray quote in record ${records.length + 1}`);
      quoted = wasQuoted = true;
    } else if (ch === ';') {
      record.push(field);
      field = '';
      wasQuoted = false;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (ch === '\r' || ch === '\n') throw new Error(`bare line break outside quotes in record ${records.length + 1}`);
    else if (wasQuoted) throw new Error(`text after a closing quote in record ${records.length + 1}`);
    else field += ch;
  }
  if (quoted || field !== '' || record.length) throw new Error('the file does not end with CRLF');
  return records;
}
