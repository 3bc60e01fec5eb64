import { LEVELS, type Level } from '@atlas/contract';
import type { IndicatorDefinition, LevelFormula, UncertaintyMethod } from '../../../indicators/catalog/types.ts';

/**
 * The indicator's uncertainty method: the catalogue's `uncertainty` field, or — for an indicator that does not
 * declare one yet — a rule from its finest formula: a rate per 1,000 of inhabitants is a rate of counted events
 * ('poisson'), a rate per 100 is a share of counted persons or households ('wilson'), anything else (a measure, a
 * density, an area) has no counting basis ('none_no_sampling'). Declaring the field is always better: area shares
 * are "per 100" too.
 */
export function uncertaintyMethod(indicator: Pick<IndicatorDefinition, 'levels' | 'uncertainty'>): UncertaintyMethod {
  if (indicator.uncertainty) return indicator.uncertainty;
  return defaultUncertainty(finestDirectFormula(indicator.levels));
}

export function defaultUncertainty(formula: LevelFormula | null): UncertaintyMethod {
  if (formula?.kind !== 'rate') return 'none_no_sampling';
  if (formula.scale === 1000 && /inwoners/.test(formula.denominator)) return 'poisson';
  if (formula.scale === 100) return 'wilson';
  return 'none_no_sampling';
}

function finestDirectFormula(levels: IndicatorDefinition['levels']): LevelFormula | null {
  for (const level of [...LEVELS].reverse()) {
    const formula = levels[level];
    if (formula && formula.kind !== 'sum_of_children') return formula;
  }
  return null;
}

/** Whether values of this method carry an interval from their numerator and denominator. */
export function hasCountInterval(method: UncertaintyMethod): method is 'poisson' | 'wilson' {
  return method === 'poisson' || method === 'wilson';
}

/** The scale of the rate on a level (a sum of children has the scale of the level it sums); null for a measure. */
export function rateScale(indicator: Pick<IndicatorDefinition, 'levels'>, level: Level): number | null {
  const formula = indicator.levels[level];
  if (!formula) return null;
  if (formula.kind === 'sum_of_children') return rateScale(indicator, formula.from);
  return formula.kind === 'rate' ? formula.scale : null;
}
