/**
 * The mutation classes of the corpus test (corpus-mutations.test.ts): each edits one or two files of a copy
 * of the raw folder, the way an operator's mistake or a broken download would.
 */
import { CRIME_FILES } from '../../data-pipeline/sources/politie-misdrijven-2024.ts';
import { GEMEENTE_REGIO_FILE } from '../../data-pipeline/sources/gemeente-regio.ts';
import { KIESRAAD_FILE } from '../../data-pipeline/sources/kiesraad-tk2023.ts';
import { KWB_FILES } from '../../data-pipeline/sources/kwb-2024.ts';
import { WBK_FILES } from '../../data-pipeline/sources/wijk-en-buurtkaart.ts';

export interface Mutation {
  name: string;
  /** Which raw folder the copy is made of: the synthetic mini folder (fast) or the real one (real sizes). */
  raw: 'mini' | 'real';
  /** Path → new content from the original bytes; null deletes the file. */
  edits: Record<string, (original: Buffer) => string | Buffer | null>;
  expect: { kind: 'error'; file: string; message: RegExp; where?: RegExp; field?: string } | { kind: 'warning'; warning: RegExp };
}

const GEMEENTEN = 'boundaries/cbs_2024/gemeenten_2024.geojson';
const WIJKEN = 'boundaries/cbs_2024/wijken_2024.geojson';

type Position = [number, number];
interface Feature {
  properties: Record<string, string>;
  geometry: { type: string; coordinates: Position[][][] | Position[][] };
}

/** Edit the features of a GeoJSON file. */
const geojson =
  (edit: (features: Feature[]) => void) =>
  (original: Buffer): string => {
    const doc = JSON.parse(original.toString('utf8')) as { features: Feature[] };
    edit(doc.features);
    return JSON.stringify(doc);
  };

/** The rings of a (Multi)Polygon. */
const ringsOf = (f: Feature): Position[][] =>
  f.geometry.type === 'Polygon' ? (f.geometry.coordinates as Position[][]) : (f.geometry.coordinates as Position[][][]).flat();
const featureOf = (features: Feature[], property: string, code: string): Feature => {
  const found = features.find((f) => f.properties[property] === code);
  if (!found) throw new Error(`no feature ${code}`);
  return found;
};
/** The centre of a feature's bounding box. */
const centreOf = (f: Feature): Position => {
  const positions = ringsOf(f).flat();
  const [xs, ys] = [positions.map((p) => p[0]), positions.map((p) => p[1])];
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
};
const swap = (f: Feature) => ringsOf(f).forEach((ring) => ring.forEach((p) => p.reverse()));

/** Edit the lines of a text file. */
const lines =
  (edit: (lines: string[]) => string[]) =>
  (original: Buffer): string =>
    edit(original.toString('utf8').split('\n')).join('\n');

/** Set one cell of a simple (unquoted) CSV: the first row for which `row` is true, column by header prefix. */
const setCell = (row: (cells: Record<string, string>) => boolean, column: string, value: string) =>
  lines((all) => {
    const header = all[0]!.split(',');
    const index = header.findIndex((h) => h === column || h.startsWith(`${column}_`));
    const target = all.findIndex((line, i) => i > 0 && line !== '' && row(Object.fromEntries(line.split(',').map((c, k) => [header[k]!, c]))));
    if (index < 0 || target < 0) throw new Error(`no cell ${column}`);
    const cells = all[target]!.split(',');
    cells[index] = value;
    all[target] = cells.join(',');
    return all;
  });
const replaceText = (from: string | RegExp, to: string) => (original: Buffer) => original.toString('utf8').replace(from, to);
/** UTF-8 text saved as Windows-1252 (what a spreadsheet "Save as CSV" does); Latin-1 equals it for these letters. */
const windows1252 = (text: string): Buffer => Buffer.from(text, 'latin1');
/** UTF-8 read as Windows-1252 and saved again as UTF-8. */
const mojibake = (original: Buffer): Buffer => Buffer.from(original.toString('latin1'), 'utf8');

