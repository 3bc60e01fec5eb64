/**
 * The output folder being built. Every published file goes through here, so the manifest's list of files
 * (path, kind, bytes, sha256) is exactly what was written, in the order it was written.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Aggregate, Level, PublishedFile } from '@atlas/contract';
import { sha256Of } from '../io/files.ts';

export class OutputFolder {
  private readonly written: PublishedFile[] = [];

  constructor(readonly dir: string) {}

  /** The files listed so far, in writing order. */
  get files(): readonly PublishedFile[] {
    return this.written;
  }

  /** Absolute path of a file under the folder, with its parent folders created. */
  async prepare(path: string): Promise<string> {
    const full = join(this.dir, path);
    await mkdir(dirname(full), { recursive: true });
    return full;
  }

  async write(path: string, data: Uint8Array | string, kind: PublishedFile['kind'], level?: Level | Aggregate): Promise<void> {
    await writeFile(await this.prepare(path), data);
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    this.list(path, kind, bytes, sha256Of(data), level);
  }

  /** A file given as pieces in order (an Arrow writer's buffers): written and hashed piece by piece, never joined. */
  async writeParts(path: string, parts: readonly Uint8Array[], kind: PublishedFile['kind'], level?: Level | Aggregate): Promise<void> {
    const file = await open(await this.prepare(path), 'w');
    try {
      await file.writev(parts);
    } finally {
      await file.close();
    }
    const hash = createHash('sha256');
    let bytes = 0;
    for (const part of parts) {
      hash.update(part);
      bytes += part.byteLength;
    }
    this.list(path, kind, bytes, hash.digest('hex'), level);
  }

  /** List a file that another writer (DuckDB's Parquet export) has put at `path`, reading it back for size and hash. */
  async record(path: string, kind: PublishedFile['kind'], level?: Level | Aggregate): Promise<void> {
    const bytes = await readFile(join(this.dir, path));
    this.list(path, kind, bytes.byteLength, sha256Of(bytes), level);
  }

  private list(path: string, kind: PublishedFile['kind'], bytes: number, sha256: string, level: Level | Aggregate | undefined): void {
    this.written.push({ path, kind, bytes, sha256, ...(level ? { level } : {}) });
  }
}

/** JSON as we publish it: two-space indent and a final newline, so the files diff well. */
export const publishedJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
