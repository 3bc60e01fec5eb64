import type { IndicatorDefinition, LevelFormula } from './types.ts';
import type { SourceId } from './sources.ts';

/**
 * Indicators from the current sources (SOURCES.md §9–§15, 2020–2025). Formulas are DuckDB SQL over the
 * loaded tables, as in indicators.ts. None reads a column about migration background or origin.
 */
type Themes = 'jonge_aanwas' | 'maatschappelijke_onrust' | 'vakantieparken';

/**
 * Wijk = sum of its buurten, only when buurten with a value hold every inhabitant of the wijk: a buurt the
 * police count on another buurt division (not_comparable) makes its wijk incomplete rather than smaller.
 */
export const FROM_ALL_BUURTEN: LevelFormula = {
  kind: 'sum_of_children',
  from: 'buurt',
  minCoverage: 1,
  note: 'Som van de tellers en noemers van de buurten; alleen als elke bewoonde buurt van de wijk een waarde heeft.',
};

const CATEGORY_CAVEAT = 'Categorie-indeling afgeleid, niet door CBS gecontroleerd.';
const JV_NOTE = 'Enquête onder jongvolwassenen (16–25 jaar); een schatting zonder gepubliceerde marge. Geen cijfers voor de Waddeneilanden.';

const kwbMeasure = (column: string): LevelFormula => ({
  kind: 'measure',
  table: 'kwb_subset',
  value: `kwb_subset.${column}`,
  columns: [`kwb_subset.${column}`],
});
const allLevels = (formula: LevelFormula) => ({ gemeente: formula, wijk: formula, buurt: formula });

const perInhabitants = (expression: string, columns: readonly string[], scale = 1000): LevelFormula => ({
  kind: 'rate',
  table: 'kwb_subset',
  numerator: expression,
  denominator: 'kwb_subset.inwoners',
  scale,
  columns: [...columns, 'kwb_subset.inwoners'],
});

/** Crime of one 47022NED year or expression: gemeente from its own total (which includes buurten on another division), wijk as a sum of buurten. */
const crimeLevels = (expression: string, columns: readonly string[]) => {
  const direct = perInhabitants(expression, columns);
  return { gemeente: direct, buurt: direct, wijk: FROM_ALL_BUURTEN };
};

const gmjv = (column: string): LevelFormula => ({ kind: 'measure', table: 'gmjv_2024', value: `gmjv_2024.${column}`, columns: [`gmjv_2024.${column}`] });

/** Benefits per 1,000 inhabitants of 15 and older: the KWB's count of 0–14 year olds is the only exact age count for 2024. */
const per15Plus = (column: string): LevelFormula => ({
  kind: 'rate',
  table: 'wbk2024_gemeente',
  numerator: `wbk2024_gemeente.${column}`,
  denominator: '(kwb_subset.inwoners - kwb_subset.inwoners_0_15)',
  scale: 1000,
  columns: [`wbk2024_gemeente.${column}`, 'kwb_subset.inwoners', 'kwb_subset.inwoners_0_15'],
  note: 'Noemer: inwoners min inwoners van 0 tot 15 jaar (Kerncijfers 2024).',
});

const categoryPerThousand = (column: string): LevelFormula => ({
  kind: 'rate',
  table: 'misdrijven_categorie_gemeente_2024',
  numerator: `misdrijven_categorie_gemeente_2024.${column}`,
  denominator: 'kwb_subset.inwoners',
  scale: 1000,
  columns: [`misdrijven_categorie_gemeente_2024.${column}`, 'kwb_subset.inwoners'],
  note: CATEGORY_CAVEAT,
});

interface SurveyText<Id extends string> {
  id: Id;
  label: string;
  short: string;
  explanation: string;
  column: string;
  themes: readonly Themes[];
  direction?: 'higher_is_risk' | 'lower_is_risk';
}

