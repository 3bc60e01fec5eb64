/**
 * The fixture's current sources (SOURCES.md §9–§15) in the real files' layout: KWB 2024 subset, 47022NED
 * crime 2021–2025 and 50150NED health per gemeente and buurt, the Wijk- en buurtkaart 2024 gemeente layer,
 * crime categories 2024, TK2021 and PS2023 per gemeente, Gezondheidsmonitor Jongvolwassenen 2024 and RIVM
 * 2020. Edge cases of the real data are built in and named where they are made.
 */
import { csvText, type Cell } from './csv-text.ts';
import { buurtenOf, landHaOf, NAME_2023, populationOf, seededRandom, sum, type Buurt, type Gemeente, type Wijk } from './model.ts';

let random = seededRandom(2025);
const between = (low: number, high: number, decimals = 1) => Number((low + random() * (high - low)).toFixed(decimals));
const CRLF = { eol: '\r\n' } as const;

/** The gemeente with one buurt on another police buurt division (`buurtkoppeling_betrouwbaar = nee`). */
const CRIME_NEE_GEMEENTE = 1;
/** The gemeente absent from the Gezondheidsmonitor Jongvolwassenen (like the Wadden islands) and the one with all values suppressed. */
const JV_ABSENT = 4;
const JV_SUPPRESSED = 5;
/** The gemeente whose 2020 buurt division differs (one buurt missing in the RIVM 2020 file). */
const RIVM_OTHER_BUURTEN = 5;

type Area = { kind: 'gemeente'; g: Gemeente } | { kind: 'wijk'; g: Gemeente; w: Wijk } | { kind: 'buurt'; g: Gemeente; w: Wijk; b: Buurt };

function areas(country: Gemeente[]): Area[] {
  return country.flatMap((g) => [
    { kind: 'gemeente' as const, g },
    ...g.wijken.flatMap((w) => [{ kind: 'wijk' as const, g, w }, ...w.buurten.map((b) => ({ kind: 'buurt' as const, g, w, b }))]),
  ]);
}

const buurtenIn = (a: Area): Buurt[] => (a.kind === 'gemeente' ? buurtenOf(a.g) : a.kind === 'wijk' ? a.w.buurten : [a.b]);
const codeOf = (a: Area) => (a.kind === 'gemeente' ? a.g.code : a.kind === 'wijk' ? a.w.code : a.b.code);
const nameOf = (a: Area) => (a.kind === 'gemeente' ? a.g.name : a.kind === 'wijk' ? a.w.name.replace(/^Wijk \d\d /, '') : a.b.name);
/** The builder blanked every value ≤ 0: a 0 is written as an empty cell. */
const blankZero = (n: number): Cell => (n > 0 ? n : null);

function kwbSubset(country: Gemeente[]): string {
  const header = [
    'niveau',
    'code',
    'naam',
    'gemeentecode',
    'gemeentenaam',
    'wijkcode',
    'provinciecode',
    'inwoners',
    'inwoners65plus',
    'inwoners0tot15',
    'dichtheid',
    'huishoudensgrootte',
    'huishoudens',
  ];
  const more = [
    'wozWaarde',
    'koopwoningen',
    'eengezinswoning',
    'inkomenPerInwoner',
    'stedelijkheid',
    'adressendichtheid',
    'oppervlakteLandHa',
    'afstandHuisarts',
    'afstandSupermarkt',
    'afstandSchool',
    'scholenBinnen3km',
    'postcode',
  ];
  const rows = areas(country).map((a) => {
    const buurten = buurtenIn(a);
    const population = sum(buurten.map((b) => b.population));
    const land = sum(buurten.map((b) => b.landHa));
    const households = sum(buurten.map((b) => b.households));
    // Income only where at least 2,500 people live, as CBS publishes it.
    const income = population >= 2500 ? between(26, 45) : null;
    const stedelijkheid = Math.round(sum(buurten.map((b) => b.stedelijkheid * b.population)) / Math.max(population, 1)) || 5;
    return [
      a.kind,
      codeOf(a),
      nameOf(a),
      a.g.code,
      a.g.name,
      a.kind === 'gemeente' ? null : a.w.code,
      'PV90',
      blankZero(population),
      blankZero(sum(buurten.map((b) => b.ages[4]))),
      blankZero(sum(buurten.map((b) => b.ages[0]))),
      blankZero(Math.round((population / Math.max(land, 1)) * 100)),
      Number((population / Math.max(households, 1)).toFixed(1)),
      blankZero(households),
      between(180, 520, 0),
      between(20, 85, 0),
      between(30, 90, 0),
      income,
      Math.min(5, Math.max(1, stedelijkheid)),
      between(200, 3000, 0),
      land,
      between(0.3, 3),
      between(0.3, 3),
      between(0.3, 3),
      between(1, 12),
      a.kind === 'buurt' ? `9${String(a.g.index)}${String(a.b.code.slice(-2))}AB` : null,
    ];
  });
  return csvText([...header, ...more], rows, CRLF);
}

