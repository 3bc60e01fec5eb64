/**
 * The request handler of the production site: files of the built app with the security headers, caching,
 * MIME types, stored gzip/brotli copies, conditional requests (304), byte ranges and HEAD; app routes get
 * their app shell (index.html for the map, page.html for the other pages). Each request stats its file, so a
 * rebuilt or republished file is served at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { cacheControl, contentType, SECURITY_HEADERS } from './http-policy.ts';
import { acceptedEncodings, byteRange, entityTag, isNotModified, type Validators } from './negotiate.ts';
import { ENCODINGS, isCompressible, isFreshVariant, type Encoding } from './precompress.ts';
import { shellsFor } from './app-shells.ts';
import { fileUnder, isAppRoute, parseRequestPath } from './request-path.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...extra });
  res.end(text);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The stored representation to send: the client's best accepted encoding with a fresh copy, else the original. */
async function chooseRepresentation(req: IncomingMessage, file: string): Promise<{ path: string; encoding?: Encoding }> {
  // A range names bytes of one representation; we serve ranges of the original only.
  if (req.headers.range !== undefined || !isCompressible(file)) return { path: file };
  const original = await stat(file);
  const accepted = acceptedEncodings(
    req.headers['accept-encoding'],
    ENCODINGS.map((e) => e.encoding),
  );
  for (const { encoding, suffix } of ENCODINGS) {
    if (accepted.includes(encoding) && (await isFreshVariant(file + suffix, original.mtimeMs))) return { path: file + suffix, encoding };
  }
  return { path: file };
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, urlPath: string): Promise<void> {
  const chosen = await chooseRepresentation(req, file);
  const handle = await open(chosen.path, 'r');
  try {
    const info = await handle.stat();
    const validators: Validators = { etag: entityTag(info.size, info.mtimeMs, chosen.encoding), lastModified: info.mtime };
    const headers: Record<string, string | number> = {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      'Cache-Control': cacheControl(urlPath),
      ETag: validators.etag,
      'Last-Modified': validators.lastModified.toUTCString(),
      'Accept-Ranges': 'bytes',
    };
    if (isCompressible(file)) headers.Vary = 'Accept-Encoding';
    if (chosen.encoding) headers['Content-Encoding'] = chosen.encoding;

    if (isNotModified(req.headers, validators)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const ifRange = req.headers['if-range'];
    const range = byteRange(req.headers.range, typeof ifRange === 'string' ? ifRange : undefined, info.size, validators);
    if (range.kind === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'Content-Range': `bytes */${info.size}`, 'Content-Length': 0 });
      res.end();
      return;
    }
    const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, info.size - 1];
    if (range.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`;
    headers['Content-Length'] = end - start + 1;
    res.writeHead(range.kind === 'partial' ? 206 : 200, headers);
    if (req.method === 'HEAD' || info.size === 0) {
      res.end();
      return;
    }
    // The stream owns the handle from here and closes it when done or destroyed.
    const stream = handle.createReadStream({ start, end, autoClose: true });
    await pipeline(stream, res);
  } finally {
    // Idempotent after the stream has closed it; closes it on the 304/416/HEAD paths.
    await handle.close().catch(() => undefined);
  }
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Methode niet toegestaan\n', { Allow: 'GET, HEAD' });
    return;
  }
  const parsed = parseRequestPath(req.url);
  const file = parsed.ok ? fileUnder(root, parsed.segments) : undefined;
  if (!parsed.ok || file === undefined) {
    sendText(res, 400, 'Ongeldig pad\n');
    return;
  }
  if (parsed.segments.length > 0 && (await isFile(file))) return sendFile(req, res, file, parsed.urlPath);
  if (isAppRoute(parsed.segments)) {
    for (const name of shellsFor(parsed.segments)) {
      const path = fileUnder(root, [name]);
      if (path && (await isFile(path))) return sendFile(req, res, path, `/${name}`);
    }
  }
  sendText(res, 404, 'Niet gevonden\n');
}

export function staticSite(root: string): Handler {
  return (req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      // A client that hangs up mid-download is normal; anything else is ours to report.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error(`${req.method} ${req.url}:`, error);
      if (!res.headersSent) sendText(res, 500, 'Serverfout\n');
      else res.destroy();
    });
  };
}
