/**
 * Fills a cache folder with the raw-folder files that official endpoints can provide, so the build
 * reads them with the same readers as `../shared/data/raw`.
 *
 * What the download covers (DOWNLOAD_JOBS):
 *   - CBS 85984NED Kerncijfers wijken en buurten 2024 (region list, gemeente/wijk/buurt values, names)
 *   - Politie 47018NED geregistreerde misdrijven per buurt 2024 (total and three category sums)
 *   - CBS 83648NED geregistreerde criminaliteit per gemeente 2010–2020
 *   - CBS 85755NED Gebieden in Nederland 2024 (gemeente → provincie, veiligheidsregio, regionale eenheid)
 *   - PDOK WFS Wijk- en buurtkaart 2024: gemeente, wijk and buurt boundaries (the raw folder has no buurten)
 *   - PDOK OGC API gebiedsindelingen 2024: provincie, veiligheidsregio and regionale-eenheid boundaries
 *
 * What it cannot cover, and why (reported as absent sources; the build stops and names them):
 *   - SCP "Jeugdhulp in de wijk" 2017: published by SCP as one ODS spreadsheet attached to a
 *     publication page, with no stable data endpoint; the raw CSVs are conversions of its sheets.
 *   - Kiesraad TK2023 Osv4-3 counts: per-kieskring CSV files on data.overheid.nl; the raw file is a
 *     reshaping of 18 of them, and their download addresses are not a documented, stable API.
 *   - CBS Wijk- en Buurtkaart 2023 v1 (gemeenten) and 2022 v1 (wijken) attribute tables: the raw
 *     files are the DBF tables of CBS's shapefile downloads (zip archives); PDOK's WFS serves the same
 *     statistics under other property names, and a renamed copy would not be the same source.
 *   - The current sources of SOURCES.md §9–§15 (KWB 2024 subset, 47022NED yearly sums, 50150NED, Wijk- en
 *     buurtkaart 2024 v2 gemeente attributes, crime categories 2024, TK2021, PS2023, Gezondheidsmonitor
 *     Jongvolwassenen 2024, RIVM 2020): conversions and re-aggregations of files from public repositories,
 *     not the publishers' own tables, so no endpoint yields the same file.
 * Optional sources (OPTIONAL_DOWNLOAD_JOBS, optional-downloads.ts; with `--download` only): CBS 70262NED bodemgebruik is fetched from
 * StatLine; CBS maatwerk 2021/38 and 2024/17 are spreadsheets without a data endpoint and are reported as
 * skipped with where to get them. A skipped optional source never stops the build; placed by hand, every
 * optional drop-in is used (README, "Vakantieparken: echte gegevens toevoegen").
 * Files placed by hand at their raw-folder paths inside the cache are used as they are.
 */
import { stat } from 'node:fs/promises';
import { SOURCES } from '../../indicators/catalog/sources.ts';
import { silentProgress, type Progress } from '../progress.ts';
import { CacheFolder } from './cache-folder.ts';
import type { DownloadJob } from './download-job.ts';
import { runOptionalJob, type OptionalOutcome } from './optional-downloads.ts';
import type { Endpoints } from './endpoints.ts';
import { gebieden85755NedJob } from './gebieden-85755ned.ts';
import { gebiedsindelingen2024Job } from './gebiedsindelingen-2024.ts';
import { fetchJson, type HttpOptions } from './http-fetch.ts';
import { kwb85984NedJob } from './kwb-85984ned.ts';
import { misdrijven83648NedJob } from './misdrijven-83648ned.ts';
import { politie47018NedJob } from './politie-47018ned.ts';
import { wijkbuurtkaart2024Job } from './wijkbuurtkaart-2024.ts';

/** In order: 47018NED reads the region list the 85984NED job writes. */
export const DOWNLOAD_JOBS: readonly DownloadJob[] = [
  kwb85984NedJob,
  politie47018NedJob,
  misdrijven83648NedJob,
  gebieden85755NedJob,
  wijkbuurtkaart2024Job,
  gebiedsindelingen2024Job,
];

export interface DownloadOptions {
  cacheDir: string;
  endpoints: Endpoints;
  http?: HttpOptions;
  progress?: Progress;
  /** Features per WFS / OGC API page (PDOK serves at most 1,000). */
  featurePageSize?: number;
  jobs?: readonly DownloadJob[];
  /**
   * Optional sources tried after the required ones; one that fails is skipped. None by default: the CLI passes
   * OPTIONAL_DOWNLOAD_JOBS when `--download` is asked for explicitly.
   */
  optionalJobs?: readonly DownloadJob[];
}

export interface JobOutcome {
  id: string;
  title: string;
  status: 'downloaded' | 'reused';
  files: string[];
  requests: number;
}

