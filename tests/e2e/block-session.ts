/**
 * One browser session for the tests of a describe block: opened in its beforeAll, closed in its afterAll. Kept out
 * of browser.ts, which the benches import without vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { openSession, type Session } from './browser.ts';

/** Call inside describe(); the getter gives the session once the block's tests run. */
export function sessionForBlock(baseUrl: string, viewport?: { width: number; height: number }): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(baseUrl, viewport);
  });
  afterAll(async () => session?.close());
  return () => {
    if (!session) throw new Error('the session opens in beforeAll: read it inside a test');
    return session;
  };
}
