/** The SCP "Jeugdhulp in de wijk" 2017 files of the fixture, in the real files' layout. */
import { csvText } from './csv-text.ts';
import type { Gemeente } from './model.ts';

const SCP = 'statistics/scp_jeugdhulp_in_de_wijk_2017';
const DETERMINANTEN = [
  'perc_sbo_g',
  'perc_vso_g',
  'perc_praktijk_g',
  'perc_hhmk',
  'perc_jong04',
  'perc_1ouder',
  'perc_tienmam',
  'perc_hhmkhgink',
  'perc_kind_sch5',
  'perc_ouderpsy',
  'perc_hhverd',
  'perc_hhbijs',
  'perc_hhwan',
  'groenedruk',
  'grijzedruk',
  'perc_ao',
  'perc_laagopl',
  'gem_gestink',
  'polchrplus',
  'perc_nwmig',
  'perc_antsur',
  'perc_1gez',
  'huur_corp',
  'woonwaarde',
  'afstandhuisarts',
  'samenw',
  'kleinewijk',
];

/** SCP 2017: wijken numbered gemeentecode×100 + wijknummer; '.' where SCP did not publish (fewer than 10 cases). */
export function scpFiles(country: Gemeente[], between: (low: number, high: number, decimals?: number) => number): Record<string, string> {
  const wijken = country.flatMap((g) => g.wijken.map((w, i) => ({ g, w, i, number: Number(w.code.slice(2)) })));
  wijken.push({ g: country[0]!, w: { code: 'WK999900', name: 'Wijk 00 Elders', buurten: [], waterHa: 0 }, i: 0, number: 999900 });
  const wijkRows = wijken.map(({ g, w, number }) =>
    number === 999900
      ? [number, w.name, 9999, 'Elders']
      : [number, g.index === 3 && w.name.endsWith('Laagveld') ? 'Wijk 01 Laag Veld' : w.name, Number(g.code.slice(2)), g.name],
  );
  const determinanten = wijken.map(({ number, g, i }) => [
    number,
    ...DETERMINANTEN.map((column) => {
      if (column === 'perc_hhverd' && g.index === 1 && i === 1) return '.';
      if (column === 'gem_gestink') return between(22000, 34000, 0);
      if (column === 'samenw' || column === 'kleinewijk') return between(0, 1, 0);
      return between(0.2, 40);
    }),
  ]);
  const gebruik = wijken.map(({ number }) => [number, between(6, 16), between(6, 16), between(-3, 3)]);
  return {
    [`${SCP}/jeugdhulp_in_de_wijk_2017__wijk.csv`]: csvText(['wijk', 'wijknaam', 'gemeentecode', 'gemnaam_2017'], wijkRows, { eol: '\n' }),
    [`${SCP}/jeugdhulp_in_de_wijk_2017__determinanten.csv`]: csvText(['wijk', ...DETERMINANTEN], determinanten, { eol: '\r\n' }),
    [`${SCP}/jeugdhulp_in_de_wijk_2017__gebruik.csv`]: csvText(['wijk', 'perc_jhzv', 'perc_przv', 'residu'], gebruik, { eol: '\n' }),
  };
}
