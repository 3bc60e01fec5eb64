import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manifest as fixtureManifest } from '../../../tests/support/export-fixture.ts';
import { dataErrorMessage } from './errors.ts';
import { fetchBytes } from './fetch.ts';

const original = new TextEncoder().encode('{"aantal": 12000}');
const tampered = new TextEncoder().encode('{"aantal": 99000}'); // same size: the byte count cannot tell
const manifest = {
  ...fixtureManifest,
  files: [{ path: 'methode.json', kind: 'methode' as const, bytes: original.byteLength, sha256: createHash('sha256').update(original).digest('hex') }],
};
const serve = (bytes: Uint8Array) => async () => new Response(Uint8Array.from(bytes), { headers: { 'content-type': 'application/json' } });

describe('fetchBytes checks the manifest sha256', () => {
  it('returns the listed bytes', async () => {
    expect(await fetchBytes('methode.json', serve(original), manifest)).toEqual(original);
  });

  it('refuses a same-size tampered file with a Dutch message', async () => {
    const error = await fetchBytes('methode.json', serve(tampered), manifest).catch((e: unknown) => e);
    expect(dataErrorMessage(error)).toMatch(/‘methode\.json’ is beschadigd.*controlesom \(sha256\)/);
  });
});
