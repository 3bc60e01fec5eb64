/**
 * What the map is asked to colour. Its own module so MapView (which draws it) and paint-levels (which
 * writes it into feature-state) can share the type without importing each other.
 */
import type { FeatureCollection } from 'geojson';
import type { Level } from '@atlas/contract';
import type { RegionGeometry } from '../data/geometry.ts';

export interface Choropleth {
  level: Level;
  geometry: RegionGeometry;
  /** Table row per geometry feature (-1 when the region is absent from the table). */
  featureRows: Int32Array;
  /** RGBA per table row. */
  colors: Uint8Array;
  /** Changes whenever `colors` does. */
  colorKey: string;
  /** 1 per table row below the minimum population, drawn hatched. */
  belowMin: Uint8Array;
  /** Gi* hot- and coldspots to outline (property `hot`), or null when the overlay is off. */
  hotspots: FeatureCollection | null;
}
