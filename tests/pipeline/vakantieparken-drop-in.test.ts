import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { col } from '@atlas/contract';
import { buildInto, rawCopyWith, readArrow, REPO_ROOT, rowsByCode, sharedBuild, tempDir } from './helpers.ts';

/**
 * The documented drop-in format for real holiday-park data (README): placing the file in the raw
 * folder is all it takes for the indicator to appear and join the Vakantieparken theme.
 */
describe('vakantieparken: a recreatiewoningen table in the documented format is picked up', () => {
  it('adds the indicator to the manifest and the theme, with values for the listed gemeenten only', async () => {
    const fixture = await readFile(resolve(REPO_ROOT, 'tests/fixtures/vakantieparken/recreatiewoningen.csv'), 'utf8');
    const raw = await rawCopyWith({ 'vakantieparken/recreatiewoningen.csv': fixture });
    const out = await tempDir('vakantie');
    const { manifest } = await buildInto(out, raw);

    const indicator = manifest.indicators.find((i) => i.id === 'recreatiewoningen');
    expect(indicator).toBeDefined();
    expect(indicator!.year).toBe('2024');
    expect(indicator!.coverage.gemeente).toBe(3);
    expect(manifest.themes.find((t) => t.id === 'vakantieparken')!.indicators.map((i) => i.id)).toContain('recreatiewoningen');
    expect(manifest.sources.map((s) => s.id)).toContain('recreatiewoningen');

    const gemeenten = rowsByCode(await readArrow(out, 'gemeente'));
    // Ameland: 1,450 / 1,900 × 1,000 = 763.2 per 1,000 woningen
    expect(gemeenten.get('GM0060')![col.value('recreatiewoningen')]).toBeCloseTo((1450 / 1900) * 1000, 6);
    expect(gemeenten.get('GM0855')![col.value('recreatiewoningen')]).toBeNull();
    expect(gemeenten.get('GM0855')![col.reason('recreatiewoningen')]).toBe('missing_in_source');
    expect(gemeenten.get('GM0014')![col.reason('recreatiewoningen')]).toBe('missing_in_source');
    expect(gemeenten.get('GM0060')![col.percentile('recreatiewoningen')]).toBe(100);
  });

  it('is absent, and the theme says it is a proxy theme, without the file', async () => {
    const { outDir: out, manifest } = await sharedBuild();
    expect(manifest.indicators.find((i) => i.id === 'recreatiewoningen')).toBeUndefined();
    const theme = manifest.themes.find((t) => t.id === 'vakantieparken')!;
    expect(theme.proxy).toBe(true);
    expect(theme.indicators.map((i) => i.id)).not.toContain('recreatiewoningen');
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')).themes[0].proxyNote).toMatch(/indirecte aanwijzingen/);
  });
});
