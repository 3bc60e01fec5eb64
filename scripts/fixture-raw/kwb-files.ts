/**
 * The KWB 2024 (85984NED) files and the 2024 crime extracts of the fixture, in the real files' layout:
 * same paths, columns, quoting and line endings as in ../shared/data/raw (see its SOURCES.md).
 */
import { csvText, oneDecimal, type Cell } from './csv-text.ts';
import { buurtenOf, CRIME_OTHER_LAYOUT, landHaOf, populationOf, waterHaOf, type Buurt, type Gemeente } from './model.ts';

const KWB = 'statistics/cbs_85984NED_kwb2024';
const padEnd = (text: string, width: number) => text.padEnd(width, ' ');
const density = (population: number, landHa: number) => Math.round(population / (landHa / 100));

function regionList(country: Gemeente[]): string {
  const rows: Cell[][] = [[padEnd('NL00', 10), 'Nederland', null, '', '']];
  for (const g of [...country].sort((a, b) => a.name.localeCompare(b.name, 'nl'))) {
    rows.push([padEnd(g.code, 10), g.name, `Gemeente '${g.name}' (${g.code})`, g.code, g.code]);
    for (const w of g.wijken) {
      rows.push([padEnd(w.code, 10), w.name, `Wijk '${w.name}' (${w.code}) is een wijk in de gemeente '${g.name}'.`, g.code, w.code]);
      for (const b of w.buurten) {
        rows.push([b.code, b.name, `Buurt '${b.name}' (${b.code}) is een buurt in wijk '${w.name}' in de gemeente '${g.name}'.`, g.code, b.code]);
      }
    }
  }
  return csvText(['Key', 'Title', 'Description', 'Municipality', 'DetailRegionCode'], rows, { eol: '\n', quoteAll: true });
}

function gemeenteWijk(country: Gemeente[]): string {
  const rows: Cell[][] = [];
  const row = (code: string, kind: string, population: number, landHa: number, waterHa: number) => {
    const men = Math.round(population * 0.494);
    rows.push([code, kind, population, men, population - men, density(population, landHa), Math.round(population / 2.2), landHa + waterHa, landHa, waterHa]);
  };
  for (const g of country) {
    row(g.code, 'Gemeente', populationOf(g), landHaOf(g), waterHaOf(g));
    for (const w of g.wijken) row(w.code, 'Wijk', populationOf(w), landHaOf(w), w.waterHa);
  }
  const header = [
    'Codering_3',
    'SoortRegio',
    'AantalInwoners_5',
    'Mannen_6',
    'Vrouwen_7',
    'Bevolkingsdichtheid_34',
    'Woningvoorraad_35',
    'OppervlakteTotaal_122',
    'OppervlakteLand_123',
    'OppervlakteWater_124',
  ];
  return csvText(header, rows, { eol: '\r\n' });
}

const SUBSET_HEADER = [
  'WijkenEnBuurten',
  'Gemeentenaam_1',
  'SoortRegio_2',
  'Codering_3',
  'AantalInwoners_5',
  'k_0Tot15Jaar_8',
  'k_15Tot25Jaar_9',
  'k_25Tot45Jaar_10',
  'k_45Tot65Jaar_11',
  'k_65JaarOfOuder_12',
  'HuishoudensTotaal_29',
  'HuishoudensMetKinderen_32',
  'GemiddeldeHuishoudensgrootte_33',
  'Bevolkingsdichtheid_34',
  'MateVanStedelijkheid_122',
];

/** The subset's topic cells of one buurt; one cell is '.' (StatLine: secret) to keep that path in the fixture. */
function subsetCells(b: Buurt, secret: boolean): Cell[] {
  return [
    b.population,
    ...b.ages,
    b.households,
    secret ? '.' : b.householdsWithChildren,
    (b.population / b.households).toFixed(1),
    oneDecimal(density(b.population, b.landHa)),
    oneDecimal(b.stedelijkheid),
  ];
}