/** A Gezondheidsmonitor Jongvolwassenen 2024 percentage, per gemeente. */
function youngAdults<const Id extends string>(s: SurveyText<Id>) {
  return {
    id: s.id,
    label: s.label,
    short: s.short,
    explanation: `${s.explanation} ${JV_NOTE}`,
    themes: s.themes,
    sources: ['gmjv2024'],
    unit: '% van 16–25-jarigen',
    decimals: 1,
    year: '2024',
    direction: s.direction ?? 'higher_is_risk',
    minPopulation: 0,
    kind: 'direct',
    uncertainty: 'none_survey',
    levels: { gemeente: gmjv(s.column) },
  } as const;
}

/** A crime category of the derived 2024 gemeente file, per 1,000 inhabitants; always says the categories are derived. */
function crimeCategory<const Id extends string>(c: { id: Id; label: string; noun: string; why: string; column?: string }) {
  return {
    id: c.id,
    label: c.label,
    short: `Geregistreerde ${c.noun} per 1.000 inwoners (2024, categorie afgeleid).`,
    explanation: `Geregistreerde ${c.noun} per 1.000 inwoners. ${c.why} ${CATEGORY_CAVEAT}`,
    themes: ['maatschappelijke_onrust'],
    sources: ['misdrijven_categorieen_2024', 'kwb2024_subset'],
    unit: 'per 1.000 inwoners',
    decimals: 2,
    year: '2024',
    direction: 'higher_is_risk',
    minPopulation: 0,
    kind: 'direct',
    uncertainty: 'poisson',
    levels: { gemeente: categoryPerThousand(c.column ?? c.id) },
  } as const;
}

