import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGION_COLUMNS, type PlacesFile } from '@atlas/contract';
import { expectedTable } from '../../../tests/support/expected-build.ts';
import { RegionTable } from '../data/region-table.ts';
import { labelName, placeFeatures } from './places.ts';
import { MAJOR_PLACE_POPULATION } from './style.ts';
import { arrowTableOf, type ArrowArrays } from '../../../tests/support/arrow-arrays.ts';

const places = JSON.parse(
  readFileSync(resolve(fileURLToPath(import.meta.url), '../../../../tests/expected/fixture-build/geo/gemeente-places.json'), 'utf8'),
) as PlacesFile;
const gemeenten = expectedTable('gemeente');
const order = (file: ReturnType<typeof placeFeatures>): string[] =>
  [...file.features].sort((a, b) => a.properties.rank - b.properties.rank).map((f) => String(f.id));

describe('placeFeatures', () => {
  it('ranks gemeenten by inhabitants when their table is there, most first', () => {
    const population = gemeenten.numbers('population');
    const byPopulation = [...gemeenten.codes].sort((a, b) => (population[gemeenten.row(b)!] ?? 0) - (population[gemeenten.row(a)!] ?? 0));
    expect(order(placeFeatures(places, gemeenten))).toEqual(byPopulation);
  });

  it('ranks by the extent of the region without a table', () => {
    const area = (r: PlacesFile['rows'][number]): number => (r[6] - r[4]) * (r[7] - r[5]);
    const byArea = [...places.rows].sort((a, b) => area(b) - area(a)).map((r) => r[0]);
    const features = placeFeatures(places, undefined);
    expect(order(features)).toEqual(byArea);
    expect(features.features.every((f) => !f.properties.major)).toBe(true);
  });

  it('names at national zoom exactly the gemeenten with at least the threshold of inhabitants', () => {
    // The fixture's gemeenten are small towns: one grows past the threshold, one stops one short of it.
    const population = Float64Array.from(gemeenten.numbers('population'));
    population[0] = MAJOR_PLACE_POPULATION;
    population[1] = MAJOR_PLACE_POPULATION - 1;
    const columns = REGION_COLUMNS.map(({ name }) => [name, name === 'population' ? population : gemeenten.strings(name)]);
    const grown = new RegionTable('gemeente', arrowTableOf(Object.fromEntries(columns) as ArrowArrays));
    const major = placeFeatures(places, grown)
      .features.filter((f) => f.properties.major)
      .map((f) => f.id);
    expect(major).toEqual([gemeenten.codes[0]]);
  });
});

describe('labelName', () => {
  it("keeps 's- and 't- with the name after them, and leaves other hyphens breakable", () => {
    expect(labelName("'s-Hertogenbosch")).toBe("'s\u2011Hertogenbosch");
    expect(labelName('’t-Zandt')).toBe('’t\u2011Zandt');
    expect(labelName('Súdwest-Fryslân')).toBe('Súdwest-Fryslân');
    expect(labelName('Bergen (L.)')).toBe('Bergen (L.)');
  });
});