function subsets(country: Gemeente[]): { subset: string; withCrime: string } {
  const subset: Cell[][] = [];
  const withCrime: Cell[][] = [];
  country.forEach((g) => {
    for (const b of buurtenOf(g).filter((x) => x.inSubset)) {
      const id: Cell[] = [b.code, padEnd(g.name, 40), padEnd('Buurt', 10), b.code];
      const cells = subsetCells(b, b.code === 'BU09030100');
      subset.push([...id, ...cells, b.name]);
      const cluster =
        b.crime.total > 60
          ? [2, 'Meer criminaliteit', 'Buurt met meer criminaliteit dan gemiddeld']
          : [5, 'Gemiddeld veilig', 'Buurt met gemiddelde criminaliteit, normale leefomgeving'];
      const crime = [oneDecimal(b.crime.total), oneDecimal(b.crime.property), oneDecimal(b.crime.violence), oneDecimal(b.crime.vandalism)];
      withCrime.push([
        ...id,
        cells[0]!,
        cells[9]!,
        cells[8]!,
        cells[7]!,
        cells[6]!,
        cells[10]!,
        ...cells.slice(1, 6),
        ...crime,
        ...cluster,
        0.1234,
        -0.5678,
        b.name,
      ]);
    }
  });
  const crimeHeader = [
    ...SUBSET_HEADER.slice(0, 5),
    'Bevolkingsdichtheid_34',
    'GemiddeldeHuishoudensgrootte_33',
    'HuishoudensMetKinderen_32',
    'HuishoudensTotaal_29',
    'MateVanStedelijkheid_122',
    ...SUBSET_HEADER.slice(5, 10),
    'GeregistreerdeMisdrijven_1',
    'crime_property',
    'crime_violence',
    'crime_vandalism',
    'cluster_id',
    'cluster_label_short',
    'cluster_label_long',
    'pca_x',
    'pca_y',
    'buurt_naam',
  ];
  return { subset: csvText([...SUBSET_HEADER, 'buurt_naam'], subset, { eol: '\r\n' }), withCrime: csvText(crimeHeader, withCrime, { eol: '\n' }) };
}

/** 47018NED totals per buurt, doubled as in the extract (total and every leaf category summed). */
function crimeTotals(country: Gemeente[]): string {
  const rows: Cell[][] = [['BU00000000', 900000001, oneDecimal(250)]];
  for (const g of country) {
    for (const b of buurtenOf(g)) {
      // The later layout: the gemeente's buurten renumbered (…10, …11), as a 2025 redivision would.
      const code = g.index === CRIME_OTHER_LAYOUT ? `${b.code.slice(0, 8)}1${b.code.slice(9)}` : b.code;
      rows.push([code, 900000100 + rows.length, oneDecimal(b.crime.total * 2)]);
    }
  }
  return csvText(['WijkenEnBuurten', 'ID', 'GeregistreerdeMisdrijven_1'], rows, { eol: '\n' });
}

export function kwbFiles(country: Gemeente[]): Record<string, string> {
  const buurten = country.flatMap(buurtenOf);
  const { subset, withCrime } = subsets(country);
  return {
    [`${KWB}/statline_csv_metadata/WijkenEnBuurten.csv`]: regionList(country),
    [`${KWB}/gemeente_wijk_8vars/kwb2024_gemeente_wijk_8vars.csv`]: gemeenteWijk(country),
    [`${KWB}/buurt_population/Population85984_2024.csv`]: csvText(
      ['', 'nhood_id', 'population'],
      buurten.map((b, i) => [String(i + 1), b.code, b.population]),
      { eol: '\n', quoteAll: true },
    ),
    [`${KWB}/buurt_names/cbs_buurt_namen_85984.csv`]: csvText(
      ['Identifier', 'Title'],
      buurten.map((b) => [b.code, b.name]),
      { eol: '\n' },
    ),
    [`${KWB}/buurt_subset_micro_neighbourhood/kwb2024_buurten_subset_13817.csv`]: subset,
    [`${KWB}/buurt_subset_micro_neighbourhood/_original/buurten_features_clusters_with_crime_2024.csv`]: withCrime,
    'statistics/politie_47018NED_misdrijven_buurt_2024/cbs_crime_2024JJ00_buurten.csv': crimeTotals(country),
  };
}
