/**
 * From a request target to the file it may name under the site root, refusing anything that could leave
 * the root: `..` segments (also percent-encoded), encoded slashes or backslashes, NUL bytes and dot-files.
 */
import { join, resolve, sep } from 'node:path';

export type RequestPath =
  { ok: true; /** decoded, normalised, always starting with "/" */ urlPath: string; segments: string[] } | { ok: false; reason: string };

export function parseRequestPath(target: string | undefined): RequestPath {
  if (!target?.startsWith('/')) return { ok: false, reason: 'request target is not an absolute path' };
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const encoded of raw.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return { ok: false, reason: 'path climbs out of the site' };
    if (/[/\\\0]/.test(segment)) return { ok: false, reason: 'encoded separator or NUL in the path' };
    if (segment.startsWith('.')) return { ok: false, reason: 'hidden file' };
    segments.push(segment);
  }
  return { ok: true, urlPath: `/${segments.join('/')}`, segments };
}

/** The file a parsed path names, or undefined if it would lie outside the root (a last line of defence). */
export function fileUnder(root: string, segments: readonly string[]): string | undefined {
  const base = resolve(root);
  const file = resolve(join(base, ...segments));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * App routes (/, /vergelijk, /gemeente/GM0363, /methode, and any future one) are answered with an app shell
 * (app-shells.ts), where the router takes over. Paths with a file extension, and everything under /assets/ and /data/, are
 * files: a missing one is a 404, so the app never parses HTML as a table or a script.
 */
export function isAppRoute(segments: readonly string[]): boolean {
  const [first] = segments;
  if (first === 'assets' || first === 'data') return false;
  const last = segments.at(-1);
  return last === undefined || !last.includes('.');
}
