import { DataError } from '../errors.ts';
import type { MissingReason } from '@atlas/contract';

export interface NumberRule {
  /** Raw strings that mean "no value in the source" (e.g. CBS StatLine blank = cannot occur). */
  missing?: readonly string[];
  /** Raw strings that mean "suppressed by the publisher" (CBS '.', DBF -99999999). */
  suppressed?: readonly string[];
  min?: number;
  max?: number;
  integer?: boolean;
}

export type ParsedNumber = { value: number; reason: null } | { value: null; reason: MissingReason };

/**
 * Parse one numeric cell. Missing and suppressed stay null with their reason; anything else that is
 * not a finite number, or lies outside the rule's range, is an error at file, line and field.
 */
export function parseNumberCell(raw: string | number | null | undefined, rule: NumberRule, at: { file: string; line: number; field: string }): ParsedNumber {
  if (raw === null || raw === undefined) return { value: null, reason: 'missing_in_source' };
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  if (rule.suppressed?.includes(text)) return { value: null, reason: 'suppressed' };
  if (text === '' || rule.missing?.includes(text)) return { value: null, reason: 'missing_in_source' };
  const value = typeof raw === 'number' ? raw : Number(text);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) || !Number.isFinite(value)) {
    throw new DataError(at, `"${text}" is not a number`);
  }
  if (rule.integer && !Number.isInteger(value)) throw new DataError(at, `${text} is not a whole number`);
  if (rule.min !== undefined && value < rule.min) throw new DataError(at, `${text} is below the allowed minimum ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) throw new DataError(at, `${text} is above the allowed maximum ${rule.max}`);
  return { value, reason: null };
}

export const COUNT: NumberRule = { min: 0 };
export const PERCENTAGE: NumberRule = { min: 0, max: 100 };
