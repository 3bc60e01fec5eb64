import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DataError } from '../errors.ts';
import { decodeRawText } from './text-checks.ts';

export interface ReadFileResult {
  text: string;
  bytes: number;
  sha256: string;
}

/** Read a raw file as strict UTF-8 (BOM stripped, mojibake rejected), with its size and hash for the manifest. */
export async function readRawText(path: string): Promise<ReadFileResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError({ file: path }, code === 'ENOENT' ? 'file is missing' : `cannot be read (${code ?? String(error)})`);
  }
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const text = decodeRawText(buffer, path);
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
