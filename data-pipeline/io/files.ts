import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DataError } from '../errors.ts';

export interface ReadFileResult {
  text: string;
  bytes: number;
  sha256: string;
}

/** Read a raw file as UTF-8 (BOM stripped), with its size and hash for the manifest. */
export async function readRawText(path: string): Promise<ReadFileResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError({ file: path }, code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})`);
  }
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, bytes: buffer.byteLength, sha256 };
}

export function sha256Of(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
