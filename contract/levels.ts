/** Region levels, aggregates and code patterns of the 2024 division (CBS Wijk- en buurtkaart 2024). */

export const LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type Level = (typeof LEVELS)[number];

/** Regions summed from gemeente counts. */
export const AGGREGATES = ['politie_eenheid', 'veiligheidsregio', 'provincie'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** Code patterns per level. Amsterdam's wijk and buurt codes carry letters (WK0363AA, BU0363AA01) in CBS's own 2024 list. */
export const CODE_PATTERN: Record<Level, RegExp> = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{4}[0-9A-Z]{2}$/,
  buurt: /^BU\d{4}[0-9A-Z]{4}$/,
};

/** The code of the whole country in the trends table and in national values. */
export const NATIONAL_CODE = 'NL00';

export const BOUNDARY_YEAR = 2024;
