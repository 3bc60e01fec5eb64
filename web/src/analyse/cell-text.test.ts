import { describe, expect, it } from 'vitest';
import { cellText, isYearColumn } from './cell-text.ts';

describe('cellText', () => {
  it('writes years as years and counts with a thousands separator', () => {
    expect(cellText(2021, isYearColumn('year'))).toBe('2021');
    expect(cellText(2024, isYearColumn('peiljaar'))).toBe('2024');
    expect(cellText(2021, isYearColumn('misdrijven_2021'))).toBe('2.021');
    expect(cellText(12345, isYearColumn('misdrijven_per_jaar'))).toBe('12.345');
    expect(cellText(2021, isYearColumn('misdrijven_per_jaar'))).toBe('2.021');
    expect(cellText(12345, isYearColumn('jaar'))).toBe('12.345');
    expect(cellText(21765, isYearColumn('aantal'))).toBe('21.765');
    expect(cellText(73.51, isYearColumn('value'))).toBe('73,510');
    expect(cellText(null, isYearColumn('year'))).toBe('');
  });
});
