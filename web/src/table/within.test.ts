import { describe, expect, it } from 'vitest';
import { withinFor } from './within.ts';

describe('withinFor', () => {
  it('limits wijk and buurt tables to a gemeente, and the buurt table to a wijk', () => {
    expect(withinFor('GM0855', 'Tilburg', 'wijk')).toEqual({ column: 'gemeente_code', code: 'GM0855', name: 'Tilburg' });
    expect(withinFor('GM0855', 'Tilburg', 'buurt')?.column).toBe('gemeente_code');
    expect(withinFor('WK085501', 'Centrum', 'buurt')).toEqual({ column: 'wijk_code', code: 'WK085501', name: 'Centrum' });
  });
  it('offers nothing for a region of the same or a finer level, or an aggregate', () => {
    expect(withinFor('GM0855', 'Tilburg', 'gemeente')).toBeNull();
    expect(withinFor('WK085501', 'Centrum', 'wijk')).toBeNull();
    expect(withinFor('BU08550101', 'x', 'buurt')).toBeNull();
    expect(withinFor('PV30', 'Noord-Brabant', 'wijk')).toBeNull();
    expect(withinFor(null, null, 'wijk')).toBeNull();
  });
});
