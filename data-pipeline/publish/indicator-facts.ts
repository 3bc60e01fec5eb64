/** How a catalogue indicator and its level formulas are described in the manifest and in methode.json. */
import type { IndicatorDefinition, LevelFormula } from '../../indicators/catalog/types.ts';
import { uncertaintyMethod } from '../compute/uncertainty/method.ts';
import { LEVELS, type IndicatorManifest, type Level, type MethodLevel, type SourceId } from '@atlas/contract';

/** What the catalogue says about an indicator apart from its formulas, as both published files carry it. */
export function indicatorFacts(d: IndicatorDefinition): Omit<IndicatorManifest, 'levels' | 'coverage' | 'national'> {
  return {
    id: d.id,
    label: d.label,
    short: d.short,
    explanation: d.explanation,
    themes: [...d.themes],
    unit: d.unit,
    decimals: d.decimals,
    year: d.year,
    direction: d.direction,
    minPopulation: d.minPopulation,
    kind: d.kind,
    proxyFor: d.proxyFor ?? null,
    betterData: d.betterData ?? null,
    uncertainty: uncertaintyMethod(d),
    // Also for an indicator this build could not compute: /methode names the series it would have.
    series: d.series ?? null,
  };
}

/** The manifest's entry per level the indicator has: sources, formula line, rate parts, columns read. */
export function manifestLevels(indicator: IndicatorDefinition): IndicatorManifest['levels'] {
  return LEVELS.flatMap((level) => {
    const formula = indicator.levels[level];
    if (!formula) return [];
    const { scale, numerator, denominator } = formulaParts(indicator, level);
    return [
      {
        level,
        sourceIds: sourceIdsOf(formula, indicator),
        formula: describeFormula(formula),
        // A sum of children carries the rate parts of the level it sums; a measure has none.
        kind: formula.kind,
        scale,
        numerator,
        denominator,
        columns: formula.kind === 'sum_of_children' ? [] : [...formula.columns],
        aggregatable: formula.kind !== 'measure',
        note: formula.note ?? null,
      },
    ];
  });
}

/** A formula as one readable line, for the methodology page and the info popovers. */
export function describeFormula(formula: LevelFormula): string {
  switch (formula.kind) {
    case 'rate':
      return `(${formula.numerator}) / (${formula.denominator}) × ${formula.scale.toLocaleString('nl-NL')}`;
    case 'measure':
      return formula.value;
    case 'sum_of_children':
      return `Σ teller / Σ noemer over de ${formula.from}en (dekking ≥ ${Math.round(formula.minCoverage * 100)} % van de inwoners)`;
  }
}

export type FormulaParts = Pick<MethodLevel, 'numerator' | 'denominator' | 'scale' | 'value' | 'summedFrom' | 'minCoverage'>;

const NO_PARTS: FormulaParts = { numerator: null, denominator: null, scale: null, value: null, summedFrom: null, minCoverage: null };

/** The parts of an indicator's formula on a level; a sum of children takes numerator and denominator from the level it sums. */
export function formulaParts(indicator: IndicatorDefinition, level: Level): FormulaParts {
  const formula = indicator.levels[level];
  if (!formula) return NO_PARTS;
  switch (formula.kind) {
    case 'rate':
      return { ...NO_PARTS, numerator: formula.numerator, denominator: formula.denominator, scale: formula.scale };
    case 'measure':
      return { ...NO_PARTS, value: formula.value };
    case 'sum_of_children':
      return { ...formulaParts(indicator, formula.from), summedFrom: formula.from, minCoverage: formula.minCoverage };
  }
}

/** The sources a level's formula reads: those of its tables, or for a sum of children all of the indicator's. */
function sourceIdsOf(formula: LevelFormula, indicator: IndicatorDefinition): SourceId[] {
  if (formula.kind === 'sum_of_children') return [...indicator.sources];
  return [...new Set(formula.columns.map((c) => c.split('.')[0] ?? c))].map((table) => tableSource(table, indicator));
}

const TABLE_SOURCE: Record<string, SourceId> = {
  kwb_buurt: 'kwb2024',
  kwb_gemeente_wijk: 'kwb2024',
  misdrijven_buurt_2024: 'politie_misdrijven_2024',
  misdrijven_categorie_buurt_2024: 'politie_misdrijven_2024',
  wbk2023_gemeente: 'wbk2023',
  wbk2022_wijk: 'wbk2022',
  scp_jeugdhulp_wijk_2017: 'scp_jeugdhulp_2017',
  kiesraad_tk2023: 'kiesraad_tk2023',
  misdrijven_trend_gemeente: 'cbs_misdrijven_2010_2020',
  recreatiewoningen_gemeente: 'recreatiewoningen',
  kwb_subset: 'kwb2024_subset',
  misdrijven_47022: 'politie_misdrijven_47022',
  wbk2024_gemeente: 'wbk2024',
  misdrijven_categorie_gemeente_2024: 'misdrijven_categorieen_2024',
  tk2021: 'kiesraad_tk2021',
  ps2023: 'ps2023',
  gmjv_2024: 'gmjv2024',
  rivm2020_gemeente: 'rivm_gezondheid_2020',
  rivm2020_wijk_buurt: 'rivm_gezondheid_2020',
  bodemgebruik_gemeente: 'cbs_bodemgebruik_70262',
  vakantieparken_inschrijvingen: 'cbs_maatwerk_2021_38',
  recreatie_objecten: 'cbs_maatwerk_2024_17',
};

function tableSource(table: string, indicator: IndicatorDefinition): SourceId {
  const source = TABLE_SOURCE[table];
  if (!source) throw new Error(`indicator ${indicator.id}: table ${table} has no source in TABLE_SOURCE`);
  return source;
}
