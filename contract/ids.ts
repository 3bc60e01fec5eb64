/**
 * The id vocabulary shared by the catalogue, the pipeline, the published files and the app. The
 * catalogue must declare exactly these ids (its test checks it), so an id stays typed from catalogue
 * to URL state without the app importing the catalogue.
 */

export const INDICATOR_IDS = [
  'jongeren_15_24',
  'huishoudens_met_kinderen',
  'huishoudens_met_verdachte',
  'eenoudergezinnen',
  'bijstand_gezinnen',
  'praktijkonderwijs',
  'laag_opgeleid',
  'inkomen',
  'jeugdhulp',
  'vermogensmisdrijven',
  'geweldsmisdrijven',
  'vernielingen',
  'misdrijven_totaal',
  'misdrijven_trend',
  'opkomst_tk2023',
  'eenpersoonshuishoudens',
  'bevolkingsdichtheid',
  'landelijkheid',
  'ruimte_per_inwoner',
  'water_aandeel',
  'recreatiewoningen',
  'jv_cannabis',
  'jv_cocaine',
  'jv_lachgas',
  'jv_schulden',
  'jv_weinig_vertrouwen_toekomst',
  'jv_online_gokken',
  'inkomen_per_inwoner',
  'woz_waarde',
  'misdrijven_verandering',
  'bedreiging',
  'mishandeling',
  'vernieling_gemeente',
  'opkomst_tk2021',
  'opkomst_ps2023',
  'ernstig_eenzaam_2020',
  'jv_sterk_eenzaam',
  'jv_zorgen_polarisatie',
  'bijstand_uitkering',
  'ww_uitkering',
  'ao_uitkering',
  'onbewoonde_woningen',
  'misdrijven_landelijk',
  'verblijfsrecreatie',
  'vakantiepark_inschrijvingen',
  'recreatie_objecten_bewoond',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const THEME_IDS = ['vakantieparken', 'jonge_aanwas', 'maatschappelijke_onrust'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const SOURCE_IDS = [
  'kwb2024',
  'politie_misdrijven_2024',
  'cbs_misdrijven_2010_2020',
  'wbk2023',
  'wbk2022',
  'scp_jeugdhulp_2017',
  'kiesraad_tk2023',
  'wbk2024_grenzen',
  'cbs_gebiedsindelingen_2024',
  'recreatiewoningen',
  'kwb2024_subset',
  'politie_misdrijven_47022',
  'rivm_gezondheid_50150',
  'wbk2024',
  'misdrijven_categorieen_2024',
  'kiesraad_tk2021',
  'ps2023',
  'gmjv2024',
  'rivm_gezondheid_2020',
  'cbs_bodemgebruik_70262',
  'cbs_maatwerk_2021_38',
  'cbs_maatwerk_2024_17',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Series in the long trends table. */
export const SERIES_IDS = [
  'misdrijven_per_1000',
  'misdrijven_totaal',
  'misdrijven_geregistreerd',
  'misdrijven_geregistreerd_per_1000',
  'goed_ervaren_gezondheid',
  'opkomst_tweede_kamer',
] as const;
export type SeriesId = (typeof SERIES_IDS)[number];
/** Registered crime per 1,000 inhabitants 2010–2020 (CBS 83648NED, gemeenten joined by name): the history. */
export const CRIME_RATE_SERIES: SeriesId = 'misdrijven_per_1000';
/** Registered crime per 1,000 inhabitants from 2021 (politie, 47022NED, every level): the current series. */
export const CURRENT_CRIME_RATE_SERIES: SeriesId = 'misdrijven_geregistreerd_per_1000';
export const CRIME_COUNT_SERIES: SeriesId = 'misdrijven_totaal';

export type Direction = 'higher_is_risk' | 'lower_is_risk';
export const DIRECTIONS = ['higher_is_risk', 'lower_is_risk'] as const satisfies readonly Direction[];

const indicatorIds: ReadonlySet<string> = new Set(INDICATOR_IDS);
const themeIds: ReadonlySet<string> = new Set(THEME_IDS);

export function isIndicatorId(id: string): id is IndicatorId {
  return indicatorIds.has(id);
}

export function isThemeId(id: string): id is ThemeId {
  return themeIds.has(id);
}

/** How an indicator's interval is computed (see the catalogue's UncertaintyMethod). */
export const UNCERTAINTY_METHODS = ['poisson', 'wilson', 'none_no_sampling', 'none_survey'] as const;
export type UncertaintyMethodId = (typeof UNCERTAINTY_METHODS)[number];
