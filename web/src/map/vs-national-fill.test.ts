import { describe, expect, it } from 'vitest';
import { vsNationalColour } from '../vs-nederland/vs-nederland.ts';
import { hexToRgba } from './classes.ts';
import { fadeRows, FADED_ALPHA } from './overlays.ts';
import { vsNationalEntries, vsNationalFill } from './vs-national-fill.ts';

const vs = { national: 10, direction: 'higher_is_risk' as const };

describe('vs-Nederland fill', () => {
  it('colours each value by its ratio to the national value and keeps "te weinig inwoners" apart', () => {
    const values = Float64Array.from([2, 10, 30, NaN, NaN]);
    const reasons = [null, null, null, 'below_min_population', 'not_published'];
    const colors = vsNationalFill(values, reasons, vs);
    expect([...colors.slice(0, 4)]).toEqual(hexToRgba(vsNationalColour(2, 10, 'higher_is_risk'), 235));
    expect([...colors.slice(8, 12)]).toEqual(hexToRgba(vsNationalColour(30, 10, 'higher_is_risk'), 235));
    const entries = vsNationalEntries(values, reasons, vs);
    expect(entries.filter((e) => e.kind === 'class').map((e) => e.count)).toEqual([1, 0, 0, 1, 0, 0, 1]);
    expect(entries.find((e) => e.kind === 'class' && e.count === 1 && e.from === 9.5)?.to).toBe(10.5);
    expect(entries.slice(-2).map((e) => [e.kind, e.count])).toEqual([
      ['missing', 1],
      ['below_min', 1],
    ]);
  });

  it('fades only the flagged rows', () => {
    const faded = fadeRows(Uint8Array.from([1, 2, 3, 235, 4, 5, 6, 235]), Uint8Array.from([0, 1]));
    expect([...faded]).toEqual([1, 2, 3, 235, 4, 5, 6, FADED_ALPHA]);
  });
});
