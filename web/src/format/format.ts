/**
 * The one place where numbers become text. Every number on screen goes through a formatter made here, so the
 * locale (nl-NL: "1.234,5") and the missing-value wording are the same everywhere.
 */
import { isMissingReason } from '@atlas/contract';
import { MISSING_REASON_LABEL_NL } from '../i18n/nl.ts';

export interface Formatting {
  /** A number with a fixed count of decimals; null/NaN become the missing label. */
  number(value: number | null | undefined, decimals?: number): string;
  integer(value: number | null | undefined): string;
  /** A value with its unit: "12,3%" or "4,56 per 1.000 inwoners". */
  value(value: number | null | undefined, unit: string, decimals: number): string;
  /** An indicator's national value; a source without a national figure says so instead of "geen gegevens". */
  national(value: number | null | undefined, unit: string, decimals: number): string;
  /** A percentile 0–100 as shown to users: "83e percentiel". */
  percentile(value: number | null | undefined): string;
  /** A theme score 0–100. */
  score(value: number | null | undefined): string;
  /** A share 0–1 as a percentage: 0.873 → "87%". */
  share(value: number | null | undefined, decimals?: number): string;
  /** Dutch label for a missing-value reason; unknown codes fall back to "geen gegevens". */
  missing(reason: string | null | undefined): string;
  date(iso: string): string;
  /** Items joined the Dutch way: ["a", "b", "c"] → "a, b en c". */
  list(items: readonly string[]): string;
  /** Dutch collation order of two names (negative, 0 or positive), the one order every sorted list uses. */
  compare(a: string, b: string): number;
}

export const MISSING_GENERIC = 'geen gegevens';
export const NATIONAL_NONE = 'geen landelijke waarde';

/**
 * Dutch month names, for dates written without Intl: the first Intl.DateTimeFormat sets up ICU's calendar data,
 * 15–25 ms of the map page's first render (CPU profiles of a cold load, headless Chromium here), for the one
 * date on the page. The result is Intl's own for nl-NL ("30 november 2026"; format.test.ts compares every month).
 */
const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A number as Intl.NumberFormat writes it for nl-NL with `decimals` fraction digits ("1.234,5", "-0,0"), without
 * setting up ICU's number data: the first Intl.NumberFormat took 13 ms of the map page's first render (headless
 * Chromium here), before the first map. ICU rounds the shortest decimal that reads back as the double (as
 * String(value) writes it) half away from zero, so 1.005 is "1,01" where toFixed gives "1.00"; this does the same
 * on that string. Null for what String() writes with an exponent (below 1e-6, from 1e21) and for NaN and ±Infinity:
 * Intl formats those.
 * format.test.ts compares it with Intl over many values.
 */
export function dutchFixed(value: number, decimals: number): string | null {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || text.includes('e')) return null;
  const [whole = '', fraction = ''] = text.split('.');
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  if (fraction.charCodeAt(decimals) >= 53 /* '5' */) {
    // add one unit in the last place, carrying through nines
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') i--;
    digits = i < 0 ? `1${'0'.repeat(digits.length)}` : `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${'0'.repeat(digits.length - i - 1)}`;
  }
  const integer = digits.slice(0, digits.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, '.');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return decimals > 0 ? `${sign}${grouped},${digits.slice(digits.length - decimals)}` : `${sign}${grouped}`;
}

/** A value made on first use: setting up Intl objects costs real time on the first view, so none is made early. */
function lazy<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}

export function createFormatting(locale = 'nl-NL'): Formatting {
  // Intl.NumberFormat construction is slow relative to formatting; tables format thousands of cells.
  const cache = new Map<number, Intl.NumberFormat>();
  const intl = (decimals: number): Intl.NumberFormat => {
    let f = cache.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      cache.set(decimals, f);
    }
    return f;
  };
  const fixed = (value: number, decimals: number): string => (locale === 'nl-NL' ? dutchFixed(value, decimals) : null) ?? intl(decimals).format(value);
  const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }));
  const listFormat = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const collator = lazy(() => new Intl.Collator(locale));

  const number = (value: number | null | undefined, decimals = 0): string => (present(value) ? fixed(value, decimals) : MISSING_GENERIC);

  const withUnit = (value: number | null | undefined, unit: string, decimals: number): string => {
    if (!present(value)) return MISSING_GENERIC;
    const n = fixed(value, decimals);
    if (unit === '%') return `${n}%`;
    if (unit === '') return n;
    if (unit === '€' || unit === 'euro') return `€ ${n}`;
    return `${n} ${unit}`;
  };

  return {
    number,
    integer: (value) => number(value, 0),
    value: withUnit,
    national: (value, unit, decimals) => (present(value) ? withUnit(value, unit, decimals) : NATIONAL_NONE),
    percentile: (value) => (present(value) ? `${fixed(value, 0)}e percentiel` : MISSING_GENERIC),
    score: (value) => (present(value) ? fixed(value, 0) : MISSING_GENERIC),
    share: (value, decimals = 0) => (present(value) ? `${fixed(value * 100, decimals)}%` : MISSING_GENERIC),
    missing: (reason) => (reason && isMissingReason(reason) ? MISSING_REASON_LABEL_NL[reason] : MISSING_GENERIC),
    date: (iso) => {
      // A date without a time ("2024-01-01") is that day wherever the reader is; Date reads it as midnight UTC,
      // which west of Greenwich is the evening before.
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return locale === 'nl-NL' ? `${d.getDate()} ${MONTHS_NL[d.getMonth()] ?? ''} ${d.getFullYear()}` : dateFormat().format(d);
    },
    list: (items) => listFormat().format(items),
    compare: (a, b) => collator().compare(a, b),
  };
}

/** The app's formatter. Import this rather than calling Intl directly. */
export const fmt: Formatting = createFormatting('nl-NL');
