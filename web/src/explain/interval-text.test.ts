import { describe, expect, it } from 'vitest';
import { withInterval } from './interval-text.ts';

describe('withInterval', () => {
  it('writes the value with its interval in nl-NL numbers', () => {
    expect(withInterval(12.44, 9.81, 15.26, 'per 1.000 inwoners', 1)).toBe('12,4 per 1.000 inwoners (9,8–15,3)');
    expect(withInterval(1234.5, 1000, 1500.25, '', 0)).toBe('1.235 (1.000–1.500)');
  });
  it('leaves the interval out when it is missing', () => {
    expect(withInterval(12.44, null, 15.26, '%', 1)).toBe('12,4%');
  });
});
