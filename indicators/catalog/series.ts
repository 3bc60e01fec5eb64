import type { SeriesId, SourceId } from '@atlas/contract';

export interface SeriesDefinition {
  label: string;
  unit: string;
  sourceId: SourceId;
  note: string;
}

/** The yearly series of the trends table, described as data (labels in Dutch). */
export const SERIES: Record<SeriesId, SeriesDefinition> = {
  misdrijven_per_1000: {
    label: 'Geregistreerde misdrijven per 1.000 inwoners (2010–2020)',
    unit: 'per 1.000 inwoners',
    sourceId: 'cbs_misdrijven_2010_2020',
    note: 'Gemeenten gekoppeld op exacte naam; herindelingen kunnen een reeks breken. Nederland als referentielijn.',
  },
  misdrijven_totaal: {
    label: 'Geregistreerde misdrijven (2010–2020)',
    unit: 'aantal',
    sourceId: 'cbs_misdrijven_2010_2020',
    note: 'Gemeenten gekoppeld op exacte naam; herindelingen kunnen een reeks breken.',
  },
  misdrijven_geregistreerd: {
    label: 'Geregistreerde misdrijven',
    unit: 'aantal',
    sourceId: 'politie_misdrijven_47022',
    note: 'Exacte tellingen van de politie per jaar (47022NED), per buurt, wijk (som van de buurten, alleen als elke bewoonde buurt meetelt) en gemeente; Nederland is de som van de gemeenten, zonder misdrijven die niet aan een buurt te koppelen zijn.',
  },
  misdrijven_geregistreerd_per_1000: {
    label: 'Geregistreerde misdrijven per 1.000 inwoners',
    unit: 'per 1.000 inwoners',
    sourceId: 'politie_misdrijven_47022',
    note: 'Aantal van elk jaar gedeeld door het aantal inwoners van 2024, dus verschillen tussen jaren komen alleen door de misdrijven.',
  },
  goed_ervaren_gezondheid: {
    label: 'Goed ervaren gezondheid (18+)',
    unit: '%',
    sourceId: 'rivm_gezondheid_50150',
    note: 'Modelschattingen van RIVM, GGD’en en CBS per gemeente en buurt; 2020 was het coronajaar. Geen landelijke lijn in dit bestand.',
  },
  opkomst_tweede_kamer: {
    label: 'Opkomst Tweede Kamerverkiezing',
    unit: '%',
    sourceId: 'kiesraad_tk2021',
    note: '2021 zonder stemmen met een kiezerspas (’s-Gravenhage, Halderberge, Castricum en Voorschoten ontbreken); 2023 is het aandeel ingeleverde stembiljetten (Kiesraad).',
  },
};
