/**
 * What every response of the production site carries, in one place for the Node server, its tests and the
 * nginx test: security headers, caching per path and the MIME type per file extension. deploy/nginx.conf
 * states the same policy in nginx's words; tests/e2e/nginx.test.ts holds it to these values.
 */
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

export { CONTENT_SECURITY_POLICY };

/** Powerful features the atlas never uses, denied so that no injected or framed code can ask for them. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // frame-ancestors covers current browsers; X-Frame-Options the ones that predate it.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Vite puts a content hash in every file name under /assets/, so a URL there never changes its bytes. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, manifest.json, the data files, whose names carry no hash) is revalidated. */
export const REVALIDATE_CACHE = 'no-cache';

export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

const UTF8 = '; charset=utf-8';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': `text/html${UTF8}`,
  '.js': `text/javascript${UTF8}`,
  '.mjs': `text/javascript${UTF8}`,
  '.css': `text/css${UTF8}`,
  '.txt': `text/plain${UTF8}`,
  '.md': `text/markdown${UTF8}`,
  '.json': 'application/json',
  '.topojson': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/vnd.apache.parquet',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export const DEFAULT_MIME_TYPE = 'application/octet-stream';

export function contentType(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? DEFAULT_MIME_TYPE;
}

/** Types worth storing precompressed: text, and the binary tables and WebAssembly, which shrink 5–10×. */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.txt',
  '.md',
  '.json',
  '.topojson',
  '.map',
  '.webmanifest',
  '.arrow',
  '.parquet',
  '.wasm',
  '.svg',
]);
