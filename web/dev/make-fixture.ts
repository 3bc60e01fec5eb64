/**
 * Writes a SYNTHETIC data folder that follows data-pipeline/publish/contract.ts, so the app can be developed
 * and smoke-tested before (or without) the real pipeline output. Real boundaries and region names, random
 * indicator values: never publish this. Output goes to a git-ignored folder, never to public/data, so it
 * cannot be mistaken for pipeline output.
 *
 *   npx tsx web/dev/make-fixture.ts [outDir=.tmp/fixture-data] [rawDir=/work/shared/data/raw]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Float64, Utf8, Bool, Int32, Table, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import {
  AGGREGATES,
  REGION_COLUMNS,
  TOPOJSON_OBJECT,
  col,
  dataFile,
  manifestSchema,
  type Level,
  type Manifest,
  type MissingReason,
} from '../../data-pipeline/publish/contract.ts';

const outDir = process.argv[2] ?? '.tmp/fixture-data';
const rawDir = process.argv[3] ?? '/work/shared/data/raw';

/** Deterministic PRNG so screenshots are comparable between runs. */
let seed = 42;
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

interface Region {
  code: string;
  name: string;
  level: Level;
  gemeente: string;
  wijk: string | null;
  population: number;
  lat: number;
  lon: number;
  hasGeometry: boolean;
}

const readCsv = (path: string): string[][] =>
  readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));

// --- regions --------------------------------------------------------------------------------------------
const regio = readCsv(join(rawDir, 'boundaries/derived/gemeente_regio_2024.csv')).slice(1);
const parents = new Map(
  regio.map((r) => [r[0]!, { pv: r[2]!, pvName: r[3]!, vr: r[4]!, vrName: r[5]!, re: r[6]!, reName: r[7]! }]),
);

type Feature = { type: 'Feature'; properties: Record<string, string>; geometry: { type: string; coordinates: unknown } };
const gemeenteGeo = JSON.parse(readFileSync(join(rawDir, 'boundaries/cbs_2024/gemeenten_2024.geojson'), 'utf8')) as {
  features: Feature[];
};
const wijkGeo = JSON.parse(readFileSync(join(rawDir, 'boundaries/cbs_2024/wijken_2024.geojson'), 'utf8')) as { features: Feature[] };

const firstPoint = (g: Feature['geometry']): [number, number] => {
  let c: unknown = g.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  const p = c as number[];
  return [p[0] ?? 5, p[1] ?? 52];
};

const buurtNames = readCsv(join(rawDir, 'statistics/cbs_85984NED_kwb2024/buurt_names/cbs_buurt_namen_85984.csv')).slice(1);
const buurtPop = new Map(
  readCsv(join(rawDir, 'statistics/cbs_85984NED_kwb2024/buurt_population/Population85984_2024.csv'))
    .slice(1)
    .map((r) => [r[1]!, Number(r[2])]),
);

const gemeenten: Region[] = [];
const gemeenteName = new Map<string, string>();
for (const f of gemeenteGeo.features) {
  const code = f.properties['gemeentecode']!;
  if (code === 'GM0998') continue;
  const [lon, lat] = firstPoint(f.geometry);
  gemeenteName.set(code, f.properties['gemeentenaam']!);
  gemeenten.push({ code, name: f.properties['gemeentenaam']!, level: 'gemeente', gemeente: code, wijk: null, population: 0, lat, lon, hasGeometry: true });
}
const wijken: Region[] = [];
const wijkName = new Map<string, string>();
for (const f of wijkGeo.features) {
  const code = f.properties['wijkcode']!;
  if (code.startsWith('WK0998')) continue;
  const [lon, lat] = firstPoint(f.geometry);
  wijkName.set(code, f.properties['wijknaam']!);
  wijken.push({ code, name: f.properties['wijknaam']!, level: 'wijk', gemeente: f.properties['gemeentecode']!, wijk: code, population: 0, lat, lon, hasGeometry: true });
}
const wijkByCode = new Map(wijken.map((w) => [w.code, w]));
const buurten: Region[] = [];
for (const [code, name] of buurtNames) {
  if (!code || !name) continue;
  const wijk = `WK${code.slice(2, 8)}`;
  const w = wijkByCode.get(wijk);
  if (!w) continue;
  const population = buurtPop.get(code) ?? 0;
  buurten.push({ code, name, level: 'buurt', gemeente: w.gemeente, wijk, population, lat: w.lat, lon: w.lon, hasGeometry: false });
  w.population += population;
}
const gemeenteByCode = new Map(gemeenten.map((g) => [g.code, g]));
for (const w of wijken) {
  const g = gemeenteByCode.get(w.gemeente);
  if (g) g.population += w.population;
}

