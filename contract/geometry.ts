/**
 * What the manifest says about each level's map layer, and the places file (one label point per region)
 * that the map uses for its names.
 */
import { z } from './zod.ts';
import type { Level } from './levels.ts';

export const levelGeometrySchema = z
  .object({
    /** Raw file the layer was made from, relative to the raw folder. */
    file: z.string(),
    /** Who made the geometry, in Dutch. */
    source: z.string(),
    /** True when the borders are not official (the approximate buurt layer): off by tens of metres, up to about 100 m. */
    approximate: z.boolean(),
    /** Regions of the level without a polygon (shown as "geen geometrie"), sorted. */
    missingCodes: z.array(z.string()),
    /** Dutch: how the layer was made and how far off it can be; null for an official layer taken as published. */
    method: z.string().nullable(),
  })
  .strict();

export type LevelGeometry = z.infer<typeof levelGeometrySchema>;

/** Water the register has no region for (the water-only wijken of the CBS wijk layer), drawn as water under the map. */
export const waterFile = 'geo/water.topojson';

/** Path of a level's places file (label points). */
export const placesFile = (level: Level): string => `geo/${level}-places.json`;

/**
 * One row per region with a polygon: code, name, the label point (inside the largest part of the polygon)
 * and the polygon's bounds.
 */
export type PlaceRow = [code: string, name: string, lon: number, lat: number, west: number, south: number, east: number, north: number];

export interface PlacesFile {
  level: Level;
  rows: PlaceRow[];
}
