/**
 * The two optional layers over the choropleth. Hotspots: the polygons of significant Gi* hot- and coldspots in
 * a small collection of their own (outlined by one line layer, so the 14.5k buurten are not restyled).
 * Uncertainty: a region whose percentile interval spans more than half the 0–100 scale keeps its colour but
 * is drawn faded (lower alpha in the same feature-state colour), so a chance rank does not look like a signal.
 */
import type { FeatureCollection } from 'geojson';
import type { RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import type { Display } from './display.ts';

/** Wider than this many percentile points = "onzeker". */
export const UNCERTAIN_SPAN = 50;
/** Alpha of a faded region (of 255; classes are drawn at 235). */
export const FADED_ALPHA = 70;

export function uncertainRows(table: RegionTable, display: Display): Uint8Array {
  const flags = new Uint8Array(table.size);
  const pair = display.pctInterval;
  if (!pair || !table.has(pair[0]) || !table.has(pair[1])) return flags;
  const lo = table.numbers(pair[0]);
  const hi = table.numbers(pair[1]);
  flags.forEach((_, row) => (flags[row] = (hi[row] ?? NaN) - (lo[row] ?? NaN) > UNCERTAIN_SPAN ? 1 : 0));
  return flags;
}

/** A copy of the colour buffer with the uncertain rows' alpha lowered. */
export function fadeRows(colors: Uint8Array, rows: Uint8Array): Uint8Array {
  const out = colors.slice();
  rows.forEach((flag, row) => {
    if (flag === 1) out[row * 4 + 3] = FADED_ALPHA;
  });
  return out;
}

/** The polygons whose hotspot class is a hot- or coldspot, with the class as property `hot`. */
export function hotspotFeatures(geo: RegionGeometry, featureRows: Int32Array, table: RegionTable, display: Display): FeatureCollection {
  const column = display.hotColumn;
  if (!column || !table.has(column)) return { type: 'FeatureCollection', features: [] };
  const classes = table.strings(column);
  const features = geo.collection.features.flatMap((f, i) => {
    const hot = classes[featureRows[i] ?? -1];
    return hot && hot !== 'none' ? [{ ...f, properties: { ...f.properties, hot } }] : [];
  });
  return { type: 'FeatureCollection', features };
}