/** 47022NED sums per year; the gemeente total also holds crimes the police could not place in a buurt. */
function crime47022(country: Gemeente[]): string {
  const years = [2021, 2022, 2023, 2024, 2025];
  const perBuurt = new Map<string, number[]>(
    country.flatMap(buurtenOf).map((b) => [b.code, years.map((y) => Math.max(0, Math.round(b.crime.total * (0.85 + (y - 2021) * 0.04 + random() * 0.1))))]),
  );
  const rows: Cell[][] = [];
  for (const g of country) {
    const buurten = buurtenOf(g);
    const totals = years.map((_, i) => sum(buurten.map((b) => perBuurt.get(b.code)?.[i] ?? 0)) + 3);
    const mean = sum(totals) / years.length;
    rows.push(['gemeente', g.code, g.name, g.code, ...totals, totals[4] ?? 0, Number(((mean / populationOf(g)) * 1000).toFixed(1)), null]);
    buurten.forEach((b, i) => {
      const counts = perBuurt.get(b.code) ?? [];
      const flag = g.index === CRIME_NEE_GEMEENTE && i === 0 ? 'nee' : b.population > 0 ? 'ja' : 'onbekend_geen_inwoners';
      const rate = b.population > 0 ? Number(((sum(counts) / years.length / b.population) * 1000).toFixed(1)) : null;
      rows.push(['buurt', b.code, b.name, g.code, ...counts, counts[4] ?? 0, rate, flag]);
    });
  }
  const header = [
    'niveau',
    'code',
    'naam',
    'gemeentecode',
    ...years.map((y) => `misdrijven_${y}`),
    'misdrijven_laatste_12_maanden',
    'gem_per_1000_inw_per_jaar_2021_2025',
    'buurtkoppeling_betrouwbaar',
  ];
  return csvText(header, rows, CRLF);
}

function health50150(country: Gemeente[]): string {
  const years = [2012, 2016, 2020, 2022, 2024];
  const rows: Cell[][] = [];
  for (const g of country) {
    rows.push(['gemeente', g.code, g.name, g.code, ...years.map(() => between(68, 82))]);
    // The first buurt of every gemeente is not published (RIVM/CBS leave small areas out).
    buurtenOf(g).forEach((b, i) => rows.push(['buurt', b.code, b.name, g.code, ...years.map(() => (i === 0 ? null : between(60, 88)))]));
  }
  return csvText(['niveau', 'code', 'naam', 'gemeentecode', ...years.map((y) => `pct_goed_ervaren_gezondheid_${y}`)], rows, CRLF);
}

const SENTINEL = -99997;
const WBK2024_COLUMNS = [
  'gemeentecode',
  'gemeentenaam',
  'water',
  'aantal_inwoners',
  'percentage_personen_0_tot_15_jaar',
  'percentage_met_herkomstland_nederland',
  'woningvoorraad',
  'percentage_onbewoond',
  'percentage_huurwoningen',
  'perc_huurwoningen_in_bezit_woningcorporaties',
  'aantal_personen_met_een_ao_uitkering_totaal',
  'aantal_personen_met_een_ww_uitkering_totaal',
  'aantal_personen_met_een_alg_bijstandsuitkering_tot',
  'oppervlakte_land_in_ha',
];

function wbk2024(country: Gemeente[]): string {
  // A water record repeats the first gemeente's code with every statistic −99997, as in the real layer.
  const rows: Cell[][] = [[country[0]?.code ?? '', country[0]?.name ?? '', 'JA', ...Array<number>(WBK2024_COLUMNS.length - 3).fill(SENTINEL)]];
  for (const g of country) {
    const population = populationOf(g);
    const adults = population - sum(buurtenOf(g).map((b) => b.ages[0]));
    rows.push([
      g.code,
      g.name,
      'NEE',
      population,
      Math.round(((population - adults) / population) * 100),
      between(60, 95, 0),
      Math.round(population / 2.2),
      // Gemeente 3 has no published vacancy share.
      g.index === 3 ? SENTINEL : between(2, 12, 0),
      between(25, 60, 0),
      between(15, 40, 0),
      Math.round(adults * between(0.03, 0.07, 3)),
      Math.round(adults * between(0.008, 0.015, 3)),
      Math.round(adults * between(0.015, 0.04, 3)),
      landHaOf(g),
    ]);
  }
  return csvText(WBK2024_COLUMNS, rows, CRLF);
}

