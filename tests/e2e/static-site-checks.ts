/**
 * What a production server of the built app must do, as one suite run against each server we ship
 * (`npm run serve` in server.test.ts, deploy/nginx.conf in nginx.test.ts): the headers of
 * server/http-policy.ts on every response, MIME types, caching and revalidation, the stored gzip/brotli
 * copies, app routes, refused traversal, HEAD and ranges — over real HTTP — and the app itself in Chromium
 * with no CSP violation and no request leaving the origin.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, contentType, IMMUTABLE_CACHE, MIME_TYPES, REVALIDATE_CACHE, SECURITY_HEADERS } from '../../server/http-policy.ts';
import { LICENCE_FILE } from '../../server/licence-notices.ts';
import { MAP_PAGE, PAGE_LINK_ATTRIBUTE } from '../../server/app-shells.ts';
import { openSession, screenshot } from './browser.ts';
import { colourShares, legendClassColours, mapPixels } from './map-pixels.ts';

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
/** The build under test: the same folder tests/e2e/global-setup.ts builds into. */
export const DIST_DIR = resolve(REPO_ROOT, process.env.ATLAS_DIST_DIR ?? 'dist');

export interface RunningSite {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request: no automatic decompression, and the target is sent exactly as written. */
export function fetchRaw(baseUrl: string, target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolveReply, reject) => {
    const req = request({ hostname, port, path: target, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveReply({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const header = (reply: Reply, name: string): string => String(reply.headers[name.toLowerCase()] ?? '');
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** One built file per extension we declare a MIME type for, as a URL path. */
function sampleFiles(): Map<string, string> {
  const samples = new Map<string, string>();
  for (const file of filesUnder(DIST_DIR)) {
    const ext = extname(file);
    if (ext in MIME_TYPES && !samples.has(ext)) samples.set(ext, `/${relative(DIST_DIR, file).split('\\').join('/')}`);
  }
  return samples;
}

function expectSecurityHeaders(reply: Reply, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(header(reply, name), `${name} on ${what}`).toBe(value);
}

export function describeStaticSite(label: string, start: () => Promise<RunningSite>): void {
  describe(label, () => {
    let site: RunningSite;
    let base: string;
    const samples = sampleFiles();
    const asset = (ext: string): string => {
      const path = [...filesUnder(join(DIST_DIR, 'assets'))].find((f) => extname(f) === ext);
      if (!path) throw new Error(`no ${ext} file under ${DIST_DIR}/assets`);
      return `/${relative(DIST_DIR, path)}`;
    };
    const distFile = (urlPath: string): Buffer => readFileSync(join(DIST_DIR, urlPath));

    beforeAll(async () => {
      site = await start();
      base = site.baseUrl;
    });
    afterAll(async () => {
      await site?.stop();
    });

    it('sends the security headers on pages, files, revalidations and errors', async () => {
      expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/'unsafe-eval'/);
      for (const target of ['/', '/methode', '/data/manifest.json', asset('.js'), '/data/buurt.arrow', '/data/missing.arrow']) {
        expectSecurityHeaders(await fetchRaw(base, target), target);
      }
      const first = await fetchRaw(base, '/data/manifest.json');
      const revalidated = await fetchRaw(base, '/data/manifest.json', { 'If-None-Match': header(first, 'etag') });
      expect(revalidated.status).toBe(304);
      expectSecurityHeaders(revalidated, '304');
    });

    it('serves every file type with its MIME type and its exact bytes', async () => {
      for (const ext of ['.html', '.js', '.css', '.json', '.topojson', '.arrow', '.parquet', '.wasm', '.svg']) expect([...samples.keys()]).toContain(ext);
      for (const [ext, target] of samples) {
        const reply = await fetchRaw(base, target);
        expect(reply.status, target).toBe(200);
        expect(header(reply, 'content-type'), target).toBe(contentType(target));
        expect(header(reply, 'content-encoding'), `${ext} without Accept-Encoding`).toBe('');
        expect(sha256(reply.body), target).toBe(sha256(distFile(target)));
      }
    });

    it('ships the licence notices of the bundled libraries (vite build.license + server/licence-notices.ts)', async () => {
      const reply = await fetchRaw(base, `/${LICENCE_FILE}`);
      expect(reply.status).toBe(200);
      expect(header(reply, 'content-type')).toBe(contentType(LICENCE_FILE));
      const text = reply.body.toString('utf8');
      for (const name of ['maplibre-gl', 'react', 'react-dom', 'apache-arrow', '@duckdb/duckdb-wasm', 'zod', 'topojson-client']) {
        expect(text, name).toMatch(new RegExp(`^## ${name.replace(/[/.]/g, '\\$&')} - \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
      }
      // The texts themselves, not only the names; and the NOTICE file Apache-2.0 requires for apache-arrow.
      expect(text).toContain('Permission is hereby granted, free of charge');
      expect(text).toContain('Apache License');
      expect(text).toMatch(/^## NOTICE of apache-arrow - /m);
    });

    it('caches hashed assets for a year and revalidates the unhashed files with ETag and Last-Modified', async () => {
      const js = await fetchRaw(base, asset('.js'));
      expect(header(js, 'cache-control')).toBe(IMMUTABLE_CACHE);
      for (const target of ['/', '/data/manifest.json', '/data/buurt.arrow', '/data/geo/gemeente.topojson']) {
        for (const encoding of ['identity', 'br', 'gzip']) {
          const reply = await fetchRaw(base, target, { 'Accept-Encoding': encoding });
          expect(header(reply, 'cache-control'), target).toBe(cacheControl(target));
          expect(header(reply, 'cache-control'), target).toBe(REVALIDATE_CACHE);
          const etag = header(reply, 'etag');
          const lastModified = header(reply, 'last-modified');
          expect(etag, `${target} ETag`).toMatch(/^"[^"]+"$/);
          const byTag = await fetchRaw(base, target, { 'Accept-Encoding': encoding, 'If-None-Match': etag });
          expect(byTag.status, `${target} (${encoding}) If-None-Match`).toBe(304);
          expect(byTag.body.length).toBe(0);
          const byDate = await fetchRaw(base, target, { 'Accept-Encoding': encoding, 'If-Modified-Since': lastModified });
          expect(byDate.status, `${target} (${encoding}) If-Modified-Since`).toBe(304);
        }
      }
      const stale = await fetchRaw(base, '/data/manifest.json', { 'If-None-Match': '"not-the-current-tag"' });
      expect(stale.status).toBe(200);
    });

    it('sends the stored brotli and gzip copies, never compressing per request', async () => {
      const decode = { br: brotliDecompressSync, gzip: gunzipSync };
      for (const target of [asset('.js'), asset('.wasm'), '/data/buurt.arrow', '/data/manifest.json', '/', '/methode']) {
        const file = target === '/' ? '/index.html' : target === '/methode' ? '/page.html' : target;
        const original = distFile(file);
        for (const [encoding, suffix] of [
          ['br', '.br'],
          ['gzip', '.gz'],
        ] as const) {
          const reply = await fetchRaw(base, target, { 'Accept-Encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip' });
          expect(header(reply, 'content-encoding'), `${target} ${encoding}`).toBe(encoding);
          expect(header(reply, 'vary').toLowerCase()).toContain('accept-encoding');
          // The bytes on the wire are the stored copy itself, so nothing was compressed for this request.
          expect(sha256(reply.body), `${target}${suffix}`).toBe(sha256(distFile(file + suffix)));
          expect(sha256(decode[encoding](reply.body))).toBe(sha256(original));
        }
      }
    });

    it('answers the map page with index.html, the other app routes with page.html, and missing files with 404', async () => {
      const shells = { index: distFile('/index.html').toString('utf8'), page: distFile('/page.html').toString('utf8') };
      // index.html preloads the map page's code (MapLibre among it); page.html is the same page without those links
      const mapLinks = (html: string) => html.match(new RegExp(`<link[^>]*${PAGE_LINK_ATTRIBUTE}="${MAP_PAGE}"[^>]*>`, 'g')) ?? [];
      expect(mapLinks(shells.index).length).toBeGreaterThan(0);
      expect(mapLinks(shells.page)).toEqual([]);
      const squeezed = (html: string) => html.replace(/\s+/g, ' ');
      expect(squeezed(shells.page)).toBe(squeezed(mapLinks(shells.index).reduce((html, link) => html.replace(link, ''), shells.index)));
      const routes = {
        index: ['/', '/?thema=drugs'],
        page: ['/vergelijk', '/vergelijk?niveau=gemeente&gebieden=GM0363,GM0599', '/gemeente/GM0363', '/methode', '/methode/'],
      };
      for (const [shell, targets] of Object.entries(routes) as [keyof typeof shells, string[]][]) {
        for (const route of targets) {
          const reply = await fetchRaw(base, route);
          expect(reply.status, route).toBe(200);
          expect(header(reply, 'content-type'), route).toBe('text/html; charset=utf-8');
          expect(header(reply, 'cache-control'), route).toBe(REVALIDATE_CACHE);
          expect(reply.body.toString('utf8'), `${route}: ${shell}.html`).toBe(shells[shell]);
        }
      }
      for (const missing of ['/data/missing.arrow', '/data/geo/missing.topojson', '/assets/missing-0000.js', '/missing.js', '/data/']) {
        const reply = await fetchRaw(base, missing);
        expect(reply.status, missing).toBe(404);
        expect(header(reply, 'cache-control'), missing).toBe(REVALIDATE_CACHE);
      }
    });

    it('refuses paths that climb out of the site', async () => {
      const outside = readFileSync(resolve(DIST_DIR, '../package.json'), 'utf8').slice(0, 40);
      for (const target of [
        '/../package.json',
        '/%2e%2e/package.json',
        '/..%2fpackage.json',
        '/assets/..%2f..%2fpackage.json',
        '/data/%2e%2e/%2e%2e/package.json',
        '/..%5cpackage.json',
        '/../../../../etc/passwd',
      ]) {
        const reply = await fetchRaw(base, target);
        expect(reply.status, target).toBeGreaterThanOrEqual(400);
        expect(reply.status, target).toBeLessThan(500);
        expect(reply.body.toString('utf8'), target).not.toContain(outside);
        expect(reply.body.toString('utf8'), target).not.toContain('root:');
      }
    });

    it('answers HEAD with the headers of GET and no body', async () => {
      for (const target of ['/data/gemeente.arrow', asset('.wasm'), '/methode']) {
        const get = await fetchRaw(base, target, { 'Accept-Encoding': 'br' });
        const head = await fetchRaw(base, target, { 'Accept-Encoding': 'br' }, 'HEAD');
        expect(head.status, target).toBe(200);
        expect(head.body.length, target).toBe(0);
        for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'content-security-policy']) {
          expect(header(head, name), `${target} ${name}`).toBe(header(get, name));
        }
      }
    });

    it('serves byte ranges of the large tables', async () => {
      const original = distFile('/data/buurt.arrow');
      const part = await fetchRaw(base, '/data/buurt.arrow', { Range: 'bytes=1000-1999' });
      expect(part.status).toBe(206);
      expect(header(part, 'content-range')).toBe(`bytes 1000-1999/${original.length}`);
      expect(part.body.equals(original.subarray(1000, 2000))).toBe(true);
      const tail = await fetchRaw(base, '/data/buurt.arrow', { Range: 'bytes=-16' });
      expect(tail.status).toBe(206);
      expect(tail.body.equals(original.subarray(original.length - 16))).toBe(true);
      const beyond = await fetchRaw(base, '/data/buurt.arrow', { Range: `bytes=${original.length + 10}-` });
      expect(beyond.status).toBe(416);
    });

    it('runs the app: the first map drawn, DuckDB started, deep links work, no CSP violation, nothing leaves the origin', async () => {
      const session = await openSession(base);
      const { page } = session;
      try {
        const cspMessages: string[] = [];
        page.on('console', (message) => {
          if (/content security policy|refused to/i.test(message.text())) cspMessages.push(message.text());
        });
        // Registered before any page script runs, so a violation during start-up is caught too.
        await page.addInitScript(() => {
          const seen: string[] = [];
          Object.defineProperty(window, '__cspViolations', { value: seen });
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        });
        const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

        await page.goto(base);
        await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
        const shares = colourShares(await mapPixels(page), await legendClassColours(page));
        expect(shares.filter((s) => s > 0.003).length).toBeGreaterThanOrEqual(3);
        await screenshot(page, `${label.replace(/\W+/g, '-')}-first-map`);
        await page.waitForFunction(() => window.__atlas?.duckdbReady, null, { timeout: 60_000 });
        expect(await violations()).toEqual([]);

        await page.goto(`${base}/methode`);
        await page.getByTestId('method-page').waitFor({ timeout: 30_000 });
        expect(await violations()).toEqual([]);
        await page.goto(`${base}/gemeente/GM0363`);
        await page.locator('[data-testid="gemeente-summary"][data-state="ready"]').waitFor({ timeout: 30_000 });
        expect(await page.locator('h1').innerText()).toBe('Amsterdam');
        expect(await violations()).toEqual([]);

        expect(cspMessages).toEqual([]);
        expect(session.foreignRequests).toEqual([]);
        expect(session.consoleErrors).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
}
