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

/** A value made on first use: setting up Intl objects costs real time on the first view, so none is made early. */
function lazy<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}

export function createFormatting(locale = 'nl-NL'): Formatting {
  // Intl.NumberFormat construction is slow relative to formatting; tables format thousands of cells.
  const cache = new Map<number, Intl.NumberFormat>();
  const nf = (decimals: number): Intl.NumberFormat => {
    let f = cache.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      cache.set(decimals, f);
    }
    return f;
  };
  const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }));
  const listFormat = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const collator = lazy(() => new Intl.Collator(locale));

  const number = (value: number | null | undefined, decimals = 0): string => (present(value) ? nf(decimals).format(value) : MISSING_GENERIC);

  const withUnit = (value: number | null | undefined, unit: string, decimals: number): string => {
    if (!present(value)) return MISSING_GENERIC;
    const n = nf(decimals).format(value);
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
    percentile: (value) => (present(value) ? `${nf(0).format(value)}e percentiel` : MISSING_GENERIC),
    score: (value) => (present(value) ? nf(0).format(value) : MISSING_GENERIC),
    share: (value, decimals = 0) => (present(value) ? `${nf(decimals).format(value * 100)}%` : MISSING_GENERIC),
    missing: (reason) => (reason && isMissingReason(reason) ? MISSING_REASON_LABEL_NL[reason] : MISSING_GENERIC),
    date: (iso) => {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return locale === 'nl-NL' ? `${d.getDate()} ${MONTHS_NL[d.getMonth()] ?? ''} ${d.getFullYear()}` : dateFormat().format(d);
    },
    list: (items) => listFormat().format(items),
    compare: (a, b) => collator().compare(a, b),
  };
}

/** The app's formatter. Import this rather than calling Intl directly. */
export const fmt: Formatting = createFormatting('nl-NL');
