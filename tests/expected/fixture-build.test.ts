/**
 * Expected output, in the style of Observable Framework's build test: the real pipeline (buildData)
 * builds the small synthetic raw folder tests/fixtures/raw-mini/ (made by scripts/make-fixture-raw.ts),
 * and every published file is compared by value with tests/expected/fixture-build/. A formula change
 * that shifts every value consistently fails here even when all other checks still pass.
 *
 * On a mismatch the whole new output is written to tests/expected/fixture-build-changed/ (git-ignored):
 * diff the two folders, and when the change is intended run `UPDATE_EXPECTED=1 npx vitest run
 * tests/expected` to make the new output the expected one.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_PATTERN, LEVELS, NATIONAL_CODE, TABLE_SLICE_NAMES, dataFile, publishesSlice, sliceColumns, type Manifest } from '@atlas/contract';
import { buildData } from '../../data-pipeline/build.ts';
import { silentProgress } from '../../data-pipeline/progress.ts';
import { FIXTURE_RAW_DIR, fixtureRawFiles } from '../../scripts/make-fixture-raw.ts';
import { publishedSnapshot, snapshotName, snapshotText, type Json, type TableSnapshot } from '../support/published-snapshot.ts';

const EXPECTED_DIR = resolve(fileURLToPath(import.meta.url), '../fixture-build');
const CHANGED_DIR = `${EXPECTED_DIR}-changed`;
const UPDATE = process.env.UPDATE_EXPECTED === '1';

async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

async function writeTree(dir: string, files: Map<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const isTable = (value: unknown): value is TableSnapshot => typeof value === 'object' && value !== null && 'columns' in value && 'rows' in value;

let outDir: string;
let actual: Awaited<ReturnType<typeof publishedSnapshot>>;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'atlas-fixture-build-'));
  await buildData({
    rawDir: FIXTURE_RAW_DIR,
    outDir: join(outDir, 'data'),
    progress: silentProgress(),
    expectedCounts: null,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  actual = await publishedSnapshot(join(outDir, 'data'));
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('build of the synthetic raw folder', () => {
  it('uses the raw folder that scripts/make-fixture-raw.ts writes (run it after changing the script)', async () => {
    const committed = await readTree(FIXTURE_RAW_DIR);
    const generated = new Map(Object.entries(fixtureRawFiles()));
    expect([...committed.keys()].sort()).toEqual([...generated.keys()].sort());
    const stale = [...generated].filter(([path, text]) => committed.get(path) !== text).map(([path]) => path);
    expect(stale, 'files that differ from the script output').toEqual([]);
  });

  it('publishes Parquet files with the same values as their Arrow twins', () => {
    for (const [path, columns] of actual.parquet) {
      const arrow = actual.files.get(snapshotName(path.replace(/\.parquet$/, '.arrow')));
      if (!isTable(arrow)) throw new Error(`${path} has no Arrow twin`);
      for (const [name, values] of Object.entries(columns)) expect(values, `${path} ${name}`).toEqual(arrow.columns[name]?.values);
    }
  });

  it('publishes each slice of a level’s table (first view, themes) as the contract’s columns of that table, the same values', () => {
    const manifest = actual.files.get('manifest.json') as Manifest;
    const themes = manifest.themes.map((th) => th.id);
    const published = LEVELS.flatMap((level) => TABLE_SLICE_NAMES.filter((s) => publishesSlice(s, level)).map((slice) => ({ level, slice })));
    expect(published.map(({ level, slice }) => `${level} ${slice}`)).toEqual(['gemeente first-view', 'wijk themes']);
    for (const { level, slice: name } of published) {
      const slice = actual.files.get(snapshotName(dataFile.sliceArrow(level, name)));
      const full = actual.files.get(snapshotName(dataFile.arrow(level)));
      if (!isTable(slice) || !isTable(full)) throw new Error(`${level}: no ${name} slice or full table published`);
      expect(Object.keys(slice.columns)).toEqual(sliceColumns(name, manifest.indicators, themes, level).map((c) => c.name));
      expect(Object.keys(slice.columns).length).toBeLessThan(Object.keys(full.columns).length);
      for (const [column, values] of Object.entries(slice.columns)) expect(values, `${level} ${name} ${column}`).toEqual(full.columns[column]);
    }
  });

  it('publishes the gemeenten’s and Nederland’s trend rows apart, as they are in the whole trends table', () => {
    const slice = actual.files.get(snapshotName(dataFile.trendsGemeenteArrow));
    const whole = actual.files.get(snapshotName(dataFile.trendsArrow));
    if (!isTable(slice) || !isTable(whole)) throw new Error('no trends tables published');
    const rows = (t: TableSnapshot): string[] =>
      Array.from({ length: t.rows }, (_, i) => JSON.stringify(Object.values(t.columns).map((c) => c.values[i] ?? null)));
    const codes = whole.columns['code']?.values ?? [];
    const kept = rows(whole).filter((_, i) => codes[i] === NATIONAL_CODE || CODE_PATTERN.gemeente.test(String(codes[i])));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(whole.rows);
    expect(Object.keys(slice.columns)).toEqual(Object.keys(whole.columns));
    expect(rows(slice)).toEqual(kept);
  });

  it('publishes exactly the expected values (else see tests/expected/fixture-build-changed/)', async () => {
    const texts = new Map([...actual.files].map(([path, value]) => [path, `${snapshotText(value)}\n`]));
    if (UPDATE) {
      await writeTree(EXPECTED_DIR, texts);
      await rm(CHANGED_DIR, { recursive: true, force: true });
      return;
    }
    const expected = new Map([...(await readTree(EXPECTED_DIR))].map(([path, text]) => [path, JSON.parse(text) as Json | TableSnapshot]));
    const names = [...new Set([...expected.keys(), ...actual.files.keys()])].sort();
    const differing = names.filter((name) => !isDeepStrictEqual(JSON.parse(texts.get(name) ?? 'null'), expected.get(name) ?? null));
    if (differing.length === 0) {
      await rm(CHANGED_DIR, { recursive: true, force: true });
      return;
    }
    await writeTree(CHANGED_DIR, texts);
    for (const name of differing) {
      const was = expected.get(name);
      const now = actual.files.has(name) ? (JSON.parse(texts.get(name)!) as Json | TableSnapshot) : undefined;
      if (isTable(was) && isTable(now)) {
        // One assertion per column that changed, so the report names the columns.
        expect.soft(Object.keys(now.columns), `${name}: column names`).toEqual(Object.keys(was.columns));
        for (const column of Object.keys(now.columns)) {
          if (!isDeepStrictEqual(now.columns[column], was.columns[column])) expect.soft(now.columns[column], `${name} ${column}`).toEqual(was.columns[column]);
        }
      } else {
        expect.soft(now, `${name} (new output in ${relative(process.cwd(), CHANGED_DIR)})`).toEqual(was);
      }
    }
    expect.fail(
      `${differing.length} published file(s) differ from ${relative(process.cwd(), EXPECTED_DIR)}: ${differing.join(', ')}. New output: ${relative(process.cwd(), CHANGED_DIR)}; accept it with UPDATE_EXPECTED=1.`,
    );
  });
});
