/**
 * Fetching published files from our own origin, with errors that name the file. Files are checked against
 * the manifest's list (path, byte count and sha256) before any byte is used, because the app reads nothing
 * the manifest does not list, and a same-size tampered or mixed-up file would otherwise show wrong numbers.
 */
import type { Manifest } from '@atlas/contract';
import { t } from '../i18n/nl.ts';
import { DataError } from './errors.ts';
import { sha256Hex } from './sha256.ts';
import { dataUrl } from './data-url.ts';

export type Fetcher = (url: string) => Promise<Response>;

export { dataUrl };

async function get(path: string, fetcher: Fetcher): Promise<Response> {
  let res: Response;
  try {
    res = await fetcher(dataUrl(path));
  } catch (e) {
    throw new DataError('network', path, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DataError('missing', path, '', res.status);
  // A static host's SPA fallback answers a missing file with index.html and status 200.
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new DataError('missing', path, 'index.html ontvangen', 404);
  return res;
}

export async function fetchJson(path: string, fetcher: Fetcher): Promise<unknown> {
  const res = await get(path, fetcher);
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataError('corrupt', path, e instanceof Error ? e.message : 'geen geldige JSON');
  }
}

export async function fetchBytes(path: string, fetcher: Fetcher, manifest?: Manifest): Promise<Uint8Array> {
  const listed = manifest?.files.find((f) => f.path === path);
  if (manifest && !listed) throw new DataError('unlisted', path);
  const res = await get(path, fetcher);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new DataError('network', path, e instanceof Error ? e.message : String(e));
  }
  if (listed && listed.bytes !== bytes.byteLength) {
    throw new DataError('corrupt', path, `${bytes.byteLength} bytes ontvangen, ${listed.bytes} verwacht volgens manifest.json`);
  }
  if (listed && (await sha256Hex(bytes)) !== listed.sha256) throw new DataError('corrupt', path, t('error.checksum'));
  return bytes;
}
