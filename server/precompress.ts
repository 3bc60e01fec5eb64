/**
 * Compress the built site once, into `file.br` and `file.gz` beside each original, so that neither the Node
 * server nor nginx (gzip_static / brotli_static) ever compresses per request. A variant carries its original's
 * mtime: it is fresh while the two match, and a rebuilt original is compressed again on the next run.
 *
 *   npx tsx server/precompress.ts [dist-dir]
 */
import { readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE_EXTENSIONS } from './http-policy.ts';

export type Encoding = 'br' | 'gzip';

/** Preferred first: brotli is 15–30 % smaller than gzip on our tables and scripts. */
export const ENCODINGS: readonly { encoding: Encoding; suffix: string }[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/** Below this a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;
/** A variant must save at least a tenth, or the original is served as it is. */
const MAX_RATIO = 0.9;
/** Brotli's best quality takes a minute on the 35 MB DuckDB module; quality 9 gets within 15 % in seconds. */
const BROTLI_BEST_UP_TO_BYTES = 1 << 20;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function compress(encoding: Encoding, bytes: Buffer): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(bytes, { level: 9 });
  const quality = bytes.length <= BROTLI_BEST_UP_TO_BYTES ? constants.BROTLI_MAX_QUALITY : 9;
  return brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}

export function isCompressible(path: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.has(extname(path).toLowerCase());
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // A published data folder may be a symlink to a versioned build: follow it like a real folder.
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path)).isDirectory());
    if (isDir) yield* filesUnder(path);
    else if (!entry.name.includes('.partial-')) yield path;
  }
}

/** A variant is fresh when it carries its original's mtime (to the millisecond: utimes rounds below that). */
export async function isFreshVariant(variantPath: string, originalMtimeMs: number): Promise<boolean> {
  const variant = await stat(variantPath).catch(() => undefined);
  return variant !== undefined && variant.isFile() && Math.abs(variant.mtimeMs - originalMtimeMs) < 1;
}

export interface PrecompressSummary {
  written: number;
  fresh: number;
  /** Originals whose compressed copy would not save enough, so none is kept. */
  skipped: number;
}

/** Writes missing or stale variants for every compressible file under `dir`; returns what it did. */
export async function precompressDir(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { written: 0, fresh: 0, skipped: 0 };
  for await (const path of filesUnder(dir)) {
    if (!isCompressible(path)) continue;
    const original = await stat(path);
    if (!original.isFile() || original.size < MIN_BYTES) continue;
    let bytes: Buffer | undefined;
    for (const { encoding, suffix } of ENCODINGS) {
      const target = path + suffix;
      if (await isFreshVariant(target, original.mtimeMs)) {
        summary.fresh += 1;
        continue;
      }
      bytes ??= await readFile(path);
      const packed = await compress(encoding, bytes);
      if (packed.length > original.size * MAX_RATIO) {
        await rm(target, { force: true });
        summary.skipped += 1;
        continue;
      }
      // Written aside and renamed, so a server reading the folder meanwhile never sees half a file.
      const partial = `${target}.partial-${process.pid}`;
      await writeFile(partial, packed);
      await utimes(partial, original.atimeMs / 1000, original.mtimeMs / 1000);
      await rename(partial, target);
      summary.written += 1;
    }
  }
  return summary;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const summary = await precompressDir(dir);
  console.log(`precompress ${dir}: ${summary.written} written, ${summary.fresh} fresh, ${summary.skipped} not worth it`);
}
