/**
 * Defects of a published boundary layer that show on the map as wedges or slivers, found generically over
 * every region (the check that the gap split of the approximate buurt layer, split-gaps.ts, leaves none):
 *   - spikes: ring vertices where a border turns back on itself (ring-spikes.ts). A needle has no area, but
 *     MapLibre's triangulation of its ring drew a wedge of the wrong colour across Theresia Midden (Tilburg);
 *   - wedge gaps: holes in the union of all regions narrower (mean width 2·area/perimeter, as mapshaper
 *     measures gaps) than the layer's gap-fill width; wider holes are real (water, a region the layer lacks).
 * Each defect names the region codes it touches, so a failing check or a report says where to look.
 */
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { M_PER_DEG, spikesOf, type Ring, type SpikeShape } from './ring-spikes.ts';

/** Holes in the union smaller than this (m²) are specks under a few pixels at zoom 14, left by quantisation. */
export const MIN_GAP_AREA_M2 = 100;

export interface SpikeDefect extends SpikeShape {
  code: string;
  at: [number, number];
}

export interface GapDefect {
  /** Regions whose border touches the gap, ascending. */
  codes: string[];
  at: [number, number];
  areaM2: number;
  widthM: number;
  /** The hole's ring, to see what lies in it. */
  ring: Ring;
}

export interface MosaicDefects {
  spikes: SpikeDefect[];
  gaps: GapDefect[];
}

const key = (p: readonly number[]) => `${p[0]},${p[1]}`;

const polygonsOf = (geometry: Geometry | null): Ring[][] =>
  geometry?.type === 'Polygon' ? [geometry.coordinates as Ring[]] : geometry?.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [];

/** Area (m²) and perimeter (m) of a ring, equirectangular at its first latitude (fine within a gap). */
export function measureRing(ring: readonly (readonly number[])[]): { areaM2: number; perimeterM: number } {
  const kx = Math.cos(((ring[0]?.[1] ?? 0) * Math.PI) / 180) * M_PER_DEG;
  let twice = 0;
  let perimeterM = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    twice += x1 * kx * y2 * M_PER_DEG - x2 * kx * y1 * M_PER_DEG;
    perimeterM += Math.hypot((x2 - x1) * kx, (y2 - y1) * M_PER_DEG);
  }
  return { areaM2: Math.abs(twice / 2), perimeterM };
}

export interface UnionHole {
  ring: Ring;
  areaM2: number;
  /** Mean width 2·area/perimeter (m), as mapshaper measures gaps. */
  widthM: number;
}

/** Holes in the union of a collection's geometries: gaps between neighbours, or real holes (water, a dropped region). */
export function unionHoles(topology: Topology, geometries: GeometryCollection['geometries']): UnionHole[] {
  const holes: UnionHole[] = [];
  for (const polygon of merge(topology, geometries as Parameters<typeof merge>[1]).coordinates) {
    for (const ring of polygon.slice(1) as Ring[]) {
      const { areaM2, perimeterM } = measureRing(ring);
      holes.push({ ring, areaM2, widthM: perimeterM > 0 ? (2 * areaM2) / perimeterM : 0 });
    }
  }
  return holes;
}

/** Spikes of every region and wedge gaps narrower than `gapWidthM` in a layer's TopoJSON (contract object TOPOJSON_OBJECT). */
export function findMosaicDefects(topojsonText: string, gapWidthM: number): MosaicDefects {
  const topology = JSON.parse(topojsonText) as Topology;
  const collection = topology.objects[TOPOJSON_OBJECT];
  if (collection?.type !== 'GeometryCollection') throw new Error(`TopoJSON has no GeometryCollection "${TOPOJSON_OBJECT}"`);
  const geometries = (collection as GeometryCollection).geometries;

  const spikes: SpikeDefect[] = [];
  const codesAt = new Map<string, Set<string>>();
  for (const object of geometries) {
    const code = String(object.id);
    for (const ring of polygonsOf((feature(topology, object) as Feature).geometry).flat()) {
      for (const spike of spikesOf(ring)) spikes.push({ code, at: spike.at, ...spike.shape });
      for (const position of ring) {
        const codes = codesAt.get(key(position)) ?? new Set<string>();
        codes.add(code);
        codesAt.set(key(position), codes);
      }
    }
  }

  const gaps: GapDefect[] = [];
  for (const { ring, areaM2, widthM } of unionHoles(topology, geometries)) {
    if (widthM >= gapWidthM || areaM2 < MIN_GAP_AREA_M2) continue;
    const codes = new Set(ring.flatMap((p) => [...(codesAt.get(key(p)) ?? [])]));
    gaps.push({ codes: [...codes].sort(), at: ring[0] as [number, number], areaM2, widthM, ring });
  }
  return { spikes, gaps };
}

const where = (at: readonly number[]) => `${at[0]?.toFixed(5)},${at[1]?.toFixed(5)}`;

/** One line per defect, code first, for a failing check or a report. */
export function describeDefects({ spikes, gaps }: MosaicDefects): string[] {
  return [
    ...spikes.map((s) => `${s.code}: spike at ${where(s.at)}, ${s.lengthM.toFixed(0)} m long, turn ${s.angleDeg.toFixed(2)}°`),
    ...gaps.map((g) => `${g.codes.join('/')}: gap at ${where(g.at)}, ${g.areaM2.toFixed(0)} m², ${g.widthM.toFixed(1)} m wide`),
  ];
}
