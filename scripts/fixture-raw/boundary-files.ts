/**
 * Boundaries of the fixture country in the raw layers' formats: GeoJSON (WGS84, 5 decimals, compact,
 * per-feature properties and a metadata block) for gemeenten and wijken, quantised TopoJSON for the
 * provincie / veiligheidsregio / regionale-eenheid layers.
 *
 * The gemeenten are columns side by side, their wijken stacked inside; borders wiggle, and every border
 * line carries the same vertices on both sides, so neighbours share borders as on the real maps.
 * A water-only wijk (dropped: not a region) and Buitenland (GM0998, WK099899) are in the files too.
 */
import { buurtenOf, populationOf, REGIONS, WATER_GEMEENTE, type Gemeente } from './model.ts';

type Point = [number, number];
const WEST = 5.1;
const COLUMN = 0.1;
const SOUTH = 52.0;
const NORTH = 52.2;
const STEP = 0.01;
const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** The border between column i-1 and i: x as a function of y. */
const verticalX = (i: number, y: number) => WEST + i * COLUMN + 0.004 * Math.sin(37 * y + i);

/** Where the wijk borders of a column lie (south → north); the water gemeente keeps a strip for its water wijk. */
function splits(g: Gemeente): number[] {
  const parts = g.wijken.length + (g.index === WATER_GEMEENTE ? 1 : 0);
  return Array.from({ length: parts - 1 }, (_, k) => round5(SOUTH + ((k + 1) * (NORTH - SOUTH)) / parts));
}

/** Vertices of vertical border i between y0 and y1: a regular grid plus every wijk corner on either side. */
function verticalLine(country: Gemeente[], i: number, y0: number, y1: number): Point[] {
  const ys = new Set<number>();
  for (let y = SOUTH; y <= NORTH + 1e-9; y += STEP) ys.add(round5(y));
  for (const g of [country[i - 1], country[i]]) if (g) for (const y of splits(g)) ys.add(y);
  return [...ys]
    .filter((y) => y >= y0 - 1e-9 && y <= y1 + 1e-9)
    .sort((a, b) => a - b)
    .map((y) => [round5(verticalX(i, y)), y]);
}

/** A wijk border inside column i at height y (or the outer edge), west → east, bulging between its ends. */
function horizontalLine(i: number, y: number, bulge: number): Point[] {
  const x0 = verticalX(i, y);
  const x1 = verticalX(i + 1, y);
  return Array.from({ length: 11 }, (_, k): Point => [round5(x0 + ((x1 - x0) * k) / 10), round5(y + bulge * Math.sin((Math.PI * k) / 10))]);
}

/** Counter-clockwise ring (RFC 7946) of the cell of column i between the wijk borders at y0 and y1. */
function cell(country: Gemeente[], i: number, y0: number, y1: number, columns = 1): Point[] {
  const edge = (y: number) => (y === SOUTH || y === NORTH ? 0 : 0.002 * ((i % 2) * 2 - 1));
  const south = columns === 1 ? horizontalLine(i, y0, edge(y0)) : [];
  const north = columns === 1 ? horizontalLine(i, y1, edge(y1)).reverse() : [];
  const east = verticalLine(country, i + columns, y0, y1);
  const west = verticalLine(country, i, y0, y1).reverse();
  const ring = columns === 1 ? [...south, ...east.slice(1), ...north.slice(1), ...west.slice(1)] : [...east, ...west];
  if (columns > 1) ring.push(ring[0]!);
  return ring;
}

/** A small square south of the country, like the Buitenland enclaves. */
const BUITENLAND: Point[] = [
  [5.2, 51.97],
  [5.22, 51.97],
  [5.22, 51.98],
  [5.2, 51.98],
  [5.2, 51.97],
];

const polygon = (ring: Point[]) => ({ type: 'MultiPolygon', coordinates: [[ring]] });
const feature = (properties: Record<string, unknown>, ring: Point[]) => ({ type: 'Feature', properties, geometry: polygon(ring) });
const GENERATED = '2026-01-01T00:00:00';

function gemeenteProperties(g: Gemeente): Record<string, unknown> {
  const people = populationOf(g);
  const ages = buurtenOf(g).reduce((sum, b) => sum.map((v, k) => v + b.ages[k]!), [0, 0, 0, 0, 0]);
  const households = buurtenOf(g).reduce((sum, b) => sum + b.households, 0);
  const [a, b, c, d, e] = ages.map((v) => Math.round((v / people) * 100));
  return {
    gemeentecode: g.code,
    gemeentenaam: g.name,
    aantal_inwoners: people,
    mannen: Math.round(people * 0.494),
    vrouwen: people - Math.round(people * 0.494),
    '0_15': a,
    '15_25': b,
    '25_45': c,
    '45_65': d,
    '65plus': e,
    huishoudens: households,
    gem_huishouden_grootte: Number((people / households).toFixed(1)),
    bevolkingsdichtheid: Math.round(people / 70),
    personenautos: Math.round(people * 0.5),
  };
}

