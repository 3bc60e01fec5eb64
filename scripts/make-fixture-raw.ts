/**
 * `npx tsx scripts/make-fixture-raw.ts [--out DIR]`: writes the synthetic raw folder that the
 * expected-output test builds (default tests/fixtures/raw-mini/). Same file names, columns, quoting and
 * line endings as the real raw folder (../shared/data/raw, see its SOURCES.md files), but six invented
 * gemeenten with seeded values and drawn boundaries: no CBS row is in it. Run it after changing
 * scripts/fixture-raw/; the test fails while the committed folder differs from what this writes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boundaryFiles } from './fixture-raw/boundary-files.ts';
import { currentFiles } from './fixture-raw/current-files.ts';
import { kwbFiles } from './fixture-raw/kwb-files.ts';
import { fixtureCountry } from './fixture-raw/model.ts';
import { otherFiles } from './fixture-raw/other-files.ts';

export const FIXTURE_RAW_DIR = resolve(fileURLToPath(import.meta.url), '../../tests/fixtures/raw-mini');

const README = `# Synthetic raw folder (test fixture)

Made by \`npx tsx scripts/make-fixture-raw.ts\`; do not edit by hand. The files have the paths, columns,
quoting and line endings of the real raw folder, but hold six invented gemeenten (GM0901–GM0906), their
wijken and buurten, seeded values and drawn boundaries: no CBS, Politie, SCP or Kiesraad row.
tests/expected/fixture-build.test.ts builds it with the real pipeline and compares the output with
tests/expected/fixture-build/.
`;

/** Every file of the fixture raw folder by relative path; the same on every call. */
export function fixtureRawFiles(): Record<string, string> {
  const country = fixtureCountry();
  return { 'README.md': README, ...kwbFiles(country), ...otherFiles(country), ...currentFiles(country), ...boundaryFiles(country) };
}

export async function writeFixtureRaw(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(fixtureRawFiles())) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--out');
  const out = index >= 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]!) : FIXTURE_RAW_DIR;
  await writeFixtureRaw(out);
  console.log(`Wrote ${Object.keys(fixtureRawFiles()).length} files to ${out}`);
}
