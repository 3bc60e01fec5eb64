/**
 * What the map is asked to colour. Its own module so MapView (which draws it) and paint-levels (which
 * writes it into feature-state) can share the type without importing each other.
 */
import type { FeatureCollection } from 'geojson';
import type { Level } from '@atlas/contract';
import type { RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';

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
  /** 1 per table row that any column withholds for too few inhabitants (see hatch-candidates.ts). */
  hatchCandidates: Uint8Array;
  /** Gi* hot- and coldspots to outline (property `hot`), or null when the overlay is off. */
  hotspots: FeatureCollection | null;
}

/** The table row of every geometry feature (-1 when the region is absent from the table). */
export const featureRowsOf = (geometry: RegionGeometry, table: RegionTable): Int32Array =>
  Int32Array.from(geometry.collection.features, (f) => table.row(f.properties.code) ?? -1);