const err = (file: string, message: RegExp, where?: RegExp, field?: string): Mutation['expect'] => ({
  kind: 'error',
  file,
  message,
  ...(where ? { where } : {}),
  ...(field ? { field } : {}),
});
const LINE = /line \d+/;
const FEATURE = (code: string) => new RegExp(`features\\[\\d+\\] \\(${code}\\)`);

export const MUTATIONS: Mutation[] = [
  {
    name: 'every [lon, lat] of the gemeenten swapped to [lat, lon]',
    raw: 'mini',
    edits: { [GEMEENTEN]: geojson((fs) => fs.forEach(swap)) },
    expect: err(GEMEENTEN, /swapped/, /features\[0\] \(GM\d{4}\), field "geometry\.coordinates/),
  },
  {
    name: "only Amsterdam's positions swapped",
    raw: 'real',
    edits: { [GEMEENTEN]: geojson((fs) => swap(featureOf(fs, 'gemeentecode', 'GM0363'))) },
    expect: err(GEMEENTEN, /swapped/, FEATURE('GM0363')),
  },
  { name: 'gemeenten boundary file deleted', raw: 'mini', edits: { [GEMEENTEN]: () => null }, expect: err(GEMEENTEN, /is missing/) },
  { name: 'wijken boundary file deleted', raw: 'mini', edits: { [WIJKEN]: () => null }, expect: err(WIJKEN, /is missing/) },
  {
    name: 'gemeente code in the GeoJSON changed to five digits (GM09010)',
    raw: 'mini',
    edits: { [GEMEENTEN]: replaceText('"GM0901"', '"GM09010"') },
    expect: err(GEMEENTEN, /not a gemeente code/, FEATURE('GM09010'), 'properties.gemeentecode'),
  },
  {
    name: "Amsterdam's population × 1000 (50 × the Netherlands)",
    raw: 'real',
    edits: { [KWB_FILES.gemeenteWijk]: setCell((r) => r.Codering_3 === 'GM0363', 'AantalInwoners', '931298000') },
    expect: err(KWB_FILES.gemeenteWijk, /above the allowed maximum 20000000/, /line 244/),
  },
  {
    name: 'a gemeente population × 1000 that stays under the national total',
    raw: 'mini',
    edits: { [KWB_FILES.gemeenteWijk]: setCell((r) => r.Codering_3 === 'GM0901', 'AantalInwoners', '13065000') },
    expect: err(KWB_FILES.gemeenteWijk, /wijk regions sum to/, /line 2\b/, 'inwoners'),
  },
  {
    name: 'a wijk population written with a Dutch thousands separator (4.260)',
    raw: 'mini',
    edits: { [KWB_FILES.gemeenteWijk]: setCell((r) => r.Codering_3 === 'WK090100', 'AantalInwoners', '4.260') },
    expect: err(KWB_FILES.gemeenteWijk, /not written as this source writes whole numbers/, /line 3\b/, 'AantalInwoners_5'),
  },
  {
    name: 'a whole number in exponent notation (1e3)',
    raw: 'mini',
    edits: { [KWB_FILES.gemeenteWijk]: setCell((r) => r.Codering_3 === 'WK090100', 'Woningvoorraad', '1e3') },
    expect: err(KWB_FILES.gemeenteWijk, /not written as this source writes whole numbers/, LINE, 'Woningvoorraad_35'),
  },
  {
    name: 'a negative population',
    raw: 'mini',
    edits: { [KWB_FILES.gemeenteWijk]: setCell((r) => r.Codering_3 === 'WK090100', 'AantalInwoners', '-4260') },
    expect: err(KWB_FILES.gemeenteWijk, /below the allowed minimum 0/, LINE, 'AantalInwoners_5'),
  },
  {
    name: 'a share above 100 %',
    raw: 'mini',
    edits: { [WBK_FILES.gemeente2023]: setCell((r) => r.H2O === 'NEE', 'P_15_24_JR', '150') },
    expect: err(WBK_FILES.gemeente2023, /above the allowed maximum 100/, LINE, 'P_15_24_JR'),
  },
  {
    name: 'region names file re-encoded as Windows-1252',
    raw: 'mini',
    edits: { [KWB_FILES.regions]: (b) => windows1252(b.toString('utf8').replace('"Aalsterveen"', '"Súdwest-Fryslân"')) },
    expect: err(KWB_FILES.regions, /not valid UTF-8/, /line 3\b/),
  },
  {
    name: 'Kiesraad summary re-encoded as Windows-1252',
    raw: 'real',
    edits: { [KIESRAAD_FILE]: (b) => windows1252(b.toString('utf8')) },
    expect: err(KIESRAAD_FILE, /not valid UTF-8/, LINE),
  },
  {
    name: 'region names decoded as Windows-1252 and saved as UTF-8 again (mojibake)',
    raw: 'real',
    edits: { [KWB_FILES.regions]: mojibake },
    expect: err(KWB_FILES.regions, /mojibake/, LINE),
  },
  {
    name: 'buurt names file re-encoded as Windows-1252',
    raw: 'mini',
    edits: { [KWB_FILES.buurtNames]: (b) => windows1252(b.toString('utf8').replace('Centrum', 'Centrum-Noord (Súd)')) },
    expect: err(KWB_FILES.buurtNames, /not valid UTF-8/, /line 2\b/),
  },
  {
    name: 'an invalid UTF-8 byte in a GeoJSON property',
    raw: 'mini',
    edits: { [GEMEENTEN]: (b) => Buffer.concat([b.subarray(0, 40), Buffer.from([0xff]), b.subarray(40)]) },
    expect: err(GEMEENTEN, /not valid UTF-8/, LINE),
  },
  {
    name: 'mojibake in a GeoJSON gemeente name',
    raw: 'mini',
    edits: { [GEMEENTEN]: replaceText('"Buitenland"', '"SÃºdwest-FryslÃ¢n"') },
    expect: err(GEMEENTEN, /mojibake/, LINE),
  },
  {
    name: 'buurt crime file reduced to its header',
    raw: 'real',
    edits: { [CRIME_FILES.totals]: lines((all) => all.slice(0, 1)) },
    expect: err(CRIME_FILES.totals, /covers 0 of 14574 buurt regions.*have no row/),
  },
  {
    name: 'all 517 Amsterdam rows deleted from the buurt crime file',
    raw: 'real',
    edits: { [CRIME_FILES.totals]: lines((all) => all.filter((line) => !line.startsWith('BU0363'))) },
    expect: err(CRIME_FILES.totals, /597 have no row \(documented at most 100\)/),
  },
  {
    name: 'a 10 MiB region name',
    raw: 'mini',
    edits: { [KWB_FILES.regions]: replaceText('"Aalsterveen"', `"${'A'.repeat(10 * 2 ** 20)}"`) },
    expect: err(KWB_FILES.regions, /longer than 10000 characters/, /line 3\b/, 'Title'),
  },
  {
    name: 'a 300-character region name',
    raw: 'mini',
    edits: { [KWB_FILES.regions]: replaceText('"Aalsterveen"', `"${'Aalsterveen'.repeat(30).slice(0, 300)}"`) },
    expect: err(KWB_FILES.regions, /name is 300 characters long/, /line 3\b/, 'Title'),
  },
  {
    name: 'a gemeente moved 10° east (outside the Netherlands)',
    raw: 'mini',
    edits: { [GEMEENTEN]: geojson((fs) => ringsOf(featureOf(fs, 'gemeentecode', 'GM0902')).forEach((ring) => ring.forEach((p) => (p[0] += 10)))) },
    expect: err(GEMEENTEN, /outside the Netherlands/, FEATURE('GM0902')),
  },
  {
    name: 'a wijk given the outline of a wijk in another gemeente',
    raw: 'mini',
    edits: {
      [WIJKEN]: geojson((fs) => {
        featureOf(fs, 'wijkcode', 'WK090100').geometry = structuredClone(featureOf(fs, 'wijkcode', 'WK090600').geometry);
      }),
    },
    expect: err(WIJKEN, /wijk WK090100 lies \d+ % inside its gemeente GM0901/),
  },
  {
    name: 'a wijk moved into another gemeente (its outline shifted, code and shape kept)',
    raw: 'mini',
    edits: {
      [WIJKEN]: geojson((fs) => {
        const wijk = featureOf(fs, 'wijkcode', 'WK090100');
        const [from, to] = [centreOf(wijk), centreOf(featureOf(fs, 'wijkcode', 'WK090600'))];
        ringsOf(wijk).forEach((ring) => ring.forEach((p) => ((p[0] += to[0] - from[0]), (p[1] += to[1] - from[1]))));
      }),
    },
    expect: err(WIJKEN, /wijk WK090100 lies \d+ % inside its gemeente GM0901 \(area share; at least 50 % expected\)/, FEATURE('WK090100'), 'geometry'),
  },
  {
    name: 'a register wijk without a feature in the wijken file',
    raw: 'mini',
    edits: { [WIJKEN]: geojson((fs) => fs.splice(fs.indexOf(featureOf(fs, 'wijkcode', 'WK090100')), 1)) },
    expect: err(WIJKEN, /1 wijk regions of the 2024 register have no feature, first WK090100/),
  },
  {
    name: 'a ring left open (last position removed)',
    raw: 'mini',
    edits: { [GEMEENTEN]: geojson((fs) => ringsOf(featureOf(fs, 'gemeentecode', 'GM0903'))[0]!.pop()) },
    expect: err(GEMEENTEN, /not closed|at least 4/, FEATURE('GM0903')),
  },
  {
    name: 'a gemeente row duplicated in the Kiesraad summary',
    raw: 'mini',
    edits: { [KIESRAAD_FILE]: lines((all) => [...all.slice(0, 3), all[2]!, ...all.slice(3)]) },
    expect: err(KIESRAAD_FILE, /duplicate/, /line 4\b/),
  },
  {
    name: 'a gemeente row missing from the Kiesraad summary',
    raw: 'mini',
    edits: { [KIESRAAD_FILE]: lines((all) => all.filter((line) => !line.startsWith('GM0902'))) },
    expect: err(KIESRAAD_FILE, /rows where the source defines exactly 6|have no row/),
  },
  {
    name: 'a malformed provincie code in the gemeente → regio table',
    raw: 'mini',
    edits: { [GEMEENTE_REGIO_FILE]: replaceText(/PV(\d)\d/, 'PV$1') },
    expect: err(GEMEENTE_REGIO_FILE, /does not match/, LINE, 'provincie_code'),
  },
  // Accepted with a caveat: published, and the warning is in the summary and in manifest.warnings.
  {
    name: 'a self-intersecting gemeente ring (repaired by mapshaper -clean)',
    raw: 'mini',
    edits: {
      [GEMEENTEN]: geojson((fs) => {
        // A vertex of one side swapped with one of the opposite side: two edges cross the whole polygon.
        const ring = ringsOf(featureOf(fs, 'gemeentecode', 'GM0904'))[0]!;
        const opposite = Math.floor(ring.length / 2);
        [ring[1], ring[opposite]] = [ring[opposite]!, ring[1]!];
      }),
    },
    expect: {
      kind: 'warning',
      warning: /gemeenten_2024\.geojson: 1 rings cross themselves; mapshaper -clean repairs them \(first: features\[\d+\] \(GM0904\)/,
    },
  },
  {
    name: "one gemeente's rows deleted from the buurt crime file, within the documented tolerance",
    raw: 'mini',
    edits: { [CRIME_FILES.totals]: lines((all) => all.filter((line) => !line.startsWith('BU0905'))) },
    expect: { kind: 'warning', warning: /cbs_crime_2024JJ00_buurten\.csv: \d+ buurt regions have no row \(documented at most 100\), first BU0905/ },
  },
  {
    name: 'no buurt boundary file (buurt is documented as table-only)',
    raw: 'mini',
    edits: {},
    expect: { kind: 'warning', warning: /the buurt level is published as tables only/ },
  },
];
