/**
 * The download cache (default `.cache/raw/`, git-ignored): the downloaded tables in the raw-folder
 * layout, plus `download-manifest.json` with, per file, the URL it came from, its sha256, size and
 * fetch time.
 *
 * Every file is written to a temporary name in the same folder and renamed into place, so a file at
 * its real path is always complete; an interrupted download leaves at most a `*.partial-*` file,
 * which is ignored and cleared on the next run. A file counts as complete only when the manifest
 * lists it and its bytes still have the recorded sha256 — so a file edited or truncated by hand is
 * downloaded again, and files placed in the cache by hand (sources with no download) are never
 * touched.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const CACHE_MANIFEST = 'download-manifest.json';

export interface CachedFile {
  /** Path relative to the cache folder, as the raw-folder readers name it. */
  path: string;
  /** The request the content came from (the first page when the server paged). */
  url: string;
  sha256: string;
  bytes: number;
  fetchedAt: string;
  /** The download job that wrote it (e.g. `cbs-85984NED`). */
  source: string;
}

interface CacheManifest {
  version: 1;
  files: Record<string, CachedFile>;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Write `data` to `path` via a temporary file in the same folder and a rename (atomic on one filesystem). */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export class CacheFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  path(relativePath: string): string {
    return join(this.root, relativePath);
  }

  private async manifest(): Promise<CacheManifest> {
    try {
      const parsed = JSON.parse(await readFile(this.path(CACHE_MANIFEST), 'utf8')) as Partial<CacheManifest>;
      if (parsed.version === 1 && typeof parsed.files === 'object' && parsed.files !== null) return { version: 1, files: parsed.files };
    } catch {
      // Missing or unreadable manifest: nothing in the cache counts as complete.
    }
    return { version: 1, files: {} };
  }

  async entries(): Promise<CachedFile[]> {
    return Object.values((await this.manifest()).files);
  }

  /** True when the manifest lists the file and its bytes on disk still have the recorded sha256. */
  async isComplete(relativePath: string): Promise<boolean> {
    const entry = (await this.manifest()).files[relativePath];
    if (entry === undefined) return false;
    try {
      const bytes = await readFile(this.path(relativePath));
      return bytes.byteLength === entry.bytes && sha256(bytes) === entry.sha256;
    } catch {
      return false;
    }
  }

  /** Write the files of one download job atomically, then record them in the manifest. */
  async store(source: string, files: readonly { path: string; url: string; content: string | Uint8Array }[], now = new Date()): Promise<CachedFile[]> {
    const written: CachedFile[] = [];
    for (const file of files) {
      await writeFileAtomic(this.path(file.path), file.content);
      const bytes = typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
      written.push({ path: file.path, url: file.url, sha256: sha256(file.content), bytes, fetchedAt: now.toISOString(), source });
    }
    const manifest = await this.manifest();
    for (const entry of written) manifest.files[entry.path] = entry;
    const sorted = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
    await writeFileAtomic(this.path(CACHE_MANIFEST), `${JSON.stringify({ version: 1, files: sorted }, null, 2)}\n`);
    return written;
  }

  /** Remove temporary files left by an interrupted run. */
  async clearPartials(): Promise<number> {
    let removed = 0;
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (/\.partial-\d+-[0-9a-f]{8}$/.test(entry.name)) {
          await rm(full, { force: true });
          removed++;
        }
      }
    };
    await walk(this.root);
    return removed;
  }
}
