/**
 * The fixture's other statistics files (83648NED series, Wijk- en Buurtkaart 2022/2023, Kiesraad
 * TK2023, SCP 2017 via scp-files.ts, the gemeente → regio table, the vakantieparken drop-in), in the
 * real files' layout.
 */
import { GEMEENTE_REGIO_COLUMNS } from '../../data-pipeline/sources/gemeente-regio.ts';
import { csvText, oneDecimal, type Cell } from './csv-text.ts';
import { NAME_2023, populationOf, regionOf, seededRandom, TREND_ABSENT, TREND_ZERO_2020, type Gemeente } from './model.ts';
import { scpFiles } from './scp-files.ts';

/** Reset at every otherFiles() call, so the files are the same however often they are made. */
let random = seededRandom(2017);
const between = (low: number, high: number, decimals = 3) => Number((low + random() * (high - low)).toFixed(decimals));

/** 83648NED: registered crime per gemeente and year, 2010–2020, plus Nederland and a gemeente that no longer exists. */
function crimeSeries(country: Gemeente[]): string {
  const header = [
    'SoortMisdrijf',
    'RegioS',
    'Perioden',
    'TotaalGeregistreerdeMisdrijven_1',
    'GeregistreerdeMisdrijvenRelatief_2',
    'GeregistreerdeMisdrijvenPer1000Inw_3',
    'TotaalOpgehelderdeMisdrijven_4',
    'OpgehelderdeMisdrijvenRelatief_5',
    'RegistratiesVanVerdachten_6',
  ];
  const regions = [
    ...country
      .filter((g) => g.index !== TREND_ABSENT)
      .map((g) => ({ name: g.index === 1 ? `${g.name} (gemeente)` : g.name, population: populationOf(g), g: g.index })),
    { name: 'Oud-Veenland', population: 5400, g: -1 },
    { name: 'Nederland', population: 17_000_000, g: -2 },
  ];
  const rows: Cell[][] = [];
  for (const region of regions) {
    for (let year = 2010; year <= 2020; year++) {
      if (region.g === TREND_ZERO_2020 && year === 2020) {
        rows.push(['Misdrijven, totaal', region.name, String(year), '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
        continue;
      }
      const perThousand = Number((70 - (year - 2010) * 2.5 + random() * 12).toFixed(1));
      const total = Math.round((perThousand * region.population) / 1000);
      const solved = Math.round(total * 0.25);
      rows.push([
        'Misdrijven, totaal',
        region.name,
        String(year),
        oneDecimal(total),
        '100.0',
        oneDecimal(perThousand),
        oneDecimal(solved),
        '25.0',
        oneDecimal(Math.round(total * 0.3)),
      ]);
    }
  }
  return csvText(header, rows, { eol: '\r\n' });
}

const NO_VALUE = -99999999;
const WBK_STATS_2023 = [
  'OAD',
  'STED',
  'BEV_DICHTH',
  'AANT_INW',
  'AANT_MAN',
  'AANT_VROUW',
  'P_00_14_JR',
  'P_15_24_JR',
  'P_25_44_JR',
  'P_45_64_JR',
  'P_65_EO_JR',
];
const WBK_HH = ['P_ONGEHUWD', 'P_GEHUWD', 'P_GESCHEID', 'P_VERWEDUW', 'AANTAL_HH', 'P_EENP_HH', 'P_HH_Z_K', 'P_HH_M_K', 'GEM_HH_GR'];
const WBK_ORIGIN_2023 = ['P_NL_ALL', 'P_EUR_ALL', 'P_NEU_ALL', 'P_GEBNL_NL', 'P_GEBNL_EU', 'P_GEBNL_NE', 'P_GEBBL_EU', 'P_GEBBL_NE'];
const WBK_ORIGIN_2022 = ['P_WEST_AL', 'P_N_W_AL', 'P_MAROKKO', 'P_ANT_ARU', 'P_SURINAM', 'P_TURKIJE', 'P_OVER_NW'];
const WBK_AREA = ['OPP_TOT', 'OPP_LAND', 'OPP_WATER'];

/** Statistics of one land region in the Wijk- en Buurtkaart's column order; `secret` cells are -99999999. */
function wbkStats(population: number, originColumns: number, secret: boolean): number[] {
  const households = Math.round(population / 2.3);
  const men = Math.round(population * 0.49);
  const stats = [between(500, 2500, 0), secret ? NO_VALUE : between(1, 5, 0), between(100, 3000, 0), population, men, population - men];
  const ages = [between(12, 18, 0), between(10, 14, 0), between(20, 28, 0), between(24, 30, 0)];
  const hh = [
    between(40, 50, 0),
    between(35, 45, 0),
    between(6, 9, 0),
    between(4, 7, 0),
    households,
    between(30, 45, 0),
    between(25, 33, 0),
    between(22, 35, 0),
    2.3,
  ];
  const origin = Array.from({ length: originColumns }, () => between(0, 10, 0));
  return [...stats, ...ages, 100 - ages.reduce((a, b) => a + b, 0), ...hh, ...origin, between(1000, 5000, 0), between(900, 4500, 0), between(10, 500, 0)];
}

function wbk2023(country: Gemeente[]): string {
  const header = ['GM_CODE', 'GM_NAAM', 'H2O', ...WBK_STATS_2023, ...WBK_HH, ...WBK_ORIGIN_2023, ...WBK_AREA, 'JRSTATCODE', 'JAAR', 'layer', 'path'];
  const width = header.length - 7;
  const meta = (code: string, layer: string) => [`2023${code}`, '2023', `2023 — ${layer}`, `fixture|layername=${layer}`];
  const rows: Cell[][] = [];
  // Water polygons first, as in the real layer: no statistics (all -99999999).
  for (const g of country.slice(0, 2)) rows.push([g.code, g.name, 'JA', ...Array<number>(width).fill(NO_VALUE), ...meta(g.code, 'gemeente_2023_v1water')]);
  for (const g of country) {
    rows.push([
      g.code,
      NAME_2023[g.index] ?? g.name,
      'NEE',
      ...wbkStats(Math.round(populationOf(g) * 0.98), WBK_ORIGIN_2023.length, g.index === 0),
      ...meta(g.code, 'gemeente_2023_v1'),
    ]);
  }
  rows.push(['GM0998', 'Buitenland', 'NEE', ...Array<number>(width).fill(0), ...meta('GM0998', 'gemeente_2023_v1')]);
  return csvText(header, rows, { eol: '\r\n' });
}

function wbk2022(country: Gemeente[]): string {
  const header = [
    'WK_CODE',
    'WK_NAAM',
    'GM_CODE',
    'GM_NAAM',
    'IND_WBI',
    'H2O',
    ...WBK_STATS_2023,
    ...WBK_HH,
    ...WBK_ORIGIN_2022,
    ...WBK_AREA,
    'JRSTATCODE',
    'JAAR',
    'Shape_Leng',
    'Shape_Area',
  ];
  const width = header.length - 10;
  const rows: Cell[][] = [];
  const water = country[2]!;
  rows.push([
    `WK${water.code.slice(2)}99`,
    '',
    water.code,
    water.name,
    NO_VALUE,
    'JA',
    ...Array<number>(width).fill(NO_VALUE),
    `2022WK${water.code.slice(2)}99`,
    '2022',
    9123.4,
    5012345.6,
  ]);
  for (const g of country) {
    g.wijken.forEach((w, i) => {
      // One wijk renamed since 2022 (not comparable), and one 2022 wijk that the 2024 layout no longer has.
      const name = g.index === 1 && i === 1 ? 'Wijk 01 Heide en Veld' : w.name;
      rows.push([
        w.code,
        name,
        g.code,
        g.name,
        1,
        'NEE',
        ...wbkStats(Math.round(populationOf(w) * 0.97), WBK_ORIGIN_2022.length, false),
        `2022${w.code}`,
        '2022',
        4321.5,
        1234567.8,
      ]);
    });
  }
  const gone = country[4]!;
  rows.push([
    `WK${gone.code.slice(2)}07`,
    'Wijk 07 Opgeheven',
    gone.code,
    gone.name,
    1,
    'NEE',
    ...wbkStats(800, WBK_ORIGIN_2022.length, false),
    `2022WK${gone.code.slice(2)}07`,
    '2022',
    2222.2,
    333333.3,
  ]);
  return csvText(header, rows, { eol: '\r\n' });
}

const KIESRAAD_COUNTS = [
  'geldig volmachtbewijs',
  'geldige kiezerspas',
  'geldige stembiljetten',
  'blanco stembiljetten',
  'ongeldige stembiljetten',
  'aangetroffen stembiljetten',
  'meer stembiljetten dan toegelaten kiezers',
  'minder stembiljetten dan toegelaten kiezers',
  'kiezers met stembiljet hebben niet gestemd',
  'er zijn te weinig stembiljetten uitgereikt',
  'er zijn te veel stembiljetten uitgereikt',
  'geen verklaring',
  'andere verklaring',
  'geldige stempas',
  'toegelaten kiezers',
];

function kiesraad(country: Gemeente[]): string {
  const rows = country.map((g) => {
    const voters = Math.round(populationOf(g) * 0.78);
    const ballots = Math.round(voters * between(0.7, 0.86));
    const file = g.index < 3 ? 'osv4-3_telling_tk2023_kieskring_veenland.csv' : 'osv4-3_telling_tk2023_kieskring_kustmark.csv';
    // Kieskring Veenland writes the gemeente number without leading zeros (like Leeuwarden's GM59).
    const code = g.index === 0 ? `GM${Number(g.code.slice(2))}` : g.code;
    const name = g.index === 3 ? 'Hoogeloo (L)' : g.name;
    const counts = [Math.round(voters * 0.07), 40, ballots - 20, 12, 8, ballots, 1, 2, 0, 0, 0, 1, 0, null, null];
    return [code, name, g.index < 3 ? 'Kieskring Veenland' : 'Kieskring Kustmark', file, voters, ...counts];
  });
  return csvText(['gemeente_code', 'gemeente_naam', 'bron_gebied', 'bron_bestand', 'opgeroepenen', ...KIESRAAD_COUNTS], rows, { eol: '\r\n' });
}

function gemeenteRegio(country: Gemeente[]): string {
  // The reader's columns are the file's first eight, in order; the overlaps and the remark follow.
  const header = [...GEMEENTE_REGIO_COLUMNS, 'provincie_overlap', 'veiligheidsregio_overlap', 'regionale_eenheid_overlap', 'opmerking'];
  const rows = country.map((g) => {
    const codeAndName = (key: keyof Gemeente['regio']) => Object.values(regionOf(key, g.regio[key]));
    return [g.code, g.name, ...codeAndName('provincie'), ...codeAndName('veiligheidsregio'), ...codeAndName('politieEenheid'), '1.0', '1.0', '1.0', null];
  });
  return csvText(header, rows, { eol: '\r\n' });
}

export function otherFiles(country: Gemeente[]): Record<string, string> {
  random = seededRandom(2017);
  return {
    'statistics/cbs_83648NED_misdrijven_gemeente_2010_2020/voorspelmodel.csv': crimeSeries(country),
    'statistics/cbs_wijkbuurtkaart_2023_v1_gemeenten/gemeenten_2023_v1.csv': wbk2023(country),
    'statistics/cbs_wijkbuurtkaart_2022_v1_wijken_gemeenten/wijk_2022_v1.csv': wbk2022(country),
    ...scpFiles(country, between),
    'statistics/kiesraad_tk2023_osv4-3/tk2023_gemeente_telling_samenvatting.csv': kiesraad(country),
    'boundaries/derived/gemeente_regio_2024.csv': gemeenteRegio(country),
    // The documented drop-in (README, "Vakantieparken"), for three of the six gemeenten.
    'vakantieparken/recreatiewoningen.csv': csvText(
      ['gemeentecode', 'jaar', 'recreatiewoningen', 'woningen'],
      country.slice(1, 4).map((g) => [g.code, '2024', Math.round(populationOf(g) * 0.05), Math.round(populationOf(g) / 2.2)]),
      { eol: '\n' },
    ),
  };
}
