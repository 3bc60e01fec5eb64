import { DataError } from '../errors.ts';
import type { MissingReason } from '@atlas/contract';

export interface NumberRule {
  /** Raw strings that mean "no value in the source" (e.g. CBS StatLine blank = cannot occur). */
  missing?: readonly string[];
  /** Raw strings that mean "suppressed by the publisher" (CBS '.', DBF -99999999). */
  suppressed?: readonly string[];
  min?: number;
  max?: number;
  /**
   * Whole numbers, written as the source writes them: digits only. A "12.000" in such a column is a Dutch
   * thousands separator (12000) or a decimal, never 12, so it is an error rather than a guess.
   */
  integer?: boolean;
  /** How this source writes its whole numbers (default WHOLE_DIGITS); only checked when `integer` is set. */
  wholeNotation?: RegExp;
}

/** Whole numbers as digits only: "12000". */
export const WHOLE_DIGITS = /^[-+]?\d+$/;
/**
 * Whole numbers as digits, optionally with one zero decimal: the raw extracts were written by pandas
 * ("8090.0"), the download (data-pipeline/download/) writes digits ("8090"). Never a thousands separator:
 * that always has three digits after the point ("12.000").
 */
export const WHOLE_POINT_ZERO = /^[-+]?\d+(\.0)?$/;

export type ParsedNumber = { value: number; reason: null } | { value: null; reason: MissingReason };

const MISSING: ParsedNumber = Object.freeze({ value: null, reason: 'missing_in_source' });
const SUPPRESSED: ParsedNumber = Object.freeze({ value: null, reason: 'suppressed' });
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const ZERO = 0x30;
const NINE = 0x39;
const POINT = 0x2e;

/**
 * How a cell is written when it is plain, as nearly all are: 'whole' for digits only, 'decimal' for digits with one
 * point after the first digit (both match NUMBER); null for anything else, which the regular expressions then judge.
 * Checking the characters here instead of with the expressions was a visible share of reading the sources.
 */
function plainNotation(text: string): 'whole' | 'decimal' | null {
  let point = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= ZERO && ch <= NINE) continue;
    if (ch !== POINT || point || i === 0) return null;
    point = true;
  }
  return text.length === 0 ? null : point ? 'decimal' : 'whole';
}

/**
 * Parse one numeric cell. Missing and suppressed stay null with their reason; anything else that is
 * not a finite number, or lies outside the rule's range, is an error at file, line and field.
 */
export function parseNumberCell(raw: string | number | null | undefined, rule: NumberRule, at: { file: string; line: number; field: string }): ParsedNumber {
  if (raw === null || raw === undefined) return MISSING;
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (rule.suppressed?.includes(text)) return SUPPRESSED;
  if (text === '' || rule.missing?.includes(text)) return MISSING;
  const value = typeof raw === 'number' ? raw : Number(text);
  const plain = plainNotation(text);
  if ((plain === null && !NUMBER.test(text)) || !Number.isFinite(value)) {
    throw new DataError(at, `"${text}" is not a number`);
  }
  const wholeNotation = rule.wholeNotation ?? WHOLE_DIGITS;
  // digits alone are whole in both notations the sources use
  const knownWhole = plain === 'whole' && (wholeNotation === WHOLE_DIGITS || wholeNotation === WHOLE_POINT_ZERO);
  if (rule.integer && typeof raw === 'string' && !knownWhole && !wholeNotation.test(text)) {
    throw new DataError(
      at,
      `"${text}" is not written as this source writes whole numbers (${rule.wholeNotation ?? WHOLE_DIGITS}); a "." may be a thousands separator`,
    );
  }
  if (rule.integer && !Number.isInteger(value)) throw new DataError(at, `${text} is not a whole number`);
  if (rule.min !== undefined && value < rule.min) throw new DataError(at, `${text} is below the allowed minimum ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) throw new DataError(at, `${text} is above the allowed maximum ${rule.max}`);
  return { value, reason: null };
}

export const COUNT: NumberRule = { min: 0 };
/**
 * Upper bound for any count of inhabitants, households or dwellings of one region: the national population
 * (17.9 million on 1 January 2024) with headroom for growth. A gemeente above it is a unit or parsing error
 * (931,298 × 1000), never a real value.
 */
export const NATIONAL_POPULATION_MAX = 20_000_000;
export const POPULATION: NumberRule = { min: 0, max: NATIONAL_POPULATION_MAX, integer: true };
export const PERCENTAGE: NumberRule = { min: 0, max: 100 };
