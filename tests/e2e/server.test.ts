/**
 * `npm run serve` (server/main.ts) against the production build: the shared static-site suite (headers,
 * MIME types, 304s, stored gzip/brotli, app routes, traversal, HEAD, ranges, the app in Chromium), plus what
 * only the Node server promises: it refuses other methods and picks up a rebuilt file without a restart.
 */
import { copyFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer } from './node-server.ts';
import { describeStaticSite, DIST_DIR, fetchRaw, type RunningSite } from './static-site-checks.ts';

describeStaticSite('npm run serve (server/main.ts)', startNodeServer);

describe('npm run serve, beyond the shared suite', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startNodeServer();
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('refuses methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const reply = await fetchRaw(site.baseUrl, '/data/manifest.json', {}, method);
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
    }
  });

  it('ignores a stale compressed copy and serves a republished file at once, under a new ETag', async () => {
    // A copy of a real data file, so the published ones stay untouched.
    const original = join(DIST_DIR, 'data/manifest.json');
    const copy = join(DIST_DIR, 'data/manifest-copy-for-test.json');
    try {
      await copyFile(original, copy);
      await copyFile(`${original}.br`, `${copy}.br`);
      const { mtime } = await stat(copy);
      await utimes(`${copy}.br`, mtime, mtime);
      const fresh = await fetchRaw(site.baseUrl, '/data/manifest-copy-for-test.json', { 'Accept-Encoding': 'br' });
      expect(fresh.headers['content-encoding']).toBe('br');
      // Republish: the file changes, its stored copy is now older and must not be sent.
      await utimes(copy, new Date(mtime.getTime() + 5000), new Date(mtime.getTime() + 5000));
      const after = await fetchRaw(site.baseUrl, '/data/manifest-copy-for-test.json', { 'Accept-Encoding': 'br' });
      expect(after.headers['content-encoding']).toBeUndefined();
      expect(after.headers.etag).not.toBe(fresh.headers.etag);
      const revalidated = await fetchRaw(site.baseUrl, '/data/manifest-copy-for-test.json', {
        'Accept-Encoding': 'br',
        'If-None-Match': String(fresh.headers.etag),
      });
      expect(revalidated.status).toBe(200);
    } finally {
      await rm(copy, { force: true });
      await rm(`${copy}.br`, { force: true });
    }
  });
});