function geojsonFiles(country: Gemeente[]): Record<string, string> {
  const gemeenten = country.map((g) => feature(gemeenteProperties(g), cell(country, g.index, SOUTH, NORTH)));
  gemeenten.unshift(feature({ gemeentecode: 'GM0998', gemeentenaam: 'Buitenland' }, BUITENLAND));
  const wijken = [feature({ wijkcode: 'WK099899', wijknaam: 'Buitenland', gemeentecode: 'GM0998', gemeentenaam: 'Buitenland' }, BUITENLAND)];
  for (const g of country) {
    const borders = [SOUTH, ...splits(g), NORTH];
    g.wijken.forEach((w, k) =>
      wijken.push(
        feature({ wijkcode: w.code, wijknaam: w.name, gemeentecode: g.code, gemeentenaam: g.name }, cell(country, g.index, borders[k]!, borders[k + 1]!)),
      ),
    );
    if (g.index === WATER_GEMEENTE) {
      const properties = { wijkcode: `WK${g.code.slice(2)}99`, wijknaam: 'Open water', gemeentecode: g.code, gemeentenaam: g.name };
      wijken.push(feature(properties, cell(country, g.index, borders.at(-2)!, NORTH)));
    }
  }
  const indicators = [
    '0_15',
    '15_25',
    '25_45',
    '45_65',
    '65plus',
    'aantal_inwoners',
    'bevolkingsdichtheid',
    'gem_huishouden_grootte',
    'huishoudens',
    'mannen',
    'personenautos',
    'vrouwen',
  ];
  const gemeentenMeta = {
    type: 'gemeenten',
    year: 2024,
    generated: GENERATED,
    count: gemeenten.length,
    with_data: country.length,
    indicators,
    indicators_count: indicators.length,
  };
  return {
    'boundaries/cbs_2024/gemeenten_2024.geojson': JSON.stringify({ type: 'FeatureCollection', metadata: gemeentenMeta, features: gemeenten }),
    'boundaries/cbs_2024/wijken_2024.geojson': JSON.stringify({
      type: 'FeatureCollection',
      metadata: { type: 'wijken', year: 2024, generated: GENERATED, count: wijken.length },
      features: wijken,
    }),
  };
}

const SCALE: Point = [0.0001, 0.0001];
const TRANSLATE: Point = [5.0, 51.9];

/** One arc per ring, quantised and delta-encoded as in the real layers (which share arcs; ours need not). */
function quantisedArc(ring: Point[]): Point[] {
  const absolute = ring.map(([x, y]): Point => [Math.round((x - TRANSLATE[0]) / SCALE[0]), Math.round((y - TRANSLATE[1]) / SCALE[1])]);
  return absolute.map(([x, y], k): Point => (k === 0 ? [x, y] : [x - absolute[k - 1]![0], y - absolute[k - 1]![1]]));
}

type RegioKey = keyof Gemeente['regio'];
const LAYERS: { key: RegioKey; file: string; rubriek: string }[] = [
  { key: 'provincie', file: 'provincie_2024', rubriek: 'provincie' },
  { key: 'veiligheidsregio', file: 'veiligheidsregio_2024', rubriek: 'veiligheidsregio' },
  { key: 'politieEenheid', file: 'regionale_eenheid_2024', rubriek: 'regionale_eenheid' },
];

/** An aggregate is a run of neighbouring columns (the model assigns them that way). */
function topojsonFiles(country: Gemeente[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const layer of LAYERS) {
    const arcs: Point[][] = [];
    const geometries = REGIONS[layer.key].map((region, id) => {
      const members = country.filter((g) => g.regio[layer.key] === id);
      const first = members[0]!.index;
      arcs.push(quantisedArc(cell(country, first, SOUTH, NORTH, members.length)));
      const properties = {
        statcode: region.code,
        jrstatcode: `2024${region.code}`,
        statnaam: region.name,
        rubriek: layer.rubriek,
        id: id + 1,
        FID: `${layer.rubriek}_gegeneraliseerd.fixture-${id + 1}`,
      };
      return { type: 'Polygon', arcs: [[arcs.length - 1]], id: region.code, properties };
    });
    const topology = {
      type: 'Topology',
      arcs,
      transform: { scale: SCALE, translate: TRANSLATE },
      objects: { [layer.file]: { type: 'GeometryCollection', geometries } },
    };
    files[`boundaries/cbs_2024/${layer.file}.topojson`] = JSON.stringify(topology);
  }
  return files;
}

export function boundaryFiles(country: Gemeente[]): Record<string, string> {
  return { ...geojsonFiles(country), ...topojsonFiles(country) };
}
