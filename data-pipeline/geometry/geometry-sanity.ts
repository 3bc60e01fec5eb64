/**
 * Sanity of the boundary files, checked before mapshaper sees them (build.ts calls checkBoundaries once,
 * as its own stage). Every failure names the file, the feature (index and code) and the field:
 *   - codes in the GeoJSON properties match the level's pattern (GM+4, WK+6, BU+8);
 *   - every position lies in the Netherlands (wgs84.ts NL_BBOX, with margin); a [lat, lon] pair is named a swap;
 *   - rings that cross themselves are REPAIRED, not rejected, and listed as a build warning naming each
 *     feature: the official 2024 layers themselves hold some (per-feature simplification makes small
 *     bow-ties), and mapshaper -clean (prepare-level-geometry.ts) rebuilds them into valid polygons;
 *   - every register region of the level has a feature, unless listed in KNOWN_MISSING_GEOMETRY;
 *   - each wijk lies in its gemeente (and each buurt in its wijk) by AREA share: the share of the child's
 *     area inside its parent, estimated by sampling points over the child and testing them against the
 *     parent polygon (method and accuracy: sanity-area-share.ts), must reach CONTAINMENT_SHARE, or
 *     APPROXIMATE_CONTAINMENT_SHARE for an approximate layer. A wijk of open water (CBS "Groot water", which
 *     the land-clipped gemeente layer does not cover) is checked by bounding boxes instead (BOX_CONTAINMENT_SHARE).
 * Rings closed and positions in WGS84 are checked again where the features are read (prepare-level-geometry.ts).
 * The file checked is the one the geometry stage reads: the official layer, else the level's fallback
 * (FALLBACK_BOUNDARY_FILES, e.g. the approximate buurt layer). An approximate layer may lack regions and
 * sit loosely in its parents: those become warnings (counted, first ones named), not errors.
 * A missing boundary file is an error, except for the levels in TABLE_ONLY_LEVELS (boundary-inputs.ts; published as tables
 * only, with a build warning).
 */
import { CODE_PATTERN, LEVELS, type Level } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import { BOUNDARY_FILES, type BoundarySpec } from '../sources/boundary-files.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { writeJsonCache } from '../io/json-cache.ts';
import { boundaryChecksFile, readBoundaryChecks } from './boundary-checks-cache.ts';
import type { BoundaryInput } from './boundary-inputs.ts';
import { GeometryInputError } from './geometry-input-error.ts';
import { firstSelfCrossing } from './ring-intersections.ts';
import { BandedPolygon, PolygonLayer, areaShareInside, type Box, type Ring } from './sanity-area-share.ts';
import { netherlandsProblem } from './wgs84.ts';

/** Register regions known to have no boundary feature (none in the 2024 layers). */
export const KNOWN_MISSING_GEOMETRY: Record<Level, readonly string[]> = { gemeente: [], wijk: [], buurt: [] };
/**
 * Area share of a child that must lie inside its parent (official layers). The lowest on the 2024 wijk
 * layer is 89 % (WK039702, along the coast), the next 91 %; a wijk moved to another gemeente, swapped, or
 * given another gemeente's code scores near 0 %. Half leaves room for sampling error (≤ 7 points) and
 * for border simplification.
 */
export const CONTAINMENT_SHARE = 0.5;
/**
 * The same for an approximate layer (boundary-files.ts: borders off by tens of metres, up to about 100 m in
 * the largest gemeenten). A 100 m shift takes 40 % of a buurt 250 m wide out of its wijk; the lowest on the
 * 2024 approximate buurt layer is 33 % (BU03881002, a small harbour buurt of Enkhuizen), the next 52 %.
 * Between this and CONTAINMENT_SHARE a buurt is accepted with a counted warning; below it, an error.
 */
export const APPROXIMATE_CONTAINMENT_SHARE = 0.2;
/** Bounding-box share for children the parent layer does not cover (open water): the lowest in 2024 is 87 %. */
export const BOX_CONTAINMENT_SHARE = 0.75;