// --- indicators -----------------------------------------------------------------------------------------
interface FixtureIndicator {
  id: string;
  label: string;
  short: string;
  unit: string;
  decimals: number;
  scale: number;
  themes: string[];
  direction: 'higher_is_risk' | 'lower_is_risk';
  minPopulation: number;
  kind: 'direct' | 'proxy';
  source: string;
  levels: Level[];
  base: number;
}
const indicators: FixtureIndicator[] = [
  { id: 'recreatiewoningen', label: 'Recreatiewoningen per 1.000 woningen', short: 'Aandeel recreatiewoningen', unit: 'per 1.000 woningen', decimals: 1, scale: 1000, themes: ['vakantieparken'], direction: 'higher_is_risk', minPopulation: 50, kind: 'proxy', source: 'cbs_kwb', levels: ['gemeente', 'wijk', 'buurt'], base: 0.02 },
  { id: 'inbraak_recreatie', label: 'Inbraken en vernielingen per 1.000 inwoners', short: 'Vermogens- en vernielingsdelicten', unit: 'per 1.000 inwoners', decimals: 1, scale: 1000, themes: ['vakantieparken', 'maatschappelijke_onrust'], direction: 'higher_is_risk', minPopulation: 200, kind: 'proxy', source: 'politie', levels: ['gemeente', 'wijk', 'buurt'], base: 0.015 },
  { id: 'drugsdelicten', label: 'Drugsdelicten per 1.000 inwoners', short: 'Geregistreerde drugsmisdrijven', unit: 'per 1.000 inwoners', decimals: 2, scale: 1000, themes: ['drugs'], direction: 'higher_is_risk', minPopulation: 200, kind: 'direct', source: 'politie', levels: ['gemeente', 'wijk', 'buurt'], base: 0.002 },
  { id: 'jongeren', label: 'Aandeel jongeren 15–25 jaar', short: 'Jongeren 15–25 jaar', unit: '%', decimals: 1, scale: 100, themes: ['drugs'], direction: 'higher_is_risk', minPopulation: 50, kind: 'direct', source: 'cbs_kwb', levels: ['gemeente', 'wijk', 'buurt'], base: 0.12 },
  { id: 'lage_inkomens', label: 'Huishoudens met een laag inkomen', short: 'Laag inkomen', unit: '%', decimals: 1, scale: 100, themes: ['drugs', 'maatschappelijke_onrust'], direction: 'higher_is_risk', minPopulation: 100, kind: 'direct', source: 'cbs_kwb', levels: ['gemeente', 'wijk'], base: 0.09 },
  { id: 'opkomst', label: 'Opkomst Tweede Kamerverkiezing 2023', short: 'Opkomst TK 2023', unit: '%', decimals: 1, scale: 100, themes: ['maatschappelijke_onrust'], direction: 'lower_is_risk', minPopulation: 0, kind: 'proxy', source: 'kiesraad', levels: ['gemeente'], base: 0.78 },
];
const themes = [
  { id: 'vakantieparken', label: 'Vakantieparken', proxy: true, ind: ['recreatiewoningen', 'inbraak_recreatie'] },
  { id: 'drugs', label: 'Drugs & jonge aanwas', proxy: false, ind: ['drugsdelicten', 'jongeren', 'lage_inkomens'] },
  { id: 'maatschappelijke_onrust', label: 'Maatschappelijke onrust', proxy: false, ind: ['opkomst', 'inbraak_recreatie', 'lage_inkomens'] },
];

type Row = Record<string, string | number | boolean | null>;

const percentiles = (values: (number | null)[], lowerIsRisk: boolean): (number | null)[] => {
  const present = values.map((v, i) => ({ v, i })).filter((e): e is { v: number; i: number } => e.v !== null);
  present.sort((a, b) => (lowerIsRisk ? b.v - a.v : a.v - b.v));
  const out: (number | null)[] = values.map(() => null);
  present.forEach((e, rank) => (out[e.i] = present.length > 1 ? (100 * rank) / (present.length - 1) : 50));
  return out;
};

