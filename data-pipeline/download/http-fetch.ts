/**
 * GET with a timeout per attempt and retries with exponential backoff (Node 20 global fetch).
 * Every failure names the URL and, when there was a response, its HTTP status, so a broken endpoint
 * can be opened in a browser as is.
 */

export class DownloadError extends Error {
  readonly url: string;
  readonly status: number | undefined;

  constructor(url: string, problem: string, status?: number, options?: { cause?: unknown }) {
    super(`GET ${url}: ${problem}`, options);
    this.name = 'DownloadError';
    this.url = url;
    this.status = status;
  }
}

export interface HttpOptions {
  /** Milliseconds per attempt, headers and body together (default 120 s: an OData page of 10,000 rows). */
  timeoutMs?: number;
  /** Attempts after the first one (default 4). */
  retries?: number;
  /** Wait before the first retry; doubled before each next one (default 1 s → 1, 2, 4, 8 s). */
  backoffMs?: number;
  /** Replaceable for tests. */
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to print a progress line. */
  onRetry?: (info: { url: string; attempt: number; waitMs: number; reason: string }) => void;
}

/** Statuses worth another try: the server or a proxy is busy or briefly broken. */
const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
/** Retry-After is honoured, but never longer than this. */
const MAX_RETRY_AFTER_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.min(Math.max(date - Date.now(), 0), MAX_RETRY_AFTER_MS);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return `${error.message}${detail}`;
}

function snippet(body: Uint8Array): string {
  const text = new TextDecoder().decode(body.subarray(0, 300)).replace(/\s+/g, ' ').trim();
  return text === '' ? '' : ` — response starts with: ${text}`;
}

/** The body of a successful (2xx) GET; retries network errors, timeouts, cut-off bodies and 408/429/5xx. */
export async function fetchBytes(url: string, options: HttpOptions = {}): Promise<Uint8Array> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const wait = options.sleep ?? sleep;
  const retries = options.retries ?? 4;
  const timeoutMs = options.timeoutMs ?? 120_000;
  let backoff = options.backoffMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    let reason: string;
    let status: number | undefined;
    let waitMs = backoff;
    try {
      const response = await doFetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json', 'user-agent': 'ondermijningsatlas-data-pipeline' },
      });
      status = response.status;
      // Reading the body is part of the attempt: a connection cut mid-body (fewer bytes than
      // Content-Length) rejects here and is retried like any other network error.
      const body = new Uint8Array(await response.arrayBuffer());
      if (response.ok) return body;
      const statusText = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (!RETRYABLE_STATUS.has(response.status)) throw new DownloadError(url, `${statusText}${snippet(body)}`, response.status);
      reason = statusText;
      waitMs = Math.max(backoff, retryAfterMs(response.headers.get('retry-after')) ?? 0);
    } catch (error) {
      if (error instanceof DownloadError) throw error;
      reason = status === undefined ? `network error (${describeError(error)})` : `HTTP ${status}, body cut off (${describeError(error)})`;
    }
    if (attempt >= retries) {
      throw new DownloadError(url, `failed after ${attempt + 1} attempts; last: ${reason}`, status);
    }
    options.onRetry?.({ url, attempt: attempt + 1, waitMs, reason });
    await wait(waitMs);
    backoff *= 2;
  }
}

/**
 * A JSON document. A body that does not parse (a response cut off by a proxy, an HTML error page
 * with status 200) is an error naming the URL; it is not retried, as the same server would answer
 * the same way.
 */
export async function fetchJson(url: string, options: HttpOptions = {}): Promise<unknown> {
  const body = await fetchBytes(url, options);
  const text = new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DownloadError(
      url,
      `response is not valid JSON, probably truncated or garbled (${body.byteLength} bytes; ${describeError(error)})${snippet(body)}`,
      undefined,
      { cause: error },
    );
  }
}
