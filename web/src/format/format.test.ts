import { describe, expect, it } from 'vitest';
import { createFormatting, fmt } from './format.ts';

describe('nl-NL formatting', () => {
  it('uses a decimal comma and a thousands dot', () => {
    expect(fmt.number(1234.56, 1)).toBe('1.234,6');
    expect(fmt.integer(12345)).toBe('12.345');
  });

  it('writes units the Dutch way', () => {
    expect(fmt.value(12.34, '%', 1)).toBe('12,3%');
    expect(fmt.value(4.567, 'per 1.000 inwoners', 2)).toBe('4,57 per 1.000 inwoners');
    expect(fmt.value(1500, '€', 0)).toBe('€ 1.500');
  });

  it('never turns a missing value into 0', () => {
    expect(fmt.number(null)).toBe('geen gegevens');
    expect(fmt.value(Number.NaN, '%', 1)).toBe('geen gegevens');
    expect(fmt.percentile(undefined)).toBe('geen gegevens');
    expect(fmt.number(0)).toBe('0');
  });

  it('says a national value is absent from the source rather than calling it missing data', () => {
    expect(fmt.national(null, 'klasse (1–5)', 1)).toBe('geen landelijke waarde');
    expect(fmt.national(19.04, '%', 1)).toBe('19,0%');
  });

  it('labels missing reasons from the contract', () => {
    expect(fmt.missing('below_min_population')).toBe('te weinig inwoners');
    expect(fmt.missing('something_new')).toBe('geen gegevens');
    expect(fmt.missing(null)).toBe('geen gegevens');
  });

  it('formats percentiles and shares', () => {
    expect(fmt.percentile(83.4)).toBe('83e percentiel');
    expect(fmt.share(0.873)).toBe('87%');
  });

  it('joins a list the Dutch way', () => {
    expect(fmt.list(['Amsterdam', 'Rotterdam', 'Utrecht'])).toBe('Amsterdam, Rotterdam en Utrecht');
    expect(fmt.list(['wijk', 'buurt'])).toBe('wijk en buurt');
    expect(fmt.list(['gemeente'])).toBe('gemeente');
    expect(fmt.list([])).toBe('');
  });

  it('orders names by Dutch collation, not by code unit', () => {
    const names = ['Zwolle', "'s-Gravenhage", 'aalten', 'Édam', 'Eindhoven', 'Amsterdam'];
    // Binary order would put ' before capitals before lower case and É after z.
    expect([...names].sort(fmt.compare)).toEqual(["'s-Gravenhage", 'aalten', 'Amsterdam', 'Édam', 'Eindhoven', 'Zwolle']);
  });

  it('writes a date as Intl writes it for nl-NL, in every month, and leaves an unreadable one as it is', () => {
    const intl = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    for (let month = 0; month < 12; month++) {
      const date = new Date(2026, month, month + 1, 12);
      expect(fmt.date(date.toISOString())).toBe(intl.format(date));
    }
    expect(fmt.date('2026-11-30T08:00:00Z')).toBe(intl.format(new Date('2026-11-30T08:00:00Z')));
    expect(fmt.date('gisteren')).toBe('gisteren');
    expect(createFormatting('en-GB').date('2026-03-01T12:00:00Z')).toBe('1 March 2026');
  });

  it('can be made for another locale', () => {
    expect(createFormatting('en-GB').number(1234.5, 1)).toBe('1,234.5');
  });
});