const buildRows = (level: Level, regions: Region[]): Row[] => {
  const rows: Row[] = regions.map((r) => {
    const p = parents.get(r.gemeente);
    return {
      code: r.code,
      name: r.name,
      level,
      gemeente_code: r.gemeente,
      gemeente_name: gemeenteName.get(r.gemeente) ?? null,
      wijk_code: r.wijk,
      wijk_name: r.wijk ? (wijkName.get(r.wijk) ?? null) : null,
      provincie_code: p?.pv ?? null,
      provincie_name: p?.pvName ?? null,
      veiligheidsregio_code: p?.vr ?? null,
      veiligheidsregio_name: p?.vrName ?? null,
      politie_eenheid_code: p?.re ?? null,
      politie_eenheid_name: p?.reName ?? null,
      population: r.population,
      has_geometry: r.hasGeometry,
      similar_gemeenten: null,
    };
  });
  for (const ind of indicators) {
    const values: (number | null)[] = [];
    regions.forEach((r, i) => {
      const row = rows[i]!;
      let reason: MissingReason | null = null;
      if (!ind.levels.includes(level)) reason = 'not_on_level';
      else if (r.population < ind.minPopulation) reason = 'below_min_population';
      else if (rand() < 0.03) reason = 'suppressed';
      else if (rand() < 0.02) reason = 'missing_in_source';
      if (reason) {
        Object.assign(row, { [col.value(ind.id)]: null, [col.numerator(ind.id)]: null, [col.denominator(ind.id)]: null, [col.reason(ind.id)]: reason });
        values.push(null);
        return;
      }
      // A smooth north-east/south-west gradient plus noise, so the map shows spatial structure.
      const spatial = 0.6 + 0.8 * ((r.lat - 50.7) / 3) * (ind.id.length % 2 ? 1 : -1) + (ind.id.length % 2 ? 0 : 0.8);
      const rate = Math.max(0, Math.min(0.99, ind.base * spatial * (0.5 + rand())));
      const den = Math.max(1, r.population);
      const num = Math.round(rate * den);
      const value = (num / den) * ind.scale;
      Object.assign(row, { [col.value(ind.id)]: value, [col.numerator(ind.id)]: num, [col.denominator(ind.id)]: den, [col.reason(ind.id)]: null });
      values.push(value);
    });
    const pct = percentiles(values, ind.direction === 'lower_is_risk');
    const mean = values.reduce<number>((s, v) => s + (v ?? 0), 0) / Math.max(1, values.filter((v) => v !== null).length);
    const sd = Math.sqrt(values.reduce<number>((s, v) => s + (v === null ? 0 : (v - mean) ** 2), 0) / Math.max(1, values.length));
    rows.forEach((row, i) => {
      row[col.percentile(ind.id)] = pct[i] ?? null;
      const v = values[i];
      row[col.z(ind.id)] = v === null || v === undefined || sd === 0 ? null : (v - mean) / sd;
    });
  }
  for (const theme of themes) {
    rows.forEach((row) => {
      let sum = 0;
      let weight = 0;
      let n = 0;
      for (const id of theme.ind) {
        const p = row[col.percentile(id)];
        if (typeof p === 'number') {
          sum += p;
          weight += 1;
          n += 1;
        }
      }
      const share = weight / theme.ind.length;
      row[col.theme(theme.id)] = share >= 0.5 ? sum / weight : null;
      row[col.themeCount(theme.id)] = n;
      row[col.themeWeight(theme.id)] = share;
      row[col.themeReason(theme.id)] = share >= 0.5 ? null : 'insufficient_weight';
    });
  }
  return rows;
};

const toArrow = (rows: Row[]): Uint8Array => {
  const first = rows[0]!;
  const columns: Record<string, Vector> = {};
  for (const key of Object.keys(first)) {
    const values = rows.map((r) => r[key] ?? null);
    const isText = key.endsWith('__reason') || (REGION_COLUMNS.includes(key as never) && key !== 'population' && key !== 'has_geometry');
    const type = key === 'population' ? new Int32() : key === 'has_geometry' ? new Bool() : isText ? new Utf8() : new Float64();
    columns[key] = vectorFromArray(values as never[], type as never);
  }
  return tableToIPC(new Table(columns), 'stream');
};

