import type { CacheFolder } from './cache-folder.ts';
import type { Endpoints } from './endpoints.ts';

/** What a download job gets: the endpoints, a counting JSON getter, and the cache (to read earlier jobs' files). */
export interface DownloadContext {
  endpoints: Endpoints;
  getJson(url: string): Promise<unknown>;
  cache: CacheFolder;
  log(line: string): void;
  /** Features per WFS / OGC API page. */
  featurePageSize: number;
}

/** One file in the raw-folder layout, as a job produced it. */
export interface DownloadedFile {
  /** Path relative to the raw folder, as the readers in data-pipeline/sources name it. */
  path: string;
  /** The request the content was derived from (first page of the main query). */
  url: string;
  content: string;
}

/**
 * One official source: fetched, converted into the files the raw-folder readers already read, and
 * written to the cache only when every file of the job is complete.
 */
export interface DownloadJob {
  id: string;
  title: string;
  /** Files the job writes (relative to the raw folder). */
  outputs: readonly string[];
  run(context: DownloadContext): Promise<{ files: DownloadedFile[]; detail: string }>;
}
