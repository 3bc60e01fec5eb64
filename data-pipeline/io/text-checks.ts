/**
 * Text-level checks every raw file passes before any reader sees it: the bytes must be UTF-8, and the
 * text must not carry the typical traces of a file that was re-encoded twice (mojibake), because both
 * publish wrong names without any numeric check noticing ("SÃºdwest-FryslÃ¢n").
 */
import { DataError } from '../errors.ts';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 read as Windows-1252/Latin-1 and written back as UTF-8: "Ã" or "Â" followed by a continuation
 * character (U+0080–U+00BF), or "â€" (the start of a mangled curly quote or dash). No Dutch place name
 * contains these pairs.
 */
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2020-\u2122]/;

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** Decode a raw file as strict UTF-8 (BOM stripped); invalid bytes or mojibake fail at file and line. */
export function decodeRawText(buffer: Uint8Array, file: string): string {
  let text: string;
  try {
    text = STRICT_UTF8.decode(buffer);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(buffer);
    const at = lenient.indexOf('\ufffd');
    throw new DataError(
      { file, line: lineAt(lenient, Math.max(at, 0)) },
      'is not valid UTF-8 (re-encoded as Windows-1252 or Latin-1?); save the file as UTF-8 again',
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const mojibake = MOJIBAKE.exec(text);
  if (mojibake) {
    throw new DataError(
      { file, line: lineAt(text, mojibake.index) },
      `contains "${mojibake[0]}", the trace of UTF-8 text decoded as Windows-1252 and saved again (mojibake); restore the original file`,
    );
  }
  return text;
}
