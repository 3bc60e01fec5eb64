/**
 * The synthetic country of the fixture raw folder: six gemeenten with their wijken and buurten,
 * invented names and seeded values. Nothing here comes from CBS rows; only the codes follow CBS's
 * pattern (GM0901–GM0906 do not exist in the 2024 layout). Edge cases the real data has are built in
 * on purpose, each named where it is made.
 */

/** mulberry32: a small seeded generator, so the fixture is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Buurt {
  code: string;
  name: string;
  /** Rounded to fives, as CBS publishes buurt counts. */
  population: number;
  /** In the 11-topic buurt subset (the real subset leaves out the smallest buurten). */
  inSubset: boolean;
  landHa: number;
  households: number;
  householdsWithChildren: number;
  ages: [number, number, number, number, number];
  stedelijkheid: number;
  crime: { property: number; violence: number; vandalism: number; total: number };
}

export interface Wijk {
  code: string;
  /** Title as StatLine writes it, e.g. "Wijk 00 Centrum". */
  name: string;
  buurten: Buurt[];
  waterHa: number;
}

export interface Gemeente {
  index: number;
  code: string;
  name: string;
  wijken: Wijk[];
  /** Index into REGIONS.provincie / veiligheidsregio / politieEenheid. */
  regio: { provincie: number; veiligheidsregio: number; politieEenheid: number };
}

/** Aggregate regions; codes match the real patterns (PV/VR/RE + 2 digits) but not a real region. */
export const REGIONS = {
  provincie: [
    { code: 'PV90', name: 'Veenland' },
    { code: 'PV91', name: 'Kustmark' },
  ],
  veiligheidsregio: [
    { code: 'VR90', name: 'Veenland-West' },
    { code: 'VR91', name: 'Veenland-Oost en Kustmark' },
  ],
  politieEenheid: [
    { code: 'RE90', name: 'Noordwest' },
    { code: 'RE91', name: 'Zuidoost' },
  ],
} as const;

export function regionOf(key: keyof typeof REGIONS, index: number): { code: string; name: string } {
  const region = REGIONS[key][index];
  if (!region) throw new Error(`no ${key} number ${index} in the fixture`);
  return region;
}

interface GemeenteSpec {
  name: string;
  /** Wijk name → buurt names; a name starting "Verspreide huizen" gets buurt number 09, as CBS numbers them. */
  wijken: [string, string[]][];
  regio: Gemeente['regio'];
  /** Typical inhabitants per buurt, to spread the gemeenten over size (similar-gemeenten uses log size). */
  scale: number;
}

const SPECS: GemeenteSpec[] = [
  {
    name: 'Aalsterveen',
    wijken: [
      ['Centrum', ['Centrum', 'Stationsbuurt', 'Verspreide huizen Aalsterveen']],
      ['Noord', ['Noorderhof', 'Kanaalzone']],
      ['Zuid', ['Zuiderpark', 'De Akkers']],
    ],
    regio: { provincie: 0, veiligheidsregio: 0, politieEenheid: 0 },
    scale: 2600,
  },
  {
    // StatLine's 83648NED writes "Bergholt (gemeente)": a provincie-like region shares the name.
    name: 'Bergholt',
    wijken: [
      ['Bergholt-Dorp', ['Dorpskern', 'Molenbuurt']],
      ['Heide', ['Heiderand', 'Verspreide huizen Heide']],
    ],
    regio: { provincie: 0, veiligheidsregio: 0, politieEenheid: 0 },
    scale: 900,
  },
  {
    // The Wijk- en Buurtkaart 2023 names it "Dijkmeer-Oost": name differs, so its 2023 values are not comparable.
    name: 'Dijkmeer',
    wijken: [
      ['Oude Haven', ['Havenkwartier', 'Visserskade']],
      ['Polder', ['Polderweg', 'Nieuwland']],
    ],
    regio: { provincie: 0, veiligheidsregio: 1, politieEenheid: 0 },
    scale: 4200,
  },
  {
    // "(L.)" in 2024, "(L)" at the Kiesraad and nothing in 2023: compared without the bracketed part.
    name: 'Hoogeloo (L.)',
    wijken: [
      ['Hoogeloo', ['Kerkbuurt', 'Beekdal']],
      ['Laagveld', ['Laagveld', 'Verspreide huizen Laagveld']],
    ],
    regio: { provincie: 1, veiligheidsregio: 1, politieEenheid: 0 },
    scale: 1500,
  },
  {
    // Absent from 83648NED: its crime trend is not comparable.
    name: 'Kleiwaard',
    wijken: [
      ['Kleiwaard-Centrum', ['Marktplein', 'Kloosterhof']],
      ['Buitengebied', ['Oostpolder', 'Westpolder']],
    ],
    regio: { provincie: 1, veiligheidsregio: 1, politieEenheid: 1 },
    scale: 6800,
  },
  {
    // Its buurten carry a later layout in the 2024 crime extract: the whole gemeente is not comparable there.
    name: 'Veenhuizen aan Zee',
    wijken: [
      ['Strand', ['Boulevard', 'Duinzicht']],
      ['Achterland', ['Veenkoloniën', 'Turfhaven']],
    ],
    regio: { provincie: 1, veiligheidsregio: 1, politieEenheid: 1 },
    scale: 3300,
  },
];

