import { join, relative } from 'node:path';
import { exists, readRawText, type ReadFileResult } from '../io/files.ts';

export interface RawFileRecord {
  /** Path relative to the raw folder. */
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Access to the raw folder that remembers every file read, so the manifest can list the exact bytes
 * (sha256) each published value came from.
 */
export class RawFolder {
  readonly root: string;
  private readonly read = new Map<string, RawFileRecord>();

  constructor(root: string) {
    this.root = root;
  }

  path(relativePath: string): string {
    return join(this.root, relativePath);
  }

  async has(relativePath: string): Promise<boolean> {
    return exists(this.path(relativePath));
  }

  async readText(relativePath: string): Promise<ReadFileResult & { file: string }> {
    const file = this.path(relativePath);
    const result = await readRawText(file);
    this.read.set(relativePath, { path: relativePath, bytes: result.bytes, sha256: result.sha256 });
    return { ...result, file };
  }

  get filesRead(): number {
    return this.read.size;
  }

  /**
   * Files read so far whose path starts with one of the given relative paths, sorted by path: readers run
   * in parallel, so the order they finish in is not the same from one build to the next.
   */
  filesUnder(prefixes: readonly string[]): RawFileRecord[] {
    return [...this.read.values()]
      .filter((f) => prefixes.some((p) => f.path === p || f.path.startsWith(p.endsWith('/') ? p : `${p}/`)))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  relative(file: string): string {
    return relative(this.root, file);
  }
}
