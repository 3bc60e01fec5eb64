/**
 * A value with its 95 % interval as the profile and tooltip show it: "12,4 per 1.000 inwoners (9,8–15,3)".
 * The bounds share the value's decimals and leave the unit to the value, so the line stays short.
 */
import { fmt } from '../format/format.ts';

export function withInterval(value: number | null, lo: number | null, hi: number | null, unit: string, decimals: number): string {
  const text = fmt.value(value, unit, decimals);
  if (value === null || lo === null || hi === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return text;
  return `${text} (${fmt.number(lo, decimals)}–${fmt.number(hi, decimals)})`;
}
