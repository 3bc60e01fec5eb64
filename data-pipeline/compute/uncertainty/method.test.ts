import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../indicators/catalog/indicators.ts';
import type { IndicatorDefinition } from '../../../indicators/catalog/types.ts';
import { defaultUncertainty, rateScale, uncertaintyMethod } from './method.ts';
import { cellInterval } from './value-intervals.ts';

describe('uncertainty method', () => {
  it('follows the declared field, else the formula: crime per 1,000 inhabitants → poisson, per 100 → wilson, measure → none', () => {
    expect(defaultUncertainty({ kind: 'rate', table: 't', numerator: 't.x', denominator: 'kwb_buurt.inwoners', scale: 1000, columns: [] })).toBe('poisson');
    expect(defaultUncertainty({ kind: 'rate', table: 't', numerator: 't.x', denominator: 't.y', scale: 100, columns: [] })).toBe('wilson');
    expect(defaultUncertainty({ kind: 'measure', table: 't', value: 't.x', columns: [] })).toBe('none_no_sampling');
    const water = (INDICATORS as readonly IndicatorDefinition[]).find((i) => i.id === 'water_aandeel');
    if (!water) throw new Error('water_aandeel missing');
    expect(uncertaintyMethod(water)).toBe('none_no_sampling'); // an area share is "per 100" but counts nothing
  });

  it('gives a sum of buurten the scale of the buurt rate', () => {
    const crime = (INDICATORS as readonly IndicatorDefinition[]).find((i) => i.id === 'misdrijven_totaal');
    if (!crime) throw new Error('misdrijven_totaal missing');
    expect(rateScale(crime, 'gemeente')).toBe(1000);
  });

  it('explains why a cell has no interval', () => {
    const cell = { value: 110, numerator: 110, denominator: 100, reason: null };
    expect(cellInterval(cell, 'wilson', 100)).toBe('share_out_of_range');
    expect(cellInterval(cell, 'none_survey', 100)).toBe('survey_margin_unpublished');
    expect(cellInterval({ ...cell, numerator: -4, denominator: 120, value: -33 }, 'poisson', 1000)).toBe('no_sampling_basis');
    // R: poisson.test(3)$conf.int = 0.6186721, 8.7672731
    expect(cellInterval({ ...cell, numerator: 3, denominator: 120, value: 25 }, 'poisson', 1000)).toMatchObject({
      lo: expect.closeTo((0.6186721 / 120) * 1000, 4),
      hi: expect.closeTo((8.7672731 / 120) * 1000, 4),
    });
  });
});
