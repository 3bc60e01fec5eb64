/**
 * methode.json, the published description /methode arranges: fetched only as the manifest lists it (path and
 * size), then checked against the contract's schema, with a Dutch error that names the file otherwise.
 */
import { dataFile, methodeSchema, type Manifest, type Methode } from '@atlas/contract';
import { DataError } from '../data/errors.ts';
import { fetchBytes, type Fetcher } from '../data/fetch.ts';

const sameOrigin: Fetcher = (url) => fetch(url, { credentials: 'same-origin' });

export async function loadMethode(manifest: Manifest, fetcher: Fetcher = sameOrigin): Promise<Methode> {
  const bytes = await fetchBytes(dataFile.methode, fetcher, manifest);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataError('corrupt', dataFile.methode, e instanceof Error ? e.message : 'geen geldige JSON');
  }
  const parsed = methodeSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(hoofdniveau)'}: ${i.message}`);
    throw new DataError('invalid', dataFile.methode, where.join('; '));
  }
  return parsed.data;
}
