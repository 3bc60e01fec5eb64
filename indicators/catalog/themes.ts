import type { IndicatorId } from './indicators.ts';
import type { ThemeDefinition } from './types.ts';

/**
 * Theme definitions: weights are data (the app may let a user change them). Direct measures of the
 * phenomenon weigh more than context proxies. A score needs two thirds of the theme's weight.
 */
export const THEMES = [
  {
    id: 'vakantieparken',
    label: 'Vakantieparken',
    explanation:
      'Signalen over gebieden waar vakantieparken kunnen liggen die kwetsbaar zijn voor ondermijning (permanente bewoning, criminele eigenaren, verborgen activiteiten).',
    proxy: true,
    proxyNote:
      'Er zijn geen gegevens over vakantieparken zelf beschikbaar. Dit thema is opgebouwd uit indirecte aanwijzingen (landelijkheid, ruimte, water) en zegt alleen waar parken waarschijnlijker zijn, niet of daar iets mis is. Echte gegevens: recreatiewoningen (BAG, logiesfunctie), inschrijvingen op parkadressen (BRP), incidenten en verdachten op parkadressen.',
    minWeightShare: 2 / 3,
    minIndicators: 2,
    indicators: [
      { id: 'landelijkheid', weight: 1 },
      { id: 'ruimte_per_inwoner', weight: 1 },
      { id: 'water_aandeel', weight: 0.5 },
      { id: 'recreatiewoningen', weight: 2 },
    ],
  },
  {
    id: 'jonge_aanwas',
    label: 'Drugs & jonge aanwas',
    explanation:
      'Signalen over een voedingsbodem voor de werving van jongeren in de drugscriminaliteit: kenmerken van gezinnen, onderwijs en inkomen die samengaan met het profiel van jonge drugsverdachten, en geregistreerde criminaliteit.',
    proxy: false,
    minWeightShare: 2 / 3,
    minIndicators: 2,
    indicators: [
      { id: 'huishoudens_met_verdachte', weight: 2 },
      { id: 'eenoudergezinnen', weight: 1 },
      { id: 'bijstand_gezinnen', weight: 1 },
      { id: 'praktijkonderwijs', weight: 1 },
      { id: 'laag_opgeleid', weight: 1 },
      { id: 'inkomen', weight: 1 },
      { id: 'jeugdhulp', weight: 1 },
      { id: 'jongeren_15_24', weight: 1 },
      { id: 'huishoudens_met_kinderen', weight: 0.5 },
      { id: 'vermogensmisdrijven', weight: 1.5 },
      { id: 'geweldsmisdrijven', weight: 1 },
    ],
  },
  {
    id: 'maatschappelijke_onrust',
    label: 'Maatschappelijke onrust',
    explanation:
      'Signalen over voedingsbodems van maatschappelijke onrust: verstoring van de openbare orde, onveiligheid, een zwakke economische positie, weinig vertrouwen in de politiek en weinig sociale samenhang.',
    proxy: false,
    minWeightShare: 2 / 3,
    minIndicators: 2,
    indicators: [
      { id: 'vernielingen', weight: 2 },
      { id: 'geweldsmisdrijven', weight: 1.5 },
      { id: 'misdrijven_totaal', weight: 1 },
      { id: 'misdrijven_trend', weight: 1 },
      { id: 'opkomst_tk2023', weight: 1 },
      { id: 'bijstand_gezinnen', weight: 1 },
      { id: 'inkomen', weight: 1 },
      { id: 'eenpersoonshuishoudens', weight: 0.5 },
      { id: 'bevolkingsdichtheid', weight: 0.5 },
    ],
  },
] as const satisfies readonly ThemeDefinition<string, IndicatorId>[];

export type ThemeId = (typeof THEMES)[number]['id'];
export type Theme = (typeof THEMES)[number];