type Position = [number, number];
const isPositionList = (value: unknown): value is Position[] =>
  Array.isArray(value) && value.every((p) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number');

interface FeatureAt {
  file: string;
  feature: string;
  code: string;
}

/** Rings of a Polygon or MultiPolygon with their JSON paths; shapes that are not rings are left to the reader's checks. */
function ringsOf(geometry: unknown): { path: string; ring: Position[] }[] {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? g.coordinates : [];
  const prefix = (p: number) => (g?.type === 'Polygon' ? '' : `[${p}]`);
  return polygons.flatMap((polygon: unknown, p: number) =>
    Array.isArray(polygon) ? polygon.flatMap((ring: unknown, r: number) => (isPositionList(ring) ? [{ path: `${prefix(p)}[${r}]`, ring }] : [])) : [],
  );
}

/** A checked feature: where it is in its file, its rings and bounding box. */
interface Shape {
  feature: string;
  rings: Ring[];
  box: Box;
}

function checkFeature(geometry: unknown, at: FeatureAt, crossings: string[]): Shape {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = ringsOf(geometry);
  for (const { path, ring } of rings) {
    ring.forEach(([lon, lat], k) => {
      const problem = netherlandsProblem(lon, lat);
      if (problem !== null) throw new GeometryInputError({ ...at, field: `geometry.coordinates${path}[${k}]` }, problem);
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    });
    const crossing = firstSelfCrossing(ring);
    if (crossing >= 0) crossings.push(`${at.feature} (${at.code}) at "geometry.coordinates${path}[${crossing}]"`);
  }
  return { feature: at.feature, rings: rings.map((r) => r.ring), box };
}

const area = (b: Box): number => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
const insideShare = (child: Box, parent: Box): number => {
  const overlap = area([Math.max(child[0], parent[0]), Math.max(child[1], parent[1]), Math.min(child[2], parent[2]), Math.min(child[3], parent[3])]);
  return area(child) === 0 ? 1 : overlap / area(child);
};

interface LevelFindings {
  crossings: string[];
  warnings: string[];
}

/** Check one level's boundary file; returns the shape per code. */
function checkLevel(text: string, file: string, level: Level, spec: BoundarySpec, register: RegionRegister, found: LevelFindings): Map<string, Shape> {
  const { codeProperty } = spec;
  let doc: { features?: unknown };
  try {
    doc = JSON.parse(text) as { features?: unknown };
  } catch {
    return new Map(); // not JSON: prepare-level-geometry.ts reports it with the parser's message
  }
  const shapes = new Map<string, Shape>();
  (Array.isArray(doc.features) ? doc.features : []).forEach((raw: unknown, index: number) => {
    const feature = `features[${index}]`;
    const f = raw as { properties?: Record<string, unknown>; geometry?: unknown } | null;
    const code = f?.properties?.[codeProperty];
    if (typeof code !== 'string') return; // the reader names a missing code
    if (!CODE_PATTERN[level].test(code)) {
      throw new GeometryInputError({ file, feature, code, field: `properties.${codeProperty}` }, `"${code}" is not a ${level} code (${CODE_PATTERN[level]})`);
    }
    shapes.set(code, checkFeature(f?.geometry, { file, feature, code }, found.crossings));
  });
  const known = new Set(KNOWN_MISSING_GEOMETRY[level]);
  const missing = register.byLevel[level].filter((r) => !shapes.has(r.code) && !known.has(r.code)).map((r) => r.code);
  if (missing.length > 0) {
    const problem = `${missing.length} ${level} regions of the 2024 register have no feature, first ${missing.slice(0, 5).join(', ')}`;
    if (!spec.approximate) throw new GeometryInputError({ file, field: `properties.${codeProperty}` }, problem);
    found.warnings.push(`${spec.path}: ${problem} (approximate layer; they have no map)`);
  }
  return shapes;
}

interface ContainmentCase {
  child: Level;
  parent: Level;
  parentCode: (code: string) => string | null;
}

/** The share of one child inside its parent, and how it was measured. */
function containmentShare(shape: Shape, parent: BandedPolygon, parentLayer: PolygonLayer): { share: number; byArea: boolean } {
  const share = areaShareInside(shape.rings, parent, parentLayer, shape.box);
  return share === null ? { share: insideShare(shape.box, parent.box), byArea: false } : { share, byArea: true };
}

/** The share below which a child is reported (`needed`) and below which it is an error (`hard`). */
function tolerance(byArea: boolean, approximate: boolean): { needed: number; hard: number } {
  if (!byArea) return { needed: BOX_CONTAINMENT_SHARE, hard: BOX_CONTAINMENT_SHARE };
  return { needed: CONTAINMENT_SHARE, hard: approximate ? APPROXIMATE_CONTAINMENT_SHARE : CONTAINMENT_SHARE };
}

/** Each child inside its parent by area share; beyond the tolerance an error, for an approximate layer down to its own tolerance a counted warning. */
function checkContainment(
  raw: RawFolder,
  register: RegionRegister,
  shapes: Partial<Record<Level, Map<string, Shape>>>,
  specs: Partial<Record<Level, BoundarySpec>>,
): string[] {
  const cases: ContainmentCase[] = [
    { child: 'wijk', parent: 'gemeente', parentCode: (code) => register.byCode.get(code)?.gemeenteCode ?? null },
    { child: 'buurt', parent: 'wijk', parentCode: (code) => register.byCode.get(code)?.wijkCode ?? null },
  ];
  const warnings: string[] = [];
  for (const { child, parent, parentCode } of cases) {
    const children = shapes[child];
    const parents = shapes[parent];
    const spec = specs[child];
    if (!children || !parents || !spec) continue;
    const polygons = new Map([...parents].map(([code, shape]) => [code, new BandedPolygon(shape.rings)]));
    const parentLayer = new PolygonLayer([...polygons.values()]);
    const loose: string[] = [];
    for (const [code, shape] of children) {
      const ofParent = parentCode(code) ?? '';
      const parentPolygon = polygons.get(ofParent);
      if (!parentPolygon) continue;
      const { share, byArea } = containmentShare(shape, parentPolygon, parentLayer);
      const { needed, hard } = tolerance(byArea, spec.approximate);
      if (share >= needed) continue;
      const problem = `${child} ${code} lies ${Math.round(share * 100)} % inside its ${parent} ${ofParent} (${byArea ? 'area share' : 'bounding boxes, open water'}; at least ${Math.round((share < hard ? hard : needed) * 100)} % expected)`;
      if (share < hard) throw new GeometryInputError({ file: raw.path(spec.path), feature: shape.feature, code, field: 'geometry' }, problem);
      loose.push(problem);
    }
    if (loose.length > 0)
      warnings.push(
        `${spec.path}: ${loose.length} ${child} regions lie partly outside their ${parent} (approximate layer), first: ${loose.slice(0, 3).join('; ')}`,
      );
  }
  return warnings;
}

/**
 * Check every level's boundary file; returns the warnings (table-only levels, approximate layers, repaired rings).
 * With a cache folder, the warnings of a passed check are kept under the sha256 of the files and the register
 * (boundary-checks-cache.ts): the same bytes against the same register pass with the same warnings, and the
 * parsing and area sampling (about a second) are skipped. A failing check is never kept.
 */
export async function checkBoundaries(
  raw: RawFolder,
  register: RegionRegister,
  inputs: readonly BoundaryInput[],
  cacheDir: string | null = null,
): Promise<string[]> {
  const cacheFile = cacheDir === null ? null : boundaryChecksFile(cacheDir, raw.root, inputs, register);
  const cached = cacheFile === null ? null : await readBoundaryChecks(cacheFile);
  if (cached) return cached;

  const warnings: string[] = [];
  const shapes: Partial<Record<Level, Map<string, Shape>>> = {};
  const specs: Partial<Record<Level, BoundarySpec>> = {};
  for (const level of LEVELS) {
    const input = inputs.find((i) => i.level === level);
    if (!input) {
      warnings.push(`${BOUNDARY_FILES[level].path}: no boundary file, the ${level} level is published as tables only`);
      continue;
    }
    const { spec, text, file } = input;
    specs[level] = spec;
    const found: LevelFindings = { crossings: [], warnings: [] };
    shapes[level] = checkLevel(text, file, level, spec, register, found);
    warnings.push(...found.warnings);
    if (found.crossings.length > 0) {
      warnings.push(
        `${spec.path}: ${found.crossings.length} rings cross themselves; mapshaper -clean repairs them (first: ${found.crossings.slice(0, 3).join('; ')})`,
      );
    }
  }
  warnings.push(...checkContainment(raw, register, shapes, specs));
  if (cacheFile !== null) await writeJsonCache(cacheFile, warnings);
  return warnings;
}