export const CURRENT_INDICATORS = [
  // ── Drugs & jonge aanwas ───────────────────────────────────────────────────────────────────────
  youngAdults({
    id: 'jv_cannabis',
    label: 'Cannabisgebruik jongvolwassenen',
    short: 'Aandeel 16–25-jarigen dat het afgelopen jaar cannabis gebruikte (2024).',
    explanation:
      'Het aandeel jongvolwassenen dat in de afgelopen twaalf maanden cannabis gebruikte. Een directe maat voor drugsgebruik in de leeftijdsgroep waaruit de drugscriminaliteit werft.',
    column: 'cannabis',
    themes: ['jonge_aanwas'],
  }),
  youngAdults({
    id: 'jv_cocaine',
    label: 'Cocaïnegebruik jongvolwassenen',
    short: 'Aandeel 16–25-jarigen dat het afgelopen jaar cocaïne gebruikte (2024).',
    explanation:
      'Het aandeel jongvolwassenen dat in de afgelopen twaalf maanden cocaïne gebruikte. Cocaïne is de drug waarvan de handel het sterkst met ondermijning verweven is.',
    column: 'cocaine',
    themes: ['jonge_aanwas'],
  }),
  youngAdults({
    id: 'jv_lachgas',
    label: 'Lachgasgebruik jongvolwassenen',
    short: 'Aandeel 16–25-jarigen dat het afgelopen jaar lachgas gebruikte (2024).',
    explanation: 'Het aandeel jongvolwassenen dat in de afgelopen twaalf maanden lachgas gebruikte; sinds 2023 valt lachgas onder de Opiumwet.',
    column: 'lachgas',
    themes: ['jonge_aanwas'],
  }),
  youngAdults({
    id: 'jv_schulden',
    label: 'Schulden jongvolwassenen',
    short: 'Aandeel 16–25-jarigen met schulden (2024).',
    explanation: 'Het aandeel jongvolwassenen met schulden. Geldnood maakt jongeren vatbaarder voor werving als koerier of geldezel.',
    column: 'schulden',
    themes: ['jonge_aanwas'],
  }),
  youngAdults({
    id: 'jv_weinig_vertrouwen_toekomst',
    label: 'Weinig vertrouwen in eigen toekomst',
    short: 'Aandeel 16–25-jarigen met weinig of geen vertrouwen in de eigen toekomst (2024).',
    explanation:
      'Het aandeel jongvolwassenen met weinig of geen vertrouwen in hun eigen toekomst. Wie weinig perspectief ziet, is gevoeliger voor snel geld in de criminaliteit.',
    column: 'weinig_vertrouwen_toekomst',
    themes: ['jonge_aanwas'],
  }),
  youngAdults({
    id: 'jv_online_gokken',
    label: 'Online gokken jongvolwassenen',
    short: 'Aandeel 16–25-jarigen dat het afgelopen jaar online gokte om geld (2024).',
    explanation: 'Het aandeel jongvolwassenen dat in de afgelopen twaalf maanden online om geld gokte; gokken gaat samen met schulden en risicogedrag.',
    column: 'online_gokken',
    themes: ['jonge_aanwas'],
  }),
  {
    id: 'inkomen_per_inwoner',
    label: 'Inkomen per inwoner',
    short: 'Gemiddeld inkomen per inwoner, × € 1.000 (2024, voorlopig); lager = meer risico.',
    explanation:
      'Het gemiddelde persoonlijke inkomen per inwoner. Een laag inkomen is een maat voor financiële kwetsbaarheid, een voedingsbodem voor jonge aanwas en onrust. Het CBS publiceert het alleen voor gebieden met minstens 2.500 inwoners, dus de meeste buurten hebben geen waarde.',
    themes: ['jonge_aanwas'],
    sources: ['kwb2024_subset'],
    unit: '× € 1.000',
    decimals: 1,
    year: '2024',
    direction: 'lower_is_risk',
    minPopulation: 100,
    kind: 'proxy',
    uncertainty: 'none_no_sampling',
    proxyFor: 'financiële kwetsbaarheid van huishoudens',
    betterData: 'Huishoudens met een laag inkomen per buurt (Kerncijfers wijken en buurten).',
    levels: allLevels(kwbMeasure('inkomen_per_inwoner')),
  },
  {
    id: 'woz_waarde',
    label: 'Gemiddelde WOZ-waarde',
    short: 'Gemiddelde WOZ-waarde van woningen, × € 1.000 (2024); lager = meer risico.',
    explanation:
      'De gemiddelde WOZ-waarde van woningen. Lage woningwaarden gaan samen met een zwakke sociaaleconomische positie van een buurt; in landelijk gebied kunnen ze ook wijzen op goedkope (recreatie)woningen. Een indirecte maat.',
    themes: ['jonge_aanwas'],
    sources: ['kwb2024_subset'],
    unit: '× € 1.000',
    decimals: 0,
    year: '2024',
    direction: 'lower_is_risk',
    minPopulation: 100,
    kind: 'proxy',
    uncertainty: 'none_no_sampling',
    proxyFor: 'de sociaaleconomische positie van een gebied',
    levels: allLevels(kwbMeasure('woz')),
  },
  {
    id: 'misdrijven_verandering',
    label: 'Verandering geregistreerde misdrijven 2021–2025',
    short: 'Misdrijven in 2025 min misdrijven in 2021, per 1.000 inwoners (2024).',
    explanation:
      'Het verschil tussen het aantal geregistreerde misdrijven in 2025 en in 2021, per 1.000 inwoners. Een stijging wijst op een verslechterende veiligheidssituatie. Een verschil in plaats van een percentage, zodat kleine buurten met weinig misdrijven niet extreem uitschieten.',
    themes: ['jonge_aanwas', 'maatschappelijke_onrust'],
    sources: ['politie_misdrijven_47022', 'kwb2024_subset'],
    unit: 'verschil per 1.000 inwoners',
    decimals: 1,
    year: '2021–2025',
    direction: 'higher_is_risk',
    minPopulation: 200,
    kind: 'direct',
    uncertainty: 'none_no_sampling',
    levels: crimeLevels('misdrijven_47022.misdrijven_2025 - misdrijven_47022.misdrijven_2021', [
      'misdrijven_47022.misdrijven_2021',
      'misdrijven_47022.misdrijven_2025',
    ]),
  },
  // ── Maatschappelijke onrust ────────────────────────────────────────────────────────────────────
  crimeCategory({
    id: 'bedreiging',
    label: 'Bedreiging',
    noun: 'bedreigingen',
    why: 'Bedreiging raakt direct aan de openbare orde en het gevoel van veiligheid.',
  }),
  crimeCategory({ id: 'mishandeling', label: 'Mishandeling', noun: 'mishandelingen', why: 'Een directe maat voor geweld op straat en achter de voordeur.' }),
  crimeCategory({
    id: 'vernieling_gemeente',
    label: 'Vernieling',
    noun: 'vernielingen',
    why: 'Een directe maat voor verstoring van de openbare orde.',
    column: 'vernieling',
  }),
  {
    id: 'opkomst_tk2021',
    label: 'Lage opkomst Tweede Kamerverkiezing 2021',
    short: 'Opkomst bij de Tweede Kamerverkiezing 2021, zonder kiezerspassen; lager = meer risico.',
    explanation:
      'Het aandeel kiesgerechtigden dat in maart 2021 stemde, zonder de stemmen met een kiezerspas uit een andere gemeente (een benadering). Een lage opkomst is een indirecte maat voor weinig vertrouwen in of betrokkenheid bij de politiek. ’s-Gravenhage, Halderberge, Castricum en Voorschoten zijn niet vergelijkbaar en hebben geen waarde.',
    themes: ['maatschappelijke_onrust'],
    sources: ['kiesraad_tk2021'],
    unit: '%',
    decimals: 1,
    year: '2021',
    direction: 'lower_is_risk',
    minPopulation: 0,
    kind: 'proxy',
    uncertainty: 'none_no_sampling',
    proxyFor: 'vertrouwen in instituties',
    levels: {
      gemeente: {
        kind: 'rate',
        table: 'tk2021',
        numerator: 'tk2021.uitgebracht - tk2021.kiezerspassen',
        denominator: 'tk2021.kiesgerechtigden',
        scale: 100,
        columns: ['tk2021.uitgebracht', 'tk2021.kiezerspassen', 'tk2021.kiesgerechtigden'],
        note: 'Tellingen van 2021 opgeteld naar de gemeenten van 2024.',
      },
    },
  },
  {
    id: 'opkomst_ps2023',
    label: 'Geldige stemmen Provinciale Staten 2023',
    short: 'Geldige stemmen per kiesgerechtigde bij de Provinciale Statenverkiezing 2023 (geen officiële opkomst); lager = meer risico.',
    explanation:
      'Het aantal geldige stemmen op lijsten per kiesgerechtigde bij de Provinciale Statenverkiezing van maart 2023. Dit is niet de officiële opkomst: blanco en ongeldige stemmen ontbreken, dus het ligt ongeveer een half procentpunt lager. Een indirecte maat voor betrokkenheid bij de politiek.',
    themes: ['maatschappelijke_onrust'],
    sources: ['ps2023'],
    unit: '%',
    decimals: 1,
    year: '2023',
    direction: 'lower_is_risk',
    minPopulation: 0,
    kind: 'proxy',
    uncertainty: 'none_no_sampling',
    proxyFor: 'vertrouwen in instituties',
    levels: {
      gemeente: {
        kind: 'rate',
        table: 'ps2023',
        numerator: 'ps2023.geldige_stemmen',
        denominator: 'ps2023.kiesgerechtigden',
        scale: 100,
        columns: ['ps2023.geldige_stemmen', 'ps2023.kiesgerechtigden'],
        note: 'Geen officiële opkomst (zonder blanco en ongeldige stemmen).',
      },
    },
  },
  {
    id: 'ernstig_eenzaam_2020',
    label: 'Ernstige eenzaamheid volwassenen (2020)',
    short: 'Aandeel volwassenen dat ernstig of zeer ernstig eenzaam is (2020, coronajaar).',
    explanation:
      'Het aandeel inwoners van 18 jaar en ouder dat ernstig of zeer ernstig eenzaam is. Eenzaamheid en weinig sociale samenhang zijn een voedingsbodem voor onbehagen. 2020 was het coronajaar; wijken en buurten alleen waar de indeling sinds 2020 gelijk bleef.',
    themes: ['maatschappelijke_onrust'],
    sources: ['rivm_gezondheid_2020'],
    unit: '% van 18-plussers',
    decimals: 1,
    year: '2020',
    direction: 'higher_is_risk',
    minPopulation: 100,
    kind: 'direct',
    uncertainty: 'none_survey',
    levels: {
      gemeente: {
        kind: 'measure',
        table: 'rivm2020_gemeente',
        value: 'rivm2020_gemeente.ernstig_eenzaam',
        columns: ['rivm2020_gemeente.ernstig_eenzaam'],
        note: '2020, coronajaar. Zeven heringedeelde gemeenten afgeleid uit hun delen van 2020.',
      },
      wijk: {
        kind: 'measure',
        table: 'rivm2020_wijk_buurt',
        value: 'rivm2020_wijk_buurt.ernstig_eenzaam',
        columns: ['rivm2020_wijk_buurt.ernstig_eenzaam'],
        note: '2020, coronajaar. Alleen wijken van gemeenten met dezelfde naam en precies dezelfde wijkcodes als in 2024.',
      },
      buurt: {
        kind: 'measure',
        table: 'rivm2020_wijk_buurt',
        value: 'rivm2020_wijk_buurt.ernstig_eenzaam',
        columns: ['rivm2020_wijk_buurt.ernstig_eenzaam'],
        note: '2020, coronajaar. Alleen buurten van gemeenten met dezelfde naam en precies dezelfde buurtcodes als in 2024.',
      },
    },
  },
  youngAdults({
    id: 'jv_sterk_eenzaam',
    label: 'Sterke eenzaamheid jongvolwassenen',
    short: 'Aandeel 16–25-jarigen dat sterk eenzaam is (2024).',
    explanation: 'Het aandeel jongvolwassenen dat zich sterk eenzaam voelt. Eenzaamheid en weinig sociale samenhang zijn een voedingsbodem voor onbehagen.',
    column: 'sterk_eenzaam',
    themes: ['maatschappelijke_onrust'],
  }),
  youngAdults({
    id: 'jv_zorgen_polarisatie',
    label: 'Zorgen over polarisatie',
    short: 'Aandeel 16–25-jarigen met veel zorgen over tegenstellingen tussen groepen (2024).',
    explanation:
      'Het aandeel jongvolwassenen dat zich veel zorgen maakt over tegenstellingen tussen groepen in de samenleving: een directe maat voor ervaren polarisatie.',
    column: 'zorgen_polarisatie',
    themes: ['maatschappelijke_onrust'],
  }),
  ...(['bijstand', 'ww', 'ao'] as const).map((kind) => benefit(kind)),
  // ── Vakantieparken (proxy theme) ───────────────────────────────────────────────────────────────
  {
    id: 'onbewoonde_woningen',
    label: 'Onbewoonde woningen',
    short: 'Aandeel woningen zonder ingeschreven bewoners (2024).',
    explanation:
      'Het aandeel woningen waar niemand ingeschreven staat. Waar veel woningen onbewoond zijn, zijn er vaak tweede woningen en recreatiewoningen; ook permanente bewoning van parken zonder inschrijving valt hier. Een indirecte aanwijzing, geen telling van parken.',
    themes: ['vakantieparken'],
    sources: ['wbk2024'],
    unit: '%',
    decimals: 0,
    year: '2024',
    direction: 'higher_is_risk',
    minPopulation: 0,
    kind: 'proxy',
    uncertainty: 'none_no_sampling',
    proxyFor: 'recreatiewoningen en niet-ingeschreven bewoning',
    betterData: 'Bewoning van recreatie-objecten (CBS maatwerk 2024/17).',
    levels: { gemeente: { kind: 'measure', table: 'wbk2024_gemeente', value: 'wbk2024_gemeente.onbewoond', columns: ['wbk2024_gemeente.onbewoond'] } },
  },
  {
    id: 'misdrijven_landelijk',
    label: 'Misdrijven in landelijke buurten',
    short: 'Geregistreerde misdrijven in weinig of niet stedelijke buurten, per 1.000 inwoners van het gebied (2024).',
    explanation:
      'Geregistreerde misdrijven in buurten met weinig of geen stedelijkheid (CBS-klasse 4 of 5), per 1.000 inwoners van het hele gebied. Vakantieparken liggen in landelijk gebied; criminaliteit daar is een zwakke, indirecte aanwijzing voor problemen op parken. Stedelijke buurten tellen als 0.',
    themes: ['vakantieparken'],
    sources: ['politie_misdrijven_47022', 'kwb2024_subset'],
    unit: 'per 1.000 inwoners',
    decimals: 1,
    year: '2024',
    direction: 'higher_is_risk',
    minPopulation: 200,
    kind: 'proxy',
    uncertainty: 'none_no_sampling',
    proxyFor: 'incidenten op vakantieparken',
    betterData: 'Incidenten en verdachten op parkadressen (politie, RIEC).',
    levels: {
      buurt: perInhabitants(
        'CASE WHEN kwb_subset.stedelijkheid IS NULL THEN NULL WHEN kwb_subset.stedelijkheid >= 4 THEN misdrijven_47022.misdrijven_2024 ELSE 0 END',
        ['misdrijven_47022.misdrijven_2024', 'kwb_subset.stedelijkheid'],
      ),
      wijk: FROM_ALL_BUURTEN,
      gemeente: {
        kind: 'sum_of_children',
        from: 'buurt',
        minCoverage: 0.95,
        note: 'Som van de buurten; alleen als buurten met een waarde minstens 95 % van de inwoners dekken.',
      },
    },
  },
  {
    id: 'verblijfsrecreatie',
    label: 'Verblijfsrecreatief terrein',
    short: 'Aandeel van de oppervlakte dat verblijfsrecreatief terrein is (vakantieparken, campings; alleen met aangeleverd bestand).',
    explanation:
      'Het aandeel van de totale oppervlakte dat CBS als verblijfsrecreatief terrein telt: vakantieparken, campings en andere terreinen voor verblijfsrecreatie. Een directe maat voor de omvang van de parksector, niet voor misbruik. De atlas gebruikt hem zodra vakantieparken/70262NED_bodemgebruik.csv bij de brongegevens van de atlas staat.',
    themes: ['vakantieparken'],
    sources: ['cbs_bodemgebruik_70262'],
    unit: '% van de oppervlakte',
    decimals: 2,
    year: 'zie bestand',
    direction: 'higher_is_risk',
    minPopulation: 0,
    kind: 'direct',
    uncertainty: 'none_no_sampling',
    levels: {
      gemeente: {
        kind: 'rate',
        table: 'bodemgebruik_gemeente',
        numerator: 'bodemgebruik_gemeente.verblijfsrecreatief',
        denominator: 'bodemgebruik_gemeente.oppervlakte_totaal',
        scale: 100,
        columns: ['bodemgebruik_gemeente.verblijfsrecreatief', 'bodemgebruik_gemeente.oppervlakte_totaal'],
        note: 'Teller en noemer uit hetzelfde bestand en hetzelfde jaar.',
      },
    },
  },
  {
    id: 'vakantiepark_inschrijvingen',
    label: 'Inschrijvingen op vakantieparken',
    short: 'Personen ingeschreven op een adres op een vakantiepark, per 1.000 inwoners (alleen met aangeleverd bestand).',
    explanation:
      'Het aantal personen dat in de BRP staat ingeschreven op een adres op een vakantiepark, per 1.000 inwoners van de gemeente. Permanente bewoning van parken is een van de kwetsbaarheden waar het thema om draait; dit is er een directe maat voor, al telt alleen wie zich inschreef. De atlas gebruikt hem zodra vakantieparken/maatwerk-2021-38_inschrijvingen_vakantieparken.csv (CBS maatwerk 2021/38) bij de brongegevens van de atlas staat; het laatste peilmoment in het bestand telt.',
    themes: ['vakantieparken'],
    sources: ['cbs_maatwerk_2021_38', 'kwb2024_subset'],
    unit: 'per 1.000 inwoners',
    decimals: 1,
    year: 'zie bestand',
    direction: 'higher_is_risk',
    minPopulation: 0,
    kind: 'direct',
    uncertainty: 'none_no_sampling',
    levels: {
      gemeente: {
        kind: 'rate',
        table: 'vakantieparken_inschrijvingen',
        numerator: 'vakantieparken_inschrijvingen.personen',
        denominator: 'kwb_subset.inwoners',
        scale: 1000,
        columns: ['vakantieparken_inschrijvingen.personen', 'kwb_subset.inwoners'],
        note: 'Inschrijvingen van het laatste peilmoment in het bestand (2021) gedeeld door de inwoners van 2024; alleen gemeenten met dezelfde code en naam als in 2024.',
      },
    },
  },
  {
    id: 'recreatie_objecten_bewoond',
    label: 'Bewoonde recreatie-objecten',
    short: 'Aandeel recreatie-objecten waar iemand staat ingeschreven (1-1-2023; alleen met aangeleverd bestand).',
    explanation:
      'Het aandeel van de recreatie-objecten (recreatiewoningen, chalets, stacaravans op een vaste plek) waar op 1 januari 2023 iemand in de BRP stond ingeschreven. Bewoning van recreatie-objecten is niet toegestaan tenzij de gemeente het gedoogt; een hoog aandeel is een directe aanwijzing voor permanente bewoning van parken. De atlas gebruikt hem zodra vakantieparken/maatwerk-2024-17_bewoning_recreatie_objecten.csv (CBS maatwerk 2024/17) bij de brongegevens van de atlas staat.',
    themes: ['vakantieparken'],
    sources: ['cbs_maatwerk_2024_17'],
    unit: '% van de recreatie-objecten',
    decimals: 1,
    year: '2023',
    direction: 'higher_is_risk',
    minPopulation: 0,
    kind: 'direct',
    uncertainty: 'none_no_sampling',
    levels: {
      gemeente: {
        kind: 'rate',
        table: 'recreatie_objecten',
        numerator: 'recreatie_objecten.bewoond',
        denominator: 'recreatie_objecten.objecten',
        scale: 100,
        columns: ['recreatie_objecten.bewoond', 'recreatie_objecten.objecten'],
        note: 'Teller en noemer uit hetzelfde bestand; alleen gemeenten met dezelfde code en naam als in 2024.',
      },
    },
  },
] as const satisfies readonly IndicatorDefinition<string, Themes, SourceId>[];

