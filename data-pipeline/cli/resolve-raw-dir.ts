/**
 * Which raw folder the build reads, first match wins:
 *   1. `--raw DIR`
 *   2. environment variable ONDERMIJNING_RAW
 *   3. `../shared/data/raw` next to the repository, when it exists
 *   4. the download cache (`--cache-dir DIR`, env ATLAS_CACHE_DIR, default `.cache/raw/`), filled
 *      from the official endpoints (data-pipeline/download/). `--download` skips 2 and 3 and goes
 *      here directly; combined with `--raw` it is a usage error.
 * An explicitly named folder (1, 2) that does not exist is an error, never a reason to download.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Progress } from '../progress.ts';
import { describeAbsent, downloadRawData, type DownloadOptions, type DownloadReport } from '../download/download-raw-data.ts';
import { OPTIONAL_DOWNLOAD_JOBS } from '../download/optional-downloads.ts';
import { endpointsFrom } from '../download/endpoints.ts';
import { envFolder, envSetting } from './env-setting.ts';

export type RawDirOrigin = '--raw' | 'ONDERMIJNING_RAW' | 'shared raw folder' | 'download cache';

export interface ResolvedRawDir {
  dir: string;
  origin: RawDirOrigin;
  download?: DownloadReport;
}

export interface ResolveRawDirOptions {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  repoRoot: string;
  progress: Progress;
  /** Replaceable for tests; defaults to the real download. */
  download?: (options: DownloadOptions) => Promise<DownloadReport>;
  http?: DownloadOptions['http'];
  featurePageSize?: number;
}

/** The value after `name` in argv, or undefined; a flag given without a value is an error. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index < 0) return undefined;
  const value = argv[index + 1];
  // An empty value would resolve to the working folder (`--cache-dir ''` once filled the checkout): refused as none.
  if (value === undefined || value.trim() === '' || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}

/**
 * Steps 1–3 only: the named or the shared raw folder, or null when the download cache would be next.
 * Tests and tools that must not download use this (with `argv` empty, it follows ONDERMIJNING_RAW, then
 * the shared folder), so the order lives in one place.
 */
export function localRawDir(
  options: Pick<ResolveRawDirOptions, 'argv' | 'env' | 'repoRoot'>,
): { dir: string; origin: Exclude<RawDirOrigin, 'download cache'> } | null {
  const { argv, env, repoRoot } = options;
  const forceDownload = argv.includes('--download');
  const rawFlag = flagValue(argv, '--raw');
  if (rawFlag !== undefined && forceDownload)
    throw new Error('--raw and --download exclude each other: --raw names a folder to read, --download fills the cache');

  const fromEnv = forceDownload ? undefined : envSetting(env, 'ONDERMIJNING_RAW');
  const named =
    rawFlag !== undefined ? { dir: rawFlag, origin: '--raw' as const } : fromEnv !== undefined ? { dir: fromEnv, origin: 'ONDERMIJNING_RAW' as const } : null;
  if (named) {
    const dir = resolve(named.dir);
    if (!existsSync(dir)) throw new Error(`raw data folder ${dir} (from ${named.origin}) does not exist`);
    return { dir, origin: named.origin };
  }
  const shared = sharedRawDir(repoRoot);
  if (!forceDownload && existsSync(shared)) return { dir: shared, origin: 'shared raw folder' };
  return null;
}

const sharedRawDir = (repoRoot: string): string => resolve(repoRoot, '../shared/data/raw');

export async function resolveRawDir(options: ResolveRawDirOptions): Promise<ResolvedRawDir> {
  const { argv, env, repoRoot, progress } = options;
  const local = localRawDir(options);
  if (local) return local;
  const forceDownload = argv.includes('--download');
  const shared = sharedRawDir(repoRoot);

  const cacheFlag = flagValue(argv, '--cache-dir');
  const cacheDir = cacheFlag !== undefined ? resolve(cacheFlag) : envFolder(env, 'ATLAS_CACHE_DIR', repoRoot, '.cache/raw');
  const endpoints = endpointsFrom(env, { cbsODataBase: flagValue(argv, '--cbs-odata-base'), pdokBase: flagValue(argv, '--pdok-base') });
  progress.line(
    forceDownload
      ? `--download: filling ${cacheDir} from the official endpoints`
      : `No raw folder (${shared} is absent): filling ${cacheDir} from the official endpoints`,
  );
  progress.line(`  CBS OData ${endpoints.cbsOData}, third-party ${endpoints.cbsThirdPartyOData}; PDOK WFS ${endpoints.pdokWfs}, OGC API ${endpoints.pdokApi}`);
  const report = await (options.download ?? downloadRawData)({
    cacheDir,
    endpoints,
    progress,
    // The optional vakantieparken sources are tried only when the download is asked for, not as a fallback.
    ...(forceDownload ? { optionalJobs: OPTIONAL_DOWNLOAD_JOBS } : {}),
    ...(options.http ? { http: options.http } : {}),
    ...(options.featurePageSize ? { featurePageSize: options.featurePageSize } : {}),
  });
  const reused = report.jobs.filter((j) => j.status === 'reused').length;
  progress.line(`  ${report.jobs.length - reused} sources downloaded (${report.requests} requests), ${reused} reused from the cache`);
  if (report.absent.length > 0) throw new Error(describeAbsent(report));
  return { dir: cacheDir, origin: 'download cache', download: report };
}
