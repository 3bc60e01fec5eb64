/**
 * "Vergeleken met Nederland": a region's value against the national one. Two pure pieces: the diverging colour
 * class of the ratio value ÷ national value (for the map mode; the map draws with `vsNationalColour`), and one
 * plain Dutch sentence that explains why a percentile and the national comparison can point different ways
 * (percentiles rank regions, each counting once; the national value is one ratio over all inhabitants).
 */
import type { IndicatorManifest } from '@atlas/contract';

/** Ratio bounds of the classes, lowest first; the middle class (0,95–1,05) is "about the national value". */
export const VS_NATIONAL_BREAKS = [0.5, 0.8, 0.95, 1.05, 1.25, 2] as const;
/** Seven colours from far below to far above; the far-above end is the risk colour only for higher_is_risk indicators. */
const DIVERGING = ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b'] as const;
export const VS_NATIONAL_MISSING = '#d9dce1';

/** Class index 0–6 of value ÷ national, or null when either is missing or the national value is not positive. */
export function vsNationalClass(value: number | null, national: number | null): number | null {
  if (value === null || national === null || !Number.isFinite(value) || !Number.isFinite(national) || national <= 0) return null;
  const ratio = value / national;
  const i = VS_NATIONAL_BREAKS.findIndex((b) => ratio < b);
  return i === -1 ? VS_NATIONAL_BREAKS.length : i;
}

/**
 * The map colour of a region in the "vergeleken met Nederland" mode. For indicators where a lower value means
 * more risk the ramp flips, so red always means "more risk than Nederland".
 */
export function vsNationalColour(value: number | null, national: number | null, direction: IndicatorManifest['direction']): string {
  const k = vsNationalClass(value, national);
  if (k === null) return VS_NATIONAL_MISSING;
  return DIVERGING[direction === 'higher_is_risk' ? k : DIVERGING.length - 1 - k] ?? VS_NATIONAL_MISSING;
}

/** Legend rows for the mode: each class's colour and its ratio range as "0,8–0,95 × landelijk". */
export function vsNationalLegend(direction: IndicatorManifest['direction']): { colour: string; from: number | null; to: number | null }[] {
  const bounds: (number | null)[] = [null, ...VS_NATIONAL_BREAKS, null];
  return DIVERGING.map((_, k) => ({
    colour: vsNationalColour(k === 0 ? 0.01 : (bounds[k] ?? 0) + 1e-9, 1, direction),
    from: bounds[k] ?? null,
    to: bounds[k + 1] ?? null,
  }));
}

export type Side = 'higher' | 'lower' | 'same';

export interface Comparison {
  /** Percentile 0–100 among the regions of the level. */
  pct: number | null;
  /** Where the value lies against the national value (within 5 %: "same"). */
  side: Side | null;
  /**
   * The percentile puts the value above the middle of the level while it is below Nederland's, or the other way
   * round. A percentile ranks by risk: where a lower value is the risk, a high percentile is a low value.
   */
  seemsToContradict: boolean;
}

/**
 * `sig`: the published test against Nederland (`<id>__sig`), which decides the side where it found a difference: a
 * value 2 % above Nederland with its whole interval above it is higher, not "about the same".
 */
export function compareWithNational(
  value: number | null,
  pct: number | null,
  national: number | null,
  direction: IndicatorManifest['direction'],
  sig: string | null = null,
): Comparison {
  const k = vsNationalClass(value, national);
  const banded: Side | null = k === null ? null : k === 3 ? 'same' : k > 3 ? 'higher' : 'lower';
  const side: Side | null = banded === null ? null : sig === 'hoger' ? 'higher' : sig === 'lager' ? 'lower' : banded;
  const aboveMiddle = pct === null || pct === 50 ? null : pct > 50 === (direction === 'higher_is_risk');
  const seemsToContradict = aboveMiddle !== null && side !== null && side !== 'same' && aboveMiddle !== (side === 'higher');
  return { pct, side, seemsToContradict };
}
