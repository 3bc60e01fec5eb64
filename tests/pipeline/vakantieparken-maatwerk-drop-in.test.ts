import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { col } from '@atlas/contract';
import { buildInto, rawCopyWith, readArrow, REPO_ROOT, rowsByCode, sharedBuild, tempDir } from './helpers.ts';

/**
 * The two CBS maatwerk drop-ins (README, "Vakantieparken: echte gegevens toevoegen"), made up in their documented
 * layout (tests/fixtures/vakantieparken-maatwerk/), placed in a copy of the real raw folder: both become direct
 * measures of the Vakantieparken theme with a higher weight than its proxies, joined where the gemeente's code and
 * name are those of 2024.
 */
const FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/vakantieparken-maatwerk');

describe('vakantieparken: CBS maatwerk 2021/38 and 2024/17 drop-ins are picked up', () => {
  it('adds both indicators to the manifest and the theme, with values only where code and name match 2024', async () => {
    const raw = await rawCopyWith({
      'vakantieparken/maatwerk-2021-38_inschrijvingen_vakantieparken.csv': await readFile(
        resolve(FIXTURES, 'maatwerk-2021-38_inschrijvingen_vakantieparken.csv'),
        'utf8',
      ),
      'vakantieparken/maatwerk-2024-17_bewoning_recreatie_objecten.csv': await readFile(
        resolve(FIXTURES, 'maatwerk-2024-17_bewoning_recreatie_objecten.csv'),
        'utf8',
      ),
    });
    const out = await tempDir('maatwerk');
    const { manifest } = await buildInto(out, raw);

    const theme = manifest.themes.find((t) => t.id === 'vakantieparken');
    const weight = (id: string) => theme?.indicators.find((i) => i.id === id)?.weight ?? 0;
    expect(weight('vakantiepark_inschrijvingen')).toBe(3);
    expect(weight('recreatie_objecten_bewoond')).toBe(3);
    const proxies = manifest.indicators.filter((i) => i.kind === 'proxy' && theme?.indicators.some((m) => m.id === i.id));
    expect(proxies.length).toBeGreaterThan(0);
    for (const proxy of proxies) expect(weight(proxy.id)).toBeLessThan(3);

    const inschrijvingen = manifest.indicators.find((i) => i.id === 'vakantiepark_inschrijvingen');
    expect(inschrijvingen).toMatchObject({ year: '2021', kind: 'direct' });
    expect(manifest.indicators.find((i) => i.id === 'recreatie_objecten_bewoond')).toMatchObject({ year: '2023', kind: 'direct' });
    expect(manifest.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['cbs_maatwerk_2021_38', 'cbs_maatwerk_2024_17']));
    // 2021/38: juli 2021 rows of Ameland, Aa en Hunze, Tilburg, Amsterdam and Utrecht match; Beemster (merged
    // into Purmerend in 2022) and "Rotterdam-Zuid" (not the 2024 name) do not.
    expect(manifest.joins.find((j) => j.sourceId === 'cbs_maatwerk_2021_38')).toMatchObject({ matched: 5, unmatched: 2 });
    expect(manifest.joins.find((j) => j.sourceId === 'cbs_maatwerk_2024_17')).toMatchObject({ matched: 6, unmatched: 0 });

    const gemeenten = rowsByCode(await readArrow(out, 'gemeente'));
    const population = (code: string) => Number(gemeenten.get(code)?.population);
    expect(gemeenten.get('GM0060')?.[col.value('vakantiepark_inschrijvingen')]).toBeCloseTo((45 / population('GM0060')) * 1000, 6);
    expect(gemeenten.get('GM1680')?.[col.value('vakantiepark_inschrijvingen')]).toBeCloseTo((310 / population('GM1680')) * 1000, 6);
    expect(gemeenten.get('GM0855')?.[col.reason('vakantiepark_inschrijvingen')]).toBe('suppressed');
    expect(gemeenten.get('GM0363')?.[col.reason('vakantiepark_inschrijvingen')]).toBe('missing_in_source');
    expect(gemeenten.get('GM0599')?.[col.reason('vakantiepark_inschrijvingen')]).toBe('not_comparable');
    expect(gemeenten.get('GM0014')?.[col.reason('vakantiepark_inschrijvingen')]).toBe('not_comparable');

    expect(gemeenten.get('GM1680')?.[col.value('recreatie_objecten_bewoond')]).toBeCloseTo((400 / 2500) * 100, 9);
    expect(gemeenten.get('GM0060')?.[col.value('recreatie_objecten_bewoond')]).toBeCloseTo(5, 9);
    expect(gemeenten.get('GM0855')?.[col.reason('recreatie_objecten_bewoond')]).toBe('suppressed');
    expect(gemeenten.get('GM0599')?.[col.reason('recreatie_objecten_bewoond')]).toBe('not_comparable');
  }, 600_000); // a whole real-data build of its own, on a shared machine

  it('is absent without the files, and the proxy note names the three CBS tables', async () => {
    const { manifest } = await sharedBuild();
    expect(manifest.indicators.map((i) => i.id)).not.toContain('vakantiepark_inschrijvingen');
    expect(manifest.indicators.map((i) => i.id)).not.toContain('recreatie_objecten_bewoond');
    const note = manifest.themes.find((t) => t.id === 'vakantieparken')?.proxyNote ?? '';
    expect(note).toContain('maatwerk 2021/38');
    expect(note).toContain('maatwerk 2024/17');
    expect(note).toContain('70262NED');
  });
});
