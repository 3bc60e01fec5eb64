import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { col } from '@atlas/contract';
import { buildInto, rawCopyWith, readArrow, REPO_ROOT, rowsByCode, sharedBuild, tempDir } from './helpers.ts';

/**
 * The optional 70262NED drop-in (README): a StatLine TypedDataSet of "Bodemgebruik; uitgebreide gebruiksvorm,
 * per gemeente" placed at vakantieparken/70262NED_bodemgebruik.csv adds verblijfsrecreatief terrein to the
 * Vakantieparken theme. The small file is made up in the table's own layout (keys, padded RegioS, JJ00 periods,
 * '.' for unknown), with an older period, a national row and a gemeente whose area differs from 2024.
 */
describe('vakantieparken: a 70262NED bodemgebruik table in its StatLine layout is picked up', () => {
  it('adds the indicator for the latest period, only where the gemeente has its 2024 area', async () => {
    const fixture = await readFile(resolve(REPO_ROOT, 'tests/fixtures/vakantieparken/70262NED_bodemgebruik.csv'), 'utf8');
    const raw = await rawCopyWith({ 'vakantieparken/70262NED_bodemgebruik.csv': fixture });
    const out = await tempDir('bodemgebruik');
    const { manifest } = await buildInto(out, raw);

    const indicator = manifest.indicators.find((i) => i.id === 'verblijfsrecreatie');
    expect(indicator?.year).toBe('2021');
    expect(manifest.themes.find((t) => t.id === 'vakantieparken')?.indicators.map((i) => i.id)).toContain('verblijfsrecreatie');
    expect(manifest.joins.find((j) => j.sourceId === 'cbs_bodemgebruik_70262')).toMatchObject({ matched: 3, unmatched: 1 });

    const gemeenten = rowsByCode(await readArrow(out, 'gemeente'));
    // Ameland 2021 (not 2015): 190 of 26,850 ha.
    expect(gemeenten.get('GM0060')?.[col.value('verblijfsrecreatie')]).toBeCloseTo((190 / 26850) * 100, 9);
    expect(gemeenten.get('GM1680')?.[col.value('verblijfsrecreatie')]).toBeCloseTo((610 / 27890) * 100, 9);
    // Tilburg's value is '.', suppressed; Groningen's area (18,000 ha against 19,796 in 2024) is another territory.
    expect(gemeenten.get('GM0855')?.[col.reason('verblijfsrecreatie')]).toBe('suppressed');
    expect(gemeenten.get('GM0014')?.[col.reason('verblijfsrecreatie')]).toBe('not_comparable');
    expect(gemeenten.get('GM0363')?.[col.reason('verblijfsrecreatie')]).toBe('not_comparable');
  });

  it('is absent without the file', async () => {
    const { manifest } = await sharedBuild();
    expect(manifest.indicators.find((i) => i.id === 'verblijfsrecreatie')).toBeUndefined();
  });
});
