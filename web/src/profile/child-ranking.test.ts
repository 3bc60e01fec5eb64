import { describe, expect, it } from 'vitest';
import { rankChildren, tableHref } from './child-ranking.ts';

describe('rankChildren', () => {
  const names = ['Noord', 'Oost', 'Zuid', 'West'];
  const values = [10, NaN, 30, 10];
  it('puts most risk first, missing values last, ties by name', () => {
    expect(rankChildren([0, 1, 2, 3], values, names, false).map((c) => c.row)).toEqual([2, 0, 3, 1]);
  });
  it('reverses for indicators where a lower value means more risk', () => {
    expect(rankChildren([0, 1, 2, 3], values, names, true).map((c) => c.row)).toEqual([0, 3, 2, 1]);
  });
});

describe('tableHref', () => {
  it('opens the table on the child level and keeps the theme', () => {
    expect(tableHref('?thema=drugs&niveau=gemeente', 'GM0855', 'wijk')).toBe('?thema=drugs&niveau=wijk&weergave=tabel&gebied=GM0855');
  });
});