// --- topojson -------------------------------------------------------------------------------------------
/** A valid but unoptimised topology: each ring is its own arc (no shared arcs, no quantisation). */
const toTopology = (features: { id: string; name: string; geometry: Feature['geometry'] }[]): unknown => {
  const arcs: number[][][] = [];
  const geometries = features.map((f) => {
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    return {
      type: 'MultiPolygon',
      id: f.id,
      properties: { name: f.name },
      arcs: polys.map((poly) => poly.map((ring) => [arcs.push(ring.map((p) => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5])) - 1])),
    };
  });
  return { type: 'Topology', arcs, objects: { [TOPOJSON_OBJECT]: { type: 'GeometryCollection', geometries } } };
};
const renameTopology = (path: string): unknown => {
  const t = JSON.parse(readFileSync(path, 'utf8')) as { objects: Record<string, { geometries: { id: string; properties: Record<string, unknown> }[] }> };
  const obj = Object.values(t.objects)[0]!;
  for (const g of obj.geometries) g.properties = { name: g.properties['statnaam'] };
  t.objects = { [TOPOJSON_OBJECT]: obj };
  return t;
};

// --- write ----------------------------------------------------------------------------------------------
const files: Manifest['files'] = [];
const write = (rel: string, data: string | Uint8Array, kind: Manifest['files'][number]['kind'], level?: string): void => {
  const path = join(outDir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  const bytes = statSync(path).size;
  files.push({ path: rel, kind, ...(level ? { level } : {}), bytes, sha256: createHash('sha256').update(data).digest('hex') });
};

const byLevel: Record<Level, Region[]> = { gemeente: gemeenten, wijk: wijken, buurt: buurten };
const rowsByLevel = {} as Record<Level, Row[]>;
for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
  rowsByLevel[level] = buildRows(level, byLevel[level]);
  write(dataFile.arrow(level), toArrow(rowsByLevel[level]), 'table-arrow', level);
}
write(
  dataFile.geometry('gemeente'),
  JSON.stringify(toTopology(gemeenteGeo.features.filter((f) => f.properties['gemeentecode'] !== 'GM0998').map((f) => ({ id: f.properties['gemeentecode']!, name: f.properties['gemeentenaam']!, geometry: f.geometry })))),
  'geometry',
  'gemeente',
);
write(
  dataFile.geometry('wijk'),
  JSON.stringify(toTopology(wijkGeo.features.filter((f) => !f.properties['wijkcode']!.startsWith('WK0998')).map((f) => ({ id: f.properties['wijkcode']!, name: f.properties['wijknaam']!, geometry: f.geometry })))),
  'geometry',
  'wijk',
);
const contextFile: Record<(typeof AGGREGATES)[number], string> = {
  provincie: 'provincie_2024.topojson',
  politie_eenheid: 'regionale_eenheid_2024.topojson',
  veiligheidsregio: 'veiligheidsregio_2024.topojson',
};
for (const agg of AGGREGATES) write(dataFile.context(agg), JSON.stringify(renameTopology(join(rawDir, 'boundaries/cbs_2024', contextFile[agg]))), 'context-geometry');

const trendRows = gemeenten.flatMap((g) =>
  [2018, 2019, 2020, 2021, 2022, 2023].map((year) => ({ code: g.code, name: g.name, series: 'misdrijven', year, value: Math.round(g.population * (0.04 + rand() * 0.02)) })),
);
write(
  dataFile.trendsArrow,
  tableToIPC(
    new Table({
      code: vectorFromArray(trendRows.map((r) => r.code), new Utf8()),
      name: vectorFromArray(trendRows.map((r) => r.name), new Utf8()),
      series: vectorFromArray(trendRows.map((r) => r.series), new Utf8()),
      year: vectorFromArray(trendRows.map((r) => r.year), new Int32()),
      value: vectorFromArray(trendRows.map((r) => r.value), new Float64()),
    }),
    'stream',
  ),
  'trends-arrow',
);

const coverage = (pred: (row: Row) => boolean): Record<string, number> =>
  Object.fromEntries((['gemeente', 'wijk', 'buurt'] as const).map((l) => [l, rowsByLevel[l].filter(pred).length]));