function crimeCategories(country: Gemeente[]): string {
  const header = [
    'gemeentecode',
    'gemeentenaam',
    'cr_totaal_misdrijven',
    'cr_inbraak_woning',
    'cr_diefstal_motor',
    'cr_diefstal_fietsen',
    'cr_bedreiging',
    'cr_mishandeling',
    'cr_straatroof',
    'cr_vernieling',
    'cr_drugs_drank',
    'cr_inbraak_bedrijven',
    'cr_winkeldiefstal',
    'cr_cybercrime',
    'cr_fraude',
    'cr_jaar',
  ];
  const rows = country.map((g) => {
    const total = sum(buurtenOf(g).map((b) => b.crime.total));
    const part = (share: number) => Math.round(total * share);
    return [
      g.code,
      g.name,
      total,
      part(0.03),
      part(0.01),
      part(0.09),
      part(0.025),
      part(0.05),
      part(0.005),
      part(0.08),
      0,
      part(0.015),
      part(0.06),
      part(0.012),
      part(0.1),
      2024,
    ];
  });
  return csvText(header, rows, CRLF);
}

function tk2021(country: Gemeente[]): string {
  const header = [
    'gemeentecode',
    'gemeentenaam',
    'verkiezing',
    'jaar',
    'indeling',
    'kiesgerechtigden',
    'geldige_stemmen_op_lijsten',
    'blanco',
    'ongeldig',
    'uitgebrachte_stemmen',
    'geldige_kiezerspassen',
    'geldige_volmachtbewijzen',
    'opkomst_pct',
    'opkomst_excl_kiezerspassen_pct',
    'bron_gemeenten_2021',
    'opmerking',
  ];
  const rows = country.map((g) => {
    const voters = Math.round(populationOf(g) * 0.77);
    const valid = Math.round(voters * between(0.7, 0.85, 3));
    const cast = valid + 12 + 9;
    const passes = Math.round(cast * 0.004);
    return [
      g.code,
      g.name,
      'TK2021',
      2021,
      2024,
      voters,
      valid,
      12,
      9,
      cast,
      passes,
      Math.round(cast * 0.06),
      Number(((cast / voters) * 100).toFixed(2)),
      Number((((cast - passes) / voters) * 100).toFixed(2)),
      g.code,
      null,
    ];
  });
  return csvText(header, rows, CRLF);
}

function ps2023(country: Gemeente[]): string {
  const header = [
    'gemeentecode',
    'gemeentenaam',
    'verkiezing',
    'jaar',
    'indeling',
    'kieskring_bestand',
    'aantal_stembureaus',
    'kiesgerechtigden',
    'geldige_stemmen_op_lijsten',
    'geldige_stemmen_pct_kiesgerechtigden',
  ];
  const rows = country.map((g) => {
    const voters = Math.round(populationOf(g) * 0.78);
    const valid = Math.round(voters * between(0.45, 0.7, 3));
    return [
      g.code,
      g.name,
      'PS2023',
      2023,
      2023,
      g.regio.provincie === 0 ? 'PS2023_Veenland' : 'PS2023_Kustmark',
      Math.ceil(voters / 1500),
      voters,
      valid,
      Number(((valid / voters) * 100).toFixed(2)),
    ];
  });
  return csvText(header, rows, CRLF);
}

const GMJV_KEYS = [
  'EnigszinsTotSterkEenzaam_53',
  'SterkEenzaam_54',
  'SterkSociaalEenzaam_56',
  'SterkEmotioneelEenzaam_58',
  'WeinigGeenVertrouwenInEigenToekomst_42',
  'VeelZorgenOverDiscriminatie_47',
  'VeelZorgenTegenstelTussenGroep_48',
  'GoedErvarenMentaleGezondheid_12',
  'MoeiteMetRondkomen_1',
  'HeeftSchulden_3',
  'CannabisInAfg12Maanden_89',
  'LachgasInAfg12Maanden_90',
  'CocaineInAfg12Maanden_94',
  'DrugsExclCannabisLachgasAfg12Mnd_113',
  'ZwareDrinker_72',
  'RisicovolGamegedrag_133',
  'OnlineGegoktVoorGeldAfg12Maanden_137',
  'MishandeldOoit_124',
  'KanBijIemandTerechtBijProbleem_130',
];