/** The gemeente whose wijken geometry also holds a water-only wijk (code …99), like the IJsselmeer wijken. */
export const WATER_GEMEENTE = 2;
/** The gemeente missing from 83648NED, and the one whose 2020 row the extract filled with zeros. */
export const TREND_ABSENT = 4;
export const TREND_ZERO_2020 = 5;
/** The gemeente whose 2024 crime extract uses other buurt codes. */
export const CRIME_OTHER_LAYOUT = 5;
/** Names the gemeente had in the Wijk- en Buurtkaart 2023 where it differs from 2024. */
export const NAME_2023: Record<number, string> = { 2: 'Dijkmeer-Oost', 3: 'Hoogeloo' };

const round5 = (n: number) => Math.max(0, Math.round(n / 5) * 5);
const pad2 = (n: number) => String(n).padStart(2, '0');

function makeBuurt(random: () => number, code: string, name: string, scale: number): Buurt {
  const scattered = name.startsWith('Verspreide huizen');
  // "Verspreide huizen" buurten are tiny: under the 100/200 minimum populations, and outside the subset.
  const population = scattered ? round5(15 + random() * 60) : round5(scale * (0.6 + random() * 0.8));
  const shares = [0.14 + random() * 0.06, 0.1 + random() * 0.06, 0.22 + random() * 0.08, 0.26 + random() * 0.06];
  const ages = [...shares.map((s) => round5(population * s)), 0] as Buurt['ages'];
  ages[4] = Math.max(0, population - ages[0] - ages[1] - ages[2] - ages[3]);
  const households = round5(population / (2 + random() * 0.6));
  const rate = 20 + random() * 60;
  const property = Math.round((population * rate * 0.5) / 1000);
  const violence = Math.round((population * rate * 0.15) / 1000);
  const vandalism = Math.round((population * rate * 0.1) / 1000);
  return {
    code,
    name,
    population,
    inSubset: !scattered,
    landHa: Math.round(scattered ? 400 + random() * 900 : 30 + random() * 250),
    households,
    householdsWithChildren: round5(households * (0.2 + random() * 0.2)),
    ages,
    stedelijkheid: scattered ? 5 : 1 + Math.floor(random() * 5),
    crime: { property, violence, vandalism, total: Math.round(property + violence + vandalism + (population * rate * 0.25) / 1000) },
  };
}

/** The whole fixture country, the same on every call. */
export function fixtureCountry(): Gemeente[] {
  const random = seededRandom(20240101);
  return SPECS.map((spec, index) => {
    const code = `GM09${pad2(index + 1)}`;
    const wijken = spec.wijken.map(([wijkName, buurtNames], w): Wijk => {
      const wijkCode = `WK${code.slice(2)}${pad2(w)}`;
      let next = 0;
      const buurten = buurtNames.map((name) => {
        const number = name.startsWith('Verspreide huizen') ? 9 : next++;
        return makeBuurt(random, `BU${wijkCode.slice(2)}${pad2(number)}`, name, spec.scale);
      });
      return { code: wijkCode, name: `Wijk ${pad2(w)} ${wijkName}`, buurten, waterHa: Math.round(random() * 40) };
    });
    return { index, code, name: spec.name, wijken, regio: spec.regio };
  });
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
export const buurtenOf = (gemeente: Gemeente) => gemeente.wijken.flatMap((w) => w.buurten);
export const populationOf = (area: Gemeente | Wijk) => sum(('buurten' in area ? area.buurten : buurtenOf(area)).map((b) => b.population));
export const landHaOf = (area: Gemeente | Wijk) => sum(('buurten' in area ? area.buurten : buurtenOf(area)).map((b) => b.landHa));
export const waterHaOf = (area: Gemeente | Wijk) => ('buurten' in area ? area.waterHa : sum(area.wijken.map((w) => w.waterHa)));
