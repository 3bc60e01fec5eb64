import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexFallbackForTests } from './sha256.ts';

describe('sha256 of published files', () => {
  it('WebCrypto and the fallback agree with node:crypto, across block boundaries', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 1000, 100_003]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
      const expected = createHash('sha256').update(data).digest('hex');
      expect(sha256HexFallbackForTests(data)).toBe(expected);
      expect(await sha256Hex(data)).toBe(expected);
    }
  });
});
