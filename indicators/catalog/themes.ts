import type { IndicatorId } from './indicators.ts';
import type { ThemeDefinition } from './types.ts';

/**
 * Theme definitions: weights are data (the app may let a user change them). Direct measures of the
 * phenomenon weigh more than context proxies, and indicators from before 2022 weigh less (each theme's
 * note names them). A score needs two thirds of the theme's weight.
 */
export const THEMES = [
  {
    id: 'vakantieparken',
    label: 'Vakantieparken',
    explanation:
      'Signalen over gebieden waar vakantieparken kunnen liggen die kwetsbaar zijn voor ondermijning (permanente bewoning, criminele eigenaren, verborgen activiteiten).',
    proxy: true,
    proxyNote:
      'Er zijn geen gegevens over vakantieparken zelf beschikbaar. Dit thema is opgebouwd uit indirecte aanwijzingen (landelijkheid, ruimte, water, onbewoonde woningen, misdrijven in landelijke buurten) en zegt alleen waar parken waarschijnlijker zijn, niet of daar iets mis is. Echte gegevens tellen zwaarder mee zodra de beheerder van de atlas ze toevoegt: CBS maatwerk 2021/38 (ingeschreven personen op parkadressen), CBS maatwerk 2024/17 (bewoonde recreatie-objecten), StatLine 70262NED (verblijfsrecreatief terrein) en recreatiewoningen uit de BAG. Oude indicatoren (vóór 2022): geen; landelijkheid per wijk is van 2022 en per gemeente van 2023.',
    minWeightShare: 2 / 3,
    minIndicators: 2,
    indicators: [
      { id: 'landelijkheid', weight: 1 },
      { id: 'ruimte_per_inwoner', weight: 1 },
      { id: 'water_aandeel', weight: 0.5 },
      { id: 'onbewoonde_woningen', weight: 1 },
      { id: 'misdrijven_landelijk', weight: 1 },
      { id: 'recreatiewoningen', weight: 2 },
      { id: 'verblijfsrecreatie', weight: 2 },
      { id: 'vakantiepark_inschrijvingen', weight: 3 },
      { id: 'recreatie_objecten_bewoond', weight: 3 },
    ],
  },
  {
    id: 'jonge_aanwas',
    label: 'Drugs & jonge aanwas',
    explanation:
      'Signalen over een voedingsbodem voor de werving van jongeren in de drugscriminaliteit: drugsgebruik, schulden en toekomstperspectief van jongvolwassenen, inkomen en woningwaarde, geregistreerde criminaliteit en de ontwikkeling ervan, en kenmerken van gezinnen en onderwijs die samengaan met het profiel van jonge drugsverdachten. Oude indicatoren (vóór 2022, lager gewicht): huishoudens met een verdachte, eenoudergezinnen, gezinnen in de bijstand, praktijkonderwijs, laag opgeleiden en jeugdhulp (SCP, 2017, alleen per wijk). Ze tellen alleen mee omdat er geen recenter equivalent per wijk is.',
    proxy: false,
    minWeightShare: 2 / 3,
    minIndicators: 2,
    indicators: [
      { id: 'jv_cannabis', weight: 1 },
      { id: 'jv_cocaine', weight: 1 },
      { id: 'jv_lachgas', weight: 0.25 },
      { id: 'jv_schulden', weight: 0.5 },
      { id: 'jv_weinig_vertrouwen_toekomst', weight: 0.25 },
      { id: 'jv_online_gokken', weight: 0.25 },
      { id: 'misdrijven_totaal', weight: 1 },
      { id: 'misdrijven_verandering', weight: 1 },
      { id: 'vermogensmisdrijven', weight: 1.5 },
      { id: 'geweldsmisdrijven', weight: 1 },
      { id: 'inkomen_per_inwoner', weight: 1 },
      { id: 'woz_waarde', weight: 0.5 },
      { id: 'jongeren_15_24', weight: 0.5 },
      { id: 'huishoudens_met_kinderen', weight: 0.5 },
      { id: 'huishoudens_met_verdachte', weight: 0.5 },
      { id: 'eenoudergezinnen', weight: 0.25 },
      { id: 'bijstand_gezinnen', weight: 0.25 },
      { id: 'praktijkonderwijs', weight: 0.25 },
      { id: 'laag_opgeleid', weight: 0.25 },
      { id: 'jeugdhulp', weight: 0.25 },
    ],
  },
  {
    id: 'maatschappelijke_onrust',
    label: 'Maatschappelijke onrust',
    explanation:
      'Signalen over voedingsbodems van maatschappelijke onrust: verstoring van de openbare orde, bedreiging en geweld, de ontwikkeling van de criminaliteit, een zwakke economische positie, weinig vertrouwen in de politiek (opkomst), eenzaamheid en zorgen over polarisatie. Oude indicatoren (vóór 2022, lager gewicht): trend misdrijven 2015–2020, ernstige eenzaamheid van volwassenen (2020, coronajaar), opkomst Tweede Kamerverkiezing 2021 en gezinnen in de bijstand (SCP, 2017, alleen per wijk).',
    proxy: false,
    minWeightShare: 2 / 3,
    minIndicators: 2,
    indicators: [
      { id: 'vernielingen', weight: 2 },
      { id: 'geweldsmisdrijven', weight: 1.5 },
      { id: 'bedreiging', weight: 1.5 },
      { id: 'mishandeling', weight: 1 },
      { id: 'vernieling_gemeente', weight: 1 },
      { id: 'misdrijven_totaal', weight: 1 },
      { id: 'misdrijven_verandering', weight: 1 },
      { id: 'misdrijven_trend', weight: 0.5 },
      { id: 'opkomst_tk2023', weight: 1 },
      { id: 'opkomst_tk2021', weight: 0.5 },
      { id: 'opkomst_ps2023', weight: 0.5 },
      { id: 'jv_zorgen_polarisatie', weight: 1 },
      { id: 'jv_sterk_eenzaam', weight: 1 },
      { id: 'ernstig_eenzaam_2020', weight: 0.5 },
      { id: 'bijstand_uitkering', weight: 1 },
      { id: 'ww_uitkering', weight: 0.5 },
      { id: 'ao_uitkering', weight: 0.25 },
      { id: 'bijstand_gezinnen', weight: 0.25 },
      { id: 'eenpersoonshuishoudens', weight: 0.5 },
      { id: 'bevolkingsdichtheid', weight: 0.5 },
    ],
  },
] as const satisfies readonly ThemeDefinition<string, IndicatorId>[];

export type ThemeId = (typeof THEMES)[number]['id'];
export type Theme = (typeof THEMES)[number];