export interface AbsentSource {
  id: string;
  title: string;
  publisher: string;
  files: string[];
}

export interface DownloadReport {
  cacheDir: string;
  jobs: JobOutcome[];
  /** The optional sources: downloaded, reused, or skipped with the reason. */
  optional: OptionalOutcome[];
  requests: number;
  /** Required catalogue sources with files that are neither downloaded nor placed in the cache. */
  absent: AbsentSource[];
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Required sources of the catalogue (indicators/catalog/sources.ts) with a file missing from `dir`. */
export async function absentSources(dir: string): Promise<AbsentSource[]> {
  const cache = new CacheFolder(dir);
  const absent: AbsentSource[] = [];
  for (const source of SOURCES) {
    if ('optional' in source && source.optional) continue;
    const missing: string[] = [];
    for (const file of source.files) if (!(await exists(cache.path(file)))) missing.push(file);
    if (missing.length > 0) absent.push({ id: source.id, title: source.title, publisher: source.publisher, files: missing });
  }
  return absent;
}

/** What one job needs besides itself: the options, the cache and the retry-logging HTTP options. */
interface JobRun {
  options: DownloadOptions;
  cache: CacheFolder;
  http: HttpOptions;
  progress: Progress;
}

/** Run a job unless its files are all complete in the cache (then reuse them without a request). */
async function runJob(job: DownloadJob, { options, cache, http, progress }: JobRun): Promise<JobOutcome> {
  const complete = await Promise.all(job.outputs.map((path) => cache.isComplete(path)));
  if (complete.every(Boolean)) {
    await progress.stage(
      `download ${job.id}`,
      async () => null,
      () => `reused from cache (${job.outputs.length} files)`,
    );
    return { id: job.id, title: job.title, status: 'reused', files: [...job.outputs], requests: 0 };
  }
  let jobRequests = 0;
  const result = await progress.stage(
    `download ${job.id}`,
    () =>
      job.run({
        endpoints: options.endpoints,
        cache,
        featurePageSize: options.featurePageSize ?? 1000,
        log: (line) => progress.line(line),
        getJson: (url) => {
          jobRequests++;
          return fetchJson(url, http);
        },
      }),
    (r) => `${r.detail}; ${jobRequests} requests`,
  );
  const missing = job.outputs.filter((path) => !result.files.some((f) => f.path === path));
  if (missing.length > 0) throw new Error(`download job ${job.id} produced no ${missing.join(', ')}`);
  await cache.store(job.id, result.files);
  return { id: job.id, title: job.title, status: 'downloaded', files: result.files.map((f) => f.path), requests: jobRequests };
}

/**
 * Run every job whose files are not all complete in the cache; reuse the others without a request. Then the
 * optional sources: each is tried, and one that cannot be fetched is skipped with its reason (the build runs
 * without it, as it does when the file is not placed by hand).
 */
export async function downloadRawData(options: DownloadOptions): Promise<DownloadReport> {
  const progress = options.progress ?? silentProgress();
  const cache = new CacheFolder(options.cacheDir);
  await cache.clearPartials();
  const http: HttpOptions = {
    ...options.http,
    onRetry: (info) => {
      progress.line(`  retry ${info.attempt} in ${(info.waitMs / 1000).toFixed(1)} s: ${info.reason} — ${info.url}`);
      options.http?.onRetry?.(info);
    },
  };
  const run: JobRun = { options, cache, http, progress };
  const jobs: JobOutcome[] = [];
  for (const job of options.jobs ?? DOWNLOAD_JOBS) jobs.push(await runJob(job, run));
  const optional: OptionalOutcome[] = [];
  for (const job of options.optionalJobs ?? []) {
    optional.push(await runOptionalJob(job, () => runJob(job, run), progress));
  }
  const requests = [...jobs, ...optional].reduce((n, j) => n + j.requests, 0);
  return { cacheDir: options.cacheDir, jobs, optional, requests, absent: await absentSources(options.cacheDir) };
}

/** The message the build stops with when required sources are absent from the cache. */
export function describeAbsent(report: Pick<DownloadReport, 'cacheDir' | 'absent'>): string {
  const lines = [
    `${report.absent.length} required source${report.absent.length === 1 ? ' is' : 's are'} not available from an official download endpoint and absent from ${report.cacheDir}:`,
  ];
  for (const source of report.absent) {
    lines.push(`  - ${source.id}: ${source.title} (${source.publisher})`);
    for (const file of source.files) lines.push(`      ${file}`);
  }
  lines.push(
    `Place these files at the paths above inside ${report.cacheDir} (the layout of the shared raw folder), or pass --raw DIR with a complete raw folder.`,
  );
  return lines.join('\n');
}
