/**
 * The search index (contract/search-index.ts): names, parents and bounds of every region, so the app's search
 * finds any of the 14,574 buurten without loading a region table or a map layer. JSON rather than Arrow:
 * measured in Chromium it is about as small gzipped and parses in a few milliseconds, and the app needs plain
 * strings and arrays to search in anyway (see README "Zoeken").
 */
import {
  AGGREGATES,
  dataFile,
  type Aggregate,
  type Level,
  type PlacesFile,
  type SearchAggregateRow,
  type SearchBounds,
  type SearchIndexFile,
} from '@atlas/contract';
import type { GeometryLayer } from '../geometry/prepare-geometry.ts';
import type { Region, RegionRegister } from '../regions/register.ts';
import type { OutputFolder } from './output-folder.ts';

type Bounds = NonNullable<SearchBounds>;

/** Bounds per code from the places files the geometry stage made (already rounded to 5 decimals). */
export function boundsFromPlaces(layers: readonly GeometryLayer[]): Map<string, Bounds> {
  const bounds = new Map<string, Bounds>();
  for (const layer of layers) {
    if (layer.kind !== 'places') continue;
    const file = JSON.parse(layer.topojson) as PlacesFile;
    for (const [code, , , , west, south, east, north] of file.rows) bounds.set(code, [west, south, east, north]);
  }
  return bounds;
}

const union = (a: Bounds | null, b: Bounds): Bounds => (a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b);

const AGGREGATE_FIELDS: Record<Aggregate, { code: keyof Region; name: keyof Region }> = {
  politie_eenheid: { code: 'politieEenheidCode', name: 'politieEenheidName' },
  veiligheidsregio: { code: 'veiligheidsregioCode', name: 'veiligheidsregioName' },
  provincie: { code: 'provincieCode', name: 'provincieName' },
};

/** Aggregate regions from the gemeenten they hold, with the union of those gemeenten's bounds. */
function aggregateRows(gemeenten: readonly Region[], bounds: ReadonlyMap<string, Bounds>): SearchAggregateRow[] {
  const rows: SearchAggregateRow[] = [];
  for (const kind of AGGREGATES) {
    const found = new Map<string, { name: string; bounds: Bounds | null }>();
    for (const g of gemeenten) {
      const code = String(g[AGGREGATE_FIELDS[kind].code]);
      const entry = found.get(code) ?? { name: String(g[AGGREGATE_FIELDS[kind].name]), bounds: null };
      const own = bounds.get(g.code);
      if (own) entry.bounds = union(entry.bounds, own);
      found.set(code, entry);
    }
    for (const [code, a] of [...found].sort(([x], [y]) => (x < y ? -1 : 1))) rows.push([code, a.name, kind, a.bounds]);
  }
  return rows;
}

const rowNumbers = (regions: readonly Region[]): Map<string, number> => new Map(regions.map((r, i) => [r.code, i]));

function parentRow(rows: ReadonlyMap<string, number>, code: string | null, child: string, parentLevel: Level): number {
  const row = code === null ? undefined : rows.get(code);
  if (row === undefined) throw new Error(`search index: ${child} has no ${parentLevel} ${code ?? '(leeg)'} in the register`);
  return row;
}

export function buildSearchIndex(register: RegionRegister, bounds: ReadonlyMap<string, Bounds>): SearchIndexFile {
  const { gemeente, wijk, buurt } = register.byLevel;
  const gemeenteRows = rowNumbers(gemeente);
  const wijkRows = rowNumbers(wijk);
  const box = (code: string): SearchBounds => bounds.get(code) ?? null;
  return {
    gemeente: gemeente.map((r) => [r.code, r.name, r.population, box(r.code)]),
    wijk: wijk.map((r) => [r.code, r.name, parentRow(gemeenteRows, r.gemeenteCode, r.code, 'gemeente'), r.population, box(r.code)]),
    buurt: buurt.map((r) => [r.code, r.name, parentRow(wijkRows, r.wijkCode, r.code, 'wijk'), r.population, box(r.code)]),
    aggregate: aggregateRows(gemeente, bounds),
  };
}

/** Writes search-index.json (compact: it is for the browser, and one row per line would not diff better). */
export async function writeSearchIndex(out: OutputFolder, register: RegionRegister, layers: readonly GeometryLayer[]): Promise<void> {
  const index = buildSearchIndex(register, boundsFromPlaces(layers));
  await out.write(dataFile.searchIndex, JSON.stringify(index), 'search-index');
}
