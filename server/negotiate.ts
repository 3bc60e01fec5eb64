/**
 * The HTTP decisions of a static file response, as pure functions of request headers and file facts:
 * which stored encoding to send, whether the client's copy is still current (304), which byte range to send.
 */
import type { Encoding } from './precompress.ts';

/** Encodings the client accepts (q > 0), in the order of `preferred`. */
export function acceptedEncodings(header: string | undefined, preferred: readonly Encoding[]): Encoding[] {
  if (!header) return [];
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find((m) => m)?.[1];
    quality.set(token.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = quality.get('*');
  return preferred.filter((encoding) => (quality.get(encoding) ?? wildcard ?? 0) > 0);
}

export interface Validators {
  etag: string;
  lastModified: Date;
}

/** A strong validator that differs per stored representation (the gzip and brotli copies share the mtime). */
export function entityTag(size: number, mtimeMs: number, encoding: Encoding | undefined): string {
  return `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
}

const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; HTTP dates have whole seconds. */
export function isNotModified(headers: { 'if-none-match'?: string | undefined; 'if-modified-since'?: string | undefined }, v: Validators): boolean {
  const inm = headers['if-none-match'];
  if (inm !== undefined) return inm.trim() === '*' || inm.split(',').some((tag) => opaque(tag) === opaque(v.etag));
  const ims = headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(v.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export type RangeDecision = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One byte range (`bytes=a-b`, `bytes=a-`, `bytes=-n`); several ranges, other units, syntax errors or a
 * stale If-Range get the whole file, as RFC 9110 §14.2 allows.
 */
export function byteRange(header: string | undefined, ifRange: string | undefined, size: number, v: Validators): RangeDecision {
  if (header === undefined) return { kind: 'full' };
  if (ifRange !== undefined && opaque(ifRange) !== opaque(v.etag) && ifRange.trim() !== v.lastModified.toUTCString()) return { kind: 'full' };
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'full' };
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return { kind: 'unsatisfiable' };
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    const last = m[2] === '' ? Infinity : Number(m[2]);
    if (last < start) return { kind: 'full' };
    end = Math.min(last, size - 1);
  }
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
