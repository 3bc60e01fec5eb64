import { describe, expect, it } from 'vitest';
import { compareWithNational, vsNationalClass, vsNationalColour, vsNationalLegend } from './vs-nederland.ts';

describe('vs Nederland', () => {
  it('classes the ratio to the national value, with a middle class around 1', () => {
    expect(vsNationalClass(7.2, 7.2)).toBe(3);
    expect(vsNationalClass(6.8, 7.2)).toBe(2); // 0,94
    expect(vsNationalClass(3, 7.2)).toBe(0);
    expect(vsNationalClass(20, 7.2)).toBe(6);
    expect(vsNationalClass(null, 7.2)).toBeNull();
    expect(vsNationalClass(5, 0)).toBeNull();
  });
  it('keeps red for more risk, also where a lower value is the risk', () => {
    expect(vsNationalColour(20, 7.2, 'higher_is_risk')).toBe('#b2182b');
    expect(vsNationalColour(1, 7.2, 'lower_is_risk')).toBe('#b2182b');
    expect(vsNationalLegend('higher_is_risk').map((r) => r.colour)).toEqual(['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b']);
    expect(vsNationalLegend('higher_is_risk')[3]).toMatchObject({ from: 0.95, to: 1.05 });
  });
  it('flags the Stokhasselt case: a high percentile with a value under the national one', () => {
    expect(compareWithNational(6.8, 73, 7.2, 'higher_is_risk')).toEqual({ pct: 73, side: 'lower', seemsToContradict: true });
    expect(compareWithNational(9, 73, 7.2, 'higher_is_risk')).toEqual({ pct: 73, side: 'higher', seemsToContradict: false });
    expect(compareWithNational(7.1, 40, 7.2, 'higher_is_risk').side).toBe('same');
  });
  it('reads a percentile by risk: where a lower value is the risk, a high percentile beside a low value agrees', () => {
    // a low income: more risk than most gemeenten, and under the national income
    expect(compareWithNational(24, 85, 30, 'lower_is_risk')).toEqual({ pct: 85, side: 'lower', seemsToContradict: false });
    expect(compareWithNational(24, 30, 30, 'lower_is_risk')).toEqual({ pct: 30, side: 'lower', seemsToContradict: true });
  });
});
