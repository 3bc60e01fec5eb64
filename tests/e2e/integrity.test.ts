/**
 * What the app does with a damaged deployment, against modified copies of the production build served by
 * server/main.ts: a data file changed without changing its size (only the manifest's sha256 can tell) must
 * stop the map with a Dutch error naming the file, and a missing DuckDB .wasm must end "De database start
 * op…" with a Dutch error within the start-up timeout instead of waiting for ever.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFile } from '@atlas/contract';
import { DUCKDB_START_TIMEOUT_MS } from '../../web/src/data/duckdb/wasm-connector.ts';
import { tempDir } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { startNodeServer } from './node-server.ts';
import { DIST_DIR, type RunningSite } from './static-site-checks.ts';

/** A copy of the built site with one change; stored compressed copies of changed files are dropped with them. */
async function modifiedDist(change: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(await tempDir('dist'), 'site');
  await cp(DIST_DIR, dir, { recursive: true, dereference: true });
  await change(dir);
  return dir;
}

describe('a damaged deployment gives a clear Dutch error', () => {
  const sites: RunningSite[] = [];
  const sessions: Session[] = [];
  let tampered: RunningSite;
  let withoutWasm: RunningSite;

  beforeAll(async () => {
    tampered = await startNodeServer(
      await modifiedDist(async (dir) => {
        const file = join(dir, 'data', dataFile.arrow('gemeente'));
        const bytes = await readFile(file);
        const middle = Math.floor(bytes.length / 2);
        for (let i = middle; i < middle + 64; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff; // same size, other content
        await writeFile(file, bytes);
        await rm(`${file}.gz`, { force: true });
        await rm(`${file}.br`, { force: true });
      }),
    );
    withoutWasm = await startNodeServer(
      await modifiedDist(async (dir) => {
        const assets = join(dir, 'assets');
        for (const name of await readdir(assets)) if (name.includes('.wasm')) await rm(join(assets, name));
      }),
    );
    sites.push(tampered, withoutWasm);
  });
  afterAll(async () => {
    for (const session of sessions) await session.close();
    for (const site of sites) await site.stop();
  });

  it('a same-size tampered table stops the map with the sha256 mismatch named', async () => {
    const session = await openSession(tampered.baseUrl);
    sessions.push(session);
    await session.page.goto(`${tampered.baseUrl}/`);
    const error = session.page.getByTestId('data-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('De gegevens konden niet worden geladen');
    expect(text).toContain(dataFile.arrow('gemeente'));
    expect(text).toMatch(/controlesom \(sha256\)/);
    await screenshot(session.page, 'integrity-tampered');
  });

  it('a missing DuckDB .wasm ends the start-up with a Dutch error instead of waiting for ever', async () => {
    const session = await openSession(withoutWasm.baseUrl);
    sessions.push(session);
    await session.page.goto(`${withoutWasm.baseUrl}/analyse`);
    const error = session.page.getByTestId('analyse-error');
    await error.waitFor({ timeout: DUCKDB_START_TIMEOUT_MS + 30_000 });
    const text = await error.innerText();
    expect(text).toContain('De database in je browser kon niet starten.');
    expect(text).toMatch(/reageerde na \d+ seconden nog niet|wasm/i);
    await screenshot(session.page, 'integrity-no-wasm');
  });
});
