import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '../../../indicators/catalog/types.ts';
import type { RegionRegister } from '../../regions/register.ts';
import type { IndicatorCell } from '../indicator-cell.ts';
import { testRegion, testRegister } from '../test-register.ts';
import { isWithheld, secondarySuppression } from './secondary-suppression.ts';

const BUURTEN = ['BU00010101', 'BU00010102', 'BU00010103', 'BU00010201', 'BU00010202'];

/** One gemeente, two wijken: WK000101 with buurten 01–03, WK000102 with buurten 01–02. */
function register(): RegionRegister {
  const gemeente = [testRegion('GM0001', 'gemeente', 'GM0001', null)];
  const wijk = ['WK000101', 'WK000102'].map((w) => testRegion(w, 'wijk', 'GM0001', null));
  const buurt = BUURTEN.map((b) => testRegion(b, 'buurt', 'GM0001', `WK${b.slice(2, 8)}`));
  return testRegister({ gemeente, wijk, buurt });
}

/** Buurt cells in the order of BUURTEN. */
const buurten = (...cells: IndicatorCell[]) => new Map(cells.map((c, i) => [BUURTEN[i] ?? '', c]));
const cell = (num: number, den: number): IndicatorCell => ({ value: (num / den) * 1000, numerator: num, denominator: den, reason: null });
const small: IndicatorCell = { value: null, numerator: null, denominator: null, reason: 'below_min_population' };
const summed: Pick<IndicatorDefinition, 'levels'> = {
  levels: {
    buurt: { kind: 'rate', table: 't', numerator: 't.n', denominator: 't.d', scale: 1000, columns: [] },
    wijk: { kind: 'sum_of_children', from: 'buurt', minCoverage: 0.99 },
    gemeente: { kind: 'sum_of_children', from: 'buurt', minCoverage: 0.99 },
  },
};

describe('secondary suppression', () => {
  it('withholds the smallest other buurt when a wijk has exactly one withheld buurt', () => {
    const buurt = buurten(small, cell(5, 400), cell(9, 300), cell(4, 500), cell(6, 600));
    const wijk = new Map([
      ['WK000101', cell(15, 850)],
      ['WK000102', cell(10, 1100)],
    ]);
    const gemeente = new Map([['GM0001', cell(25, 1950)]]);
    secondarySuppression(summed, { buurt, wijk, gemeente }, register());
    expect(isWithheld(buurt.get('BU00010103'))).toBe(true);
    expect(buurt.get('BU00010103')?.reason).toBe('suppressed_privacy');
    expect(buurt.get('BU00010102')?.value).not.toBeNull();
    expect(wijk.get('WK000101')?.value).not.toBeNull();
  });

  it('withholds a second wijk when the gemeente minus its published wijken would give one withheld wijk', () => {
    const buurt = buurten(small, small, small, cell(4, 500), cell(6, 600));
    const wijk = new Map<string, IndicatorCell>([
      ['WK000101', small],
      ['WK000102', cell(10, 1100)],
    ]);
    const gemeente = new Map([['GM0001', cell(13, 1250)]]);
    secondarySuppression(summed, { buurt, wijk, gemeente }, register());
    expect(wijk.get('WK000102')?.reason).toBe('suppressed_privacy');
    // with no withheld buurt of its own, the partner wijk would be the sum of its published buurten: one of those goes too
    expect(buurt.get('BU00010201')?.reason).toBe('suppressed_privacy');
    expect(gemeente.get('GM0001')?.value).not.toBeNull();
  });

  it('changes nothing when no withheld cell can be isolated', () => {
    const buurt = buurten(small, small, cell(9, 300), cell(4, 500), cell(6, 600));
    const wijk = new Map([
      ['WK000101', cell(15, 850)],
      ['WK000102', cell(10, 1100)],
    ]);
    expect(secondarySuppression(summed, { buurt, wijk, gemeente: new Map([['GM0001', cell(25, 1950)]]) }, register())).toBe(0);
  });
});
