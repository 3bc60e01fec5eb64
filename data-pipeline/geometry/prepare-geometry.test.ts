import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Level } from '@atlas/contract';
import { testRegion, testRegister } from '../compute/test-register.ts';
import { RawFolder } from '../sources/raw-folder.ts';
import { readBoundaryInputs, type BoundaryInput } from './boundary-inputs.ts';
import { GeometryInputError } from './geometry-input-error.ts';
import { prepareGeometry } from './prepare-geometry.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const raw = new RawFolder(path.join(repoRoot, 'tests/fixtures/raw-mini'));

/** The fixture's regions (Buitenland left out, as the register does), read from its own boundary files. */
function fixtureRegister() {
  const features = (file: string) =>
    (JSON.parse(readFileSync(raw.path(`boundaries/cbs_2024/${file}`), 'utf8')) as { features: { properties: Record<string, string> }[] }).features
      .map((f) => f.properties)
      .filter((p) => p.gemeentecode !== 'GM0998');
  const gemeenten = features('gemeenten_2024.geojson').map((p) => testRegion(p.gemeentecode ?? '', 'gemeente', p.gemeentecode ?? '', null));
  const wijken = features('wijken_2024.geojson').map((p) => testRegion(p.wijkcode ?? '', 'wijk', p.gemeentecode ?? '', p.wijkcode ?? ''));
  return testRegister({ gemeente: gemeenten, wijk: wijken, buurt: [] });
}

const broken = (boundaries: readonly BoundaryInput[], level: Level, text: string): BoundaryInput[] =>
  boundaries.map((b) => (b.level === level ? { ...b, text } : b));

describe('prepareGeometry', () => {
  it('gives the same layers and outcome with every layer on a worker thread as with all on this one', async () => {
    const register = fixtureRegister();
    const boundaries = await readBoundaryInputs(raw);
    expect(boundaries.map((b) => b.level)).toEqual(['gemeente', 'wijk']);
    const here = await prepareGeometry(raw, register, boundaries, { onWorkerFromChars: Number.POSITIVE_INFINITY });
    const there = await prepareGeometry(raw, register, boundaries, { onWorkerFromChars: 0 });
    expect(there).toEqual(here);
    expect(here.layers.map((l) => l.path).slice(0, 4)).toEqual([
      'geo/gemeente.topojson',
      'geo/gemeente-places.json',
      'geo/wijk.topojson',
      'geo/wijk-places.json',
    ]);
    expect(here.outcome.features).toEqual({ gemeente: register.byLevel.gemeente.length, wijk: register.byLevel.wijk.length, buurt: 0 });
    expect(here.outcome.missingLevels).toEqual(['buurt']);
  });

  it('fails with the first level’s error in LEVELS order, whichever thread failed first', async () => {
    const register = fixtureRegister();
    const boundaries = await readBoundaryInputs(raw);
    const gemeente = boundaries.find((b) => b.level === 'gemeente')?.text ?? '';
    // the wijk layer fails at once (not JSON), the gemeente layer at its second feature's code
    const both = broken(
      broken(boundaries, 'wijk', '{"type": "FeatureCollection", "features": ['),
      'gemeente',
      gemeente.replace(/"gemeentecode": ?"GM\d{4}"/g, '"gemeentecode": 7'),
    );
    for (const onWorkerFromChars of [0, Number.POSITIVE_INFINITY]) {
      const error = await prepareGeometry(raw, register, both, { onWorkerFromChars }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GeometryInputError);
      expect((error as GeometryInputError).file).toMatch(/gemeenten_2024\.geojson$/);
    }
  });

  it('prepares nothing for a build that has stopped', async () => {
    const stop = new AbortController();
    stop.abort();
    const boundaries = await readBoundaryInputs(raw);
    for (const onWorkerFromChars of [0, Number.POSITIVE_INFINITY]) {
      await expect(prepareGeometry(raw, fixtureRegister(), boundaries, { signal: stop.signal, onWorkerFromChars })).rejects.toThrow(
        /the build stopped before it began/,
      );
    }
  });
});
