import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../indicators/catalog/indicators.ts';
import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import { col, dataFile, LEVELS, methodeSchema, type Level, type Manifest, type Methode } from '@atlas/contract';
import { readArrow, rowsByCode, sharedBuild } from './helpers.ts';

/**
 * Every indicator the catalogue links to a yearly series (`series`) must have that series in the published trends
 * table on the real data — at least two years on every level the indicator is published on, since the map's year
 * slider, the popover's "Reeks" line and /methode promise exactly that — and methode.json must name the series.
 */
const LEVEL_OF_PREFIX: Record<string, Level> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };
const linked = (INDICATORS as readonly IndicatorDefinition[]).filter((d) => d.series !== undefined);

interface TrendRow {
  code: string;
  series: string;
  year: number;
  value: number | null;
}

describe('indicators with a yearly series have it published', () => {
  let manifest: Manifest;
  let methode: Methode;
  let trends: TrendRow[];
  let outDir: string;
  beforeAll(async () => {
    ({ outDir, manifest } = await sharedBuild());
    methode = methodeSchema.parse(JSON.parse(await readFile(join(outDir, dataFile.methode), 'utf8')));
    const table = tableFromIPC(await readFile(join(outDir, dataFile.trendsArrow)));
    trends = [...table].map((row) => row.toJSON() as unknown as TrendRow);
  });

  it('the catalogue links at least the crime and turnout series', () => {
    expect(linked.map((d) => d.series)).toEqual(expect.arrayContaining(['misdrijven_geregistreerd_per_1000', 'opkomst_tweede_kamer']));
  });

  it.each(linked.map((d) => [d.id, d] as const))(
    '%s: ≥ 2 years per published level in trends, in the manifest and in methode.json',
    async (_id, definition) => {
      const published = manifest.indicators.find((i) => i.id === definition.id);
      expect(published, `${definition.id} is published`).toBeDefined();
      expect(published?.series).toBe(definition.series);

      const listed = manifest.trends.find((s) => s.id === definition.series);
      expect(listed?.years.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(listed?.years).toContain(Number(definition.year));

      const inMethode = methode.indicators.find((i) => i.id === definition.id);
      expect(inMethode?.series).toBe(definition.series);

      const levels = published?.levels.map((l) => l.level) ?? [];
      expect(levels.length).toBeGreaterThan(0);
      for (const level of LEVELS) {
        const rows = trends.filter((r) => r.series === definition.series && LEVEL_OF_PREFIX[r.code.slice(0, 2)] === level && r.value !== null);
        const years = new Set(rows.map((r) => r.year));
        if (levels.includes(level)) {
          expect(years.size, `${definition.series} years on ${level}`).toBeGreaterThanOrEqual(2);
          expect([...years].sort()).toEqual([...(listed?.years ?? [])].filter((y) => years.has(y)).sort());
        }
      }

      // The series equals the indicator in the indicator's own year (the slider's "now" is the map's value).
      const gemeenten = rowsByCode(await readArrow(outDir, 'gemeente'));
      const ownYear = trends.filter((r) => r.series === definition.series && r.year === Number(definition.year) && r.code.startsWith('GM'));
      let compared = 0;
      for (const point of ownYear) {
        const value = gemeenten.get(point.code)?.[col.value(definition.id)];
        if (typeof value !== 'number' || point.value === null) continue;
        expect(point.value, `${definition.series} ${point.code} ${definition.year}`).toBeCloseTo(value, 6);
        compared++;
      }
      expect(compared).toBeGreaterThan(300);

      // No year of the series has a value where the indicator withholds one for too few inhabitants.
      if (definition.minPopulation > 0) {
        const small = new Map<string, number>();
        for (const level of LEVELS) {
          for (const [code, row] of rowsByCode(await readArrow(outDir, level))) {
            if (typeof row['population'] === 'number' && row['population'] < definition.minPopulation) small.set(code, row['population']);
          }
        }
        expect(small.size, 'regions below the minimum exist on the real data').toBeGreaterThan(0);
        // the series and the counts it is made of ('misdrijven_geregistreerd' for its per-1.000 rate), which with the
        // published population would give it back
        const made = new Set([definition.series, definition.series?.replace(/_per_1000$/, '')]);
        const leaked = trends.filter((r) => made.has(r.series) && r.value !== null && small.has(r.code)).map((r) => `${r.series} ${r.code} ${r.year}`);
        expect(leaked, `${definition.series} values of regions below ${definition.minPopulation} inhabitants`).toEqual([]);
      }
    },
  );
});
