import { describe, expect, it } from 'vitest';
import { createFormatting, dutchFixed, fmt } from './format.ts';

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

  it('writes numbers as Intl writes them for nl-NL: rounding of the shortest decimal, ties away from zero, signs, grouping', () => {
    const formats = [0, 1, 2, 3].map((d) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }));
    const intl = (decimals: number) => formats[decimals]!;
    const ties = [0.5, 1.5, 2.5, 1.005, 1.0005, 2.675, 1.45, 8.345, 0.125, 999.95, 999.5, 9999.995, 0.95, 0.045];
    const edges = [0, -0, 0.04, 1000, 999_999.5, 12_345_678_901_234_567, 1e20, 2 ** 53, 1e-6, 123.456789, 0.1 + 0.2];
    // seeded, so a failure names the same values on every run: magnitudes from 1e-6 to 1e12
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const spread = Array.from({ length: 2000 }, () => (random() - 0.3) * 10 ** Math.floor(random() * 18 - 6));
    const rounded = Array.from({ length: 500 }, () => Math.round(random() * 1e6) / 10 ** Math.floor(random() * 5));
    for (const value of [...ties, ...edges, ...spread, ...rounded].flatMap((v) => [v, -v])) {
      // only what String() writes with an exponent is left to Intl; every other value is written here, as Intl does
      const own = String(Math.abs(value)).includes('e') ? null : value;
      for (const decimals of [0, 1, 2, 3]) expect(dutchFixed(value, decimals), `${value} (${decimals})`).toBe(own === null ? null : intl(decimals).format(own));
    }
    // what String() writes with an exponent is left to Intl
    expect(dutchFixed(1e21, 0)).toBeNull();
    expect(dutchFixed(1e-7, 2)).toBeNull();
    expect([dutchFixed(NaN, 1), dutchFixed(-Infinity, 0)]).toEqual([null, null]);
    expect(fmt.number(1e21)).toBe(intl(0).format(1e21));
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

describe('a date without a time', () => {
  it('is that day wherever the reader is, also west of Greenwich', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['America/New_York', 'Europe/Amsterdam', 'Pacific/Auckland']) {
        process.env.TZ = tz;
        expect(fmt.date('2024-01-01'), tz).toBe('1 januari 2024');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