function gezondheidsmonitorJv(country: Gemeente[]): string {
  const rows = country
    .filter((g) => g.index !== JV_ABSENT)
    .map((g) => [g.code, g.name, 2024, 2024, ...GMJV_KEYS.map(() => (g.index === JV_SUPPRESSED ? null : between(2, 60)))]);
  return csvText(['gemeentecode', 'gemeentenaam', 'jaar', 'indeling', ...GMJV_KEYS], rows, CRLF);
}

const RIVM_KEYS = ['ErvarenGezondheidGoedZeerGoed_4', 'Eenzaam_28', 'ErnstigZeerErnstigEenzaam_29', 'MoeiteMetRondkomen_38'];
const rivmValues = () => [between(72, 85), between(38, 52), between(7, 15), between(8, 20)];

function rivm2020Gemeenten(country: Gemeente[]): string {
  const rows = country.map((g) => [g.code, g.name, 2020, 2024, '18+', 'direct (zelfde code, zelfde gebied)', ...rivmValues()]);
  return csvText(['gemeentecode', 'gemeentenaam', 'jaar', 'indeling', 'leeftijd', 'methode', ...RIVM_KEYS], rows, CRLF);
}

/** On the 2020 division: gemeente 2 had another name then, gemeente 5 one buurt fewer; both are not comparable below gemeente level. */
function rivm2020AlleNiveaus(country: Gemeente[]): string {
  const rows: Cell[][] = [['Land', 'NL01', 'Nederland', 2020, 2020, '18+', ...rivmValues()]];
  for (const g of country) {
    const name = NAME_2023[g.index] ?? g.name;
    const row = (niveau: string, code: string) => [niveau, code, name, 2020, 2020, '18+', ...rivmValues()];
    rows.push(row('Gemeente', g.code));
    for (const w of g.wijken) rows.push(row('Wijk', w.code));
    buurtenOf(g).forEach((b, i) => {
      if (g.index === RIVM_OTHER_BUURTEN && i === 0) return;
      rows.push(row('Buurt', b.code));
    });
  }
  return csvText(['niveau', 'code', 'gemeentenaam', 'jaar', 'indeling', 'leeftijd', ...RIVM_KEYS], rows, CRLF);
}

export function currentFiles(country: Gemeente[]): Record<string, string> {
  random = seededRandom(2025);
  const wik = 'statistics/woonikveilig_kwb2024_misdrijven_gezondheid';
  const rivm = 'statistics/rivm_gezondheid_wijk_buurt_2020_18plus';
  return {
    [`${wik}/kwb2024_subset_gemeente_wijk_buurt.csv`]: kwbSubset(country),
    [`${wik}/misdrijven_47022NED_per_jaar_2021_2025_gemeente_buurt.csv`]: crime47022(country),
    [`${wik}/gezondheid_50150NED_goed_ervaren_gezondheid_gemeente_buurt.csv`]: health50150(country),
    'statistics/cbs_wijkbuurtkaart_2024_v2_gemeenten_attributen/gemeente_2024_stats.csv': wbk2024(country),
    'statistics/geoinzicht_misdrijven_categorieen_gemeente_2024/misdrijven_categorieen_gemeente_2024.csv': crimeCategories(country),
    'statistics/verkiezingen_tk2021_ps2023/kiesraad_tk2021_eml/tk2021_opkomst_gemeente_indeling2024.csv': tk2021(country),
    'statistics/verkiezingen_tk2021_ps2023/bzk_centerdata_ps2023/ps2023_kiesgerechtigden_geldige_stemmen_gemeente.csv': ps2023(country),
    'statistics/gezondheidsmonitor_jongvolwassenen_2024_50140NED/gmjv2024_gemeente_selectie_eenzaamheid_vertrouwen_middelen.csv': gezondheidsmonitorJv(country),
    [`${rivm}/rivm_gezondheid2020_18plus_gemeente_indeling2024.csv`]: rivm2020Gemeenten(country),
    [`${rivm}/rivm_gezondheid2020_18plus_alle_niveaus_indeling2020.csv`]: rivm2020AlleNiveaus(country),
  };
}
