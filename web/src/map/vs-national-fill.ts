/**
 * Fill colours and legend rows of the "Vergeleken met Nederland" mode: every value against the national value
 * (vs-nederland.ts decides the classes), in the same buffers and legend rows as the quantile classes, so the
 * map, the legend and the exported image need no second path.
 */
import { VS_NATIONAL_BREAKS, VS_NATIONAL_MISSING, vsNationalColour, vsNationalLegend } from '../vs-nederland/vs-nederland.ts';
import { BELOW_MIN_COLOR, hexToRgba, type LegendEntry } from './classes.ts';
import type { Display } from './display.ts';

type VsNational = NonNullable<Display['vsNational']>;

const BELOW_MIN_RGBA = hexToRgba(BELOW_MIN_COLOR, 235);

export function vsNationalFill(values: Float64Array, reasons: readonly (string | null)[] | null, vs: VsNational): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => {
    const belowMin = !Number.isFinite(v) && reasons?.[i] === 'below_min_population';
    out.set(belowMin ? BELOW_MIN_RGBA : hexToRgba(vsNationalColour(Number.isFinite(v) ? v : null, vs.national, vs.direction), 235), i * 4);
  });
  return out;
}

/** One row per ratio class with its range in the indicator's unit (ratio × national value), lowest value first. */
export function vsNationalEntries(values: Float64Array, reasons: readonly (string | null)[] | null, vs: VsNational): LegendEntry[] {
  const finite = Array.from(values).filter((v) => Number.isFinite(v));
  const min = Math.min(...finite, 0);
  const max = Math.max(...finite, 0);
  const classes = vsNationalLegend(vs.direction);
  const counts = new Array<number>(classes.length).fill(0);
  for (const v of finite) {
    const k = VS_NATIONAL_BREAKS.findIndex((b) => v / vs.national < b);
    const cls = k === -1 ? VS_NATIONAL_BREAKS.length : k;
    counts[cls] = (counts[cls] ?? 0) + 1;
  }
  const entries: LegendEntry[] = classes.map((c, k) => ({
    kind: 'class',
    color: c.colour,
    from: c.from === null ? min : c.from * vs.national,
    to: c.to === null ? max : c.to * vs.national,
    count: counts[k] ?? 0,
  }));
  const belowMin = values.reduce((n, v, i) => n + (!Number.isFinite(v) && reasons?.[i] === 'below_min_population' ? 1 : 0), 0);
  entries.push({ kind: 'missing', color: VS_NATIONAL_MISSING, count: values.length - finite.length - belowMin });
  entries.push({ kind: 'below_min', color: BELOW_MIN_COLOR, count: belowMin });
  return entries;
}