const source = (id: string, title: string, publisher: string, attribution: string) => ({
  id,
  title,
  publisher,
  tableId: id === 'cbs_kwb' ? '85984NED' : id === 'politie' ? '47018NED' : null,
  referenceYear: '2024',
  regionLayout: 'CBS 2024',
  licence: 'CC BY 4.0',
  attribution,
  url: id === 'kiesraad' ? 'https://data.overheid.nl/' : 'https://www.cbs.nl/',
  caveats: ['FIXTURE: synthetische waarden, niet publiceren.'],
  files: [],
});
const manifest: Manifest = {
  schemaVersion: 1,
  pipelineVersion: 'fixture-0',
  builtAt: new Date('2025-01-01T00:00:00Z').toISOString(),
  boundaryYear: 2024,
  disclaimer:
    'Een score is een relatieve positie tussen gebieden van hetzelfde niveau: een signaal over een voedingsbodem voor ondermijning, geen bewijs van criminaliteit.',
  similarityMethod: 'FIXTURE: geen echte vergelijking.',
  regionNotes: [],
  sources: [
    source('cbs_kwb', 'Kerncijfers wijken en buurten 2024', 'CBS', 'CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)'),
    source('politie', 'Geregistreerde misdrijven per wijk en buurt', 'Politie', 'Politie / CBS, Geregistreerde misdrijven 2024'),
    source('kiesraad', 'Uitslag Tweede Kamerverkiezing 2023', 'Kiesraad', 'Kiesraad, verkiezingsuitslagen TK2023'),
    source('boundaries', 'Wijk- en buurtkaart 2024', 'CBS / Kadaster', 'Grenzen: CBS/Kadaster via PDOK'),
  ],
  levels: [
    { id: 'gemeente', label: 'Gemeente', rows: gemeenten.length, withGeometry: gemeenten.length, geometryNote: null },
    { id: 'wijk', label: 'Wijk', rows: wijken.length, withGeometry: wijken.length, geometryNote: null },
    { id: 'buurt', label: 'Buurt', rows: buurten.length, withGeometry: 0, geometryNote: 'Er zijn geen buurtgrenzen in de brondata; buurten worden als lijst getoond.' },
  ],
  aggregates: [
    { id: 'politie_eenheid', label: 'Politie-eenheid / RIEC-regio', regions: 10, note: 'Opgeteld uit gemeenten.' },
    { id: 'veiligheidsregio', label: 'Veiligheidsregio', regions: 25, note: 'Opgeteld uit gemeenten.' },
    { id: 'provincie', label: 'Provincie', regions: 12, note: 'Opgeteld uit gemeenten.' },
  ],
  joins: [],
  indicators: indicators.map((ind) => {
    const natNum = rowsByLevel.gemeente.reduce((s, r) => s + (Number(r[col.numerator(ind.id)]) || 0), 0);
    const natDen = rowsByLevel.gemeente.reduce((s, r) => s + (Number(r[col.denominator(ind.id)]) || 0), 0);
    return {
      id: ind.id,
      label: ind.label,
      short: ind.short,
      explanation: `FIXTURE — ${ind.short}. Synthetische waarden om de app te ontwikkelen.`,
      themes: ind.themes,
      unit: ind.unit,
      decimals: ind.decimals,
      year: '2024',
      direction: ind.direction,
      minPopulation: ind.minPopulation,
      kind: ind.kind,
      proxyFor: ind.kind === 'proxy' ? 'criminaliteit op vakantieparken' : null,
      betterData: ind.kind === 'proxy' ? 'registraties per park (niet openbaar)' : null,
      levels: ind.levels.map((level) => ({
        level,
        sourceIds: [ind.source],
        formula: `${ind.id}__num / ${ind.id}__den × ${ind.scale.toLocaleString('nl-NL')}`,
        columns: ['num', 'den'],
        aggregatable: true,
        note: null,
      })),
      coverage: coverage((r) => r[col.value(ind.id)] !== null),
      national: natDen > 0 ? (natNum / natDen) * ind.scale : null,
    };
  }),
  themes: themes.map((t) => ({
    id: t.id,
    label: t.label,
    explanation: `FIXTURE — thema ${t.label}.`,
    proxy: t.proxy,
    proxyNote: t.proxy ? 'Gebouwd uit proxy-indicatoren: er zijn geen openbare gegevens per vakantiepark.' : null,
    minWeightShare: 0.5,
    minIndicators: 1,
    indicators: t.ind.map((id) => ({ id, weight: 1 })),
    coverage: coverage((r) => r[col.theme(t.id)] !== null),
  })),
  trends: [{ id: 'misdrijven', label: 'Geregistreerde misdrijven', unit: 'aantal', sourceId: 'politie', years: [2018, 2019, 2020, 2021, 2022, 2023], note: 'FIXTURE' }],
  files,
};
const parsed = manifestSchema.safeParse(manifest);
if (!parsed.success) {
  console.error(parsed.error.issues.slice(0, 5));
  process.exit(1);
}
writeFileSync(join(outDir, dataFile.manifest), JSON.stringify(manifest, null, 2));
console.error(`fixture written to ${outDir}: ${gemeenten.length} gemeenten, ${wijken.length} wijken, ${buurten.length} buurten`);