/** Benefit recipients per 1,000 inhabitants of 15+, per gemeente (Wijk- en buurtkaart 2024). */
function benefit<const K extends 'bijstand' | 'ww' | 'ao'>(kind: K) {
  const text = {
    bijstand: { label: 'Bijstand', what: 'een algemene bijstandsuitkering', weight: 'Een zwakke economische positie is een voedingsbodem voor onrust.' },
    ww: { label: 'WW-uitkering', what: 'een WW-uitkering', weight: 'Werkloosheid is een voedingsbodem voor onrust.' },
    ao: {
      label: 'Arbeidsongeschiktheidsuitkering',
      what: 'een arbeidsongeschiktheidsuitkering',
      weight: 'Een zwakke economische positie is een voedingsbodem voor onrust.',
    },
  }[kind];
  return {
    id: `${kind}_uitkering` as const,
    label: text.label,
    short: `Personen met ${text.what} per 1.000 inwoners van 15 jaar en ouder (2024).`,
    explanation: `Het aantal personen met ${text.what} per 1.000 inwoners van 15 jaar en ouder. ${text.weight} Alleen per gemeente: de wijk- en buurtcijfers bij de brongegevens van de atlas dekken niet het hele land.`,
    themes: ['maatschappelijke_onrust'],
    sources: ['wbk2024', 'kwb2024_subset'],
    unit: 'per 1.000 inwoners van 15+',
    decimals: 1,
    year: '2024',
    direction: 'higher_is_risk',
    minPopulation: 0,
    kind: 'direct',
    uncertainty: 'wilson',
    levels: { gemeente: per15Plus(kind) },
  } as const;
}
