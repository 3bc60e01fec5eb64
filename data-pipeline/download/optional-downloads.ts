/**
 * Optional sources of the download: tried after the required ones, and skipped with a reason when they cannot
 * be fetched — the Vakantieparken theme then stays a proxy theme, as without the files. CBS maatwerk tables are
 * published as spreadsheets on a publication page, with no data endpoint and no stable file address; the atlas
 * reads no spreadsheets (an xlsx reader would be a new dependency), so their entries say where the table is
 * and which CSV to place, and make no request.
 */
import { INSCHRIJVINGEN_FILE } from '../sources/vakantieparken-inschrijvingen-2021-38.ts';
import { RECREATIE_OBJECTEN_FILE } from '../sources/recreatie-objecten-2024-17.ts';
import type { Progress } from '../progress.ts';
import { bodemgebruik70262NedJob } from './bodemgebruik-70262ned.ts';
import type { DownloadJob } from './download-job.ts';

/** A source that has no endpoint this download can use; the message says what to do instead. */
export class SourceUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceUnavailable';
  }
}

export interface OptionalOutcome {
  id: string;
  title: string;
  status: 'downloaded' | 'reused' | 'skipped';
  files: string[];
  requests: number;
  /** Why a skipped source was skipped (the endpoint's error, or that only a spreadsheet exists). */
  reason: string | null;
}

/** A CBS maatwerk table: a spreadsheet on a publication page. Skipped with where to get it and what to place. */
export function spreadsheetOnlyJob(id: string, title: string, page: string, path: string): DownloadJob {
  return {
    id,
    title,
    outputs: [path],
    run: () =>
      Promise.reject(
        new SourceUnavailable(
          `published only as a spreadsheet on ${page}; save its gemeente sheet as CSV at ${path} in the raw folder or the download cache (README, "Vakantieparken: echte gegevens toevoegen")`,
        ),
      ),
  };
}

export const OPTIONAL_DOWNLOAD_JOBS: readonly DownloadJob[] = [
  bodemgebruik70262NedJob,
  spreadsheetOnlyJob(
    'cbs-maatwerk-2021-38',
    'CBS maatwerk 2021/38 inschrijvingen vakantieparken per gemeente, 2017–2021 (optioneel)',
    'https://www.cbs.nl/nl-nl/maatwerk/2021/38/inschrijvingen-vakantieparken-per-gemeente-2017-2021',
    INSCHRIJVINGEN_FILE,
  ),
  spreadsheetOnlyJob(
    'cbs-maatwerk-2024-17',
    'CBS maatwerk 2024/17 bewoning van recreatie-objecten, 1-1-2023 (optioneel)',
    'https://www.cbs.nl/nl-nl/maatwerk/2024/17/bewoning-van-recreatie-objecten-in-nederland-1-1-2023',
    RECREATIE_OBJECTEN_FILE,
  ),
];

/** Run an optional job; any failure becomes a 'skipped' outcome with its message, logged, never thrown. */
export async function runOptionalJob(job: DownloadJob, run: () => Promise<Omit<OptionalOutcome, 'reason'>>, progress: Progress): Promise<OptionalOutcome> {
  try {
    return { ...(await run()), reason: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    progress.line(`  optional ${job.id} skipped: ${reason}. The build continues without it.`);
    return { id: job.id, title: job.title, status: 'skipped', files: [], requests: 0, reason };
  }
}
