/**
 * Sanity of the boundary files, checked before mapshaper sees them (build.ts calls checkBoundaries once,
 * as its own stage). Every failure names the file, the feature (index and code) and the field:
 *   - codes in the GeoJSON properties match the level's pattern (GM+4, WK+6, BU+8);
 *   - every position lies in the Netherlands (wgs84.ts NL_BBOX, with margin); a [lat, lon] pair is named a swap;
 *   - rings that cross themselves are REPAIRED, not rejected, and listed as a build warning naming each
 *     feature: the official 2024 layers themselves hold some (per-feature simplification makes small
 *     bow-ties), and mapshaper -clean (prepare-level-geometry.ts) rebuilds them into valid polygons;
 *   - every register region of the level has a feature, unless listed in KNOWN_MISSING_GEOMETRY;
 *   - each wijk lies in its gemeente (and each buurt in its wijk) by area share of its bounding box:
 *     at least CONTAINMENT_SHARE of the child's box inside the parent's box. Boxes, not polygons: cheap,
 *     and enough to catch a feature moved, swapped or given the wrong code; polygon-exact containment is
 *     left to -clean's topology. Buurt layers may be approximate, so there it is a warning.
 * Rings closed and positions in WGS84 are checked again where the features are read (prepare-level-geometry.ts).
 * The file checked is the one the geometry stage reads: the official layer, else the level's fallback
 * (FALLBACK_BOUNDARY_FILES, e.g. the approximate buurt layer). An approximate layer may lack regions and
 * sit loosely in its parents: those become warnings (counted, first ones named), not errors.
 * A missing boundary file is an error, except for the levels in TABLE_ONLY_LEVELS (published as tables
 * only, with a build warning).
 */
import { CODE_PATTERN, LEVELS, type Level } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import { BOUNDARY_FILES, FALLBACK_BOUNDARY_FILES, type BoundarySpec } from '../sources/boundary-files.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { GeometryInputError } from './geometry-input-error.ts';
import { firstSelfCrossing } from './ring-intersections.ts';
import { netherlandsProblem } from './wgs84.ts';

/** Levels that may be published without a map when their boundary file is absent (no official buurt layer in the raw folder). */
export const TABLE_ONLY_LEVELS: readonly Level[] = ['buurt'];
/** Register regions known to have no boundary feature (none in the 2024 layers). */
export const KNOWN_MISSING_GEOMETRY: Record<Level, readonly string[]> = { gemeente: [], wijk: [], buurt: [] };
/**
 * Share of a child's bounding box that must lie inside its parent's box. The lowest on the 2024 wijk layer
 * is 87 % (WK196113, a coastal wijk whose box reaches past its gemeente's), the next 94 %; a wijk moved to
 * another gemeente or a swapped feature scores near 0 %.
 */
export const CONTAINMENT_SHARE = 0.75;

type Box = [number, number, number, number];
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

function checkFeature(geometry: unknown, at: FeatureAt, crossings: string[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { path, ring } of ringsOf(geometry)) {
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
  return box;
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

/** Check one level's boundary file; returns the bounding box per code. */
function checkLevel(text: string, file: string, level: Level, spec: BoundarySpec, register: RegionRegister, found: LevelFindings): Map<string, Box> {
  const { codeProperty } = spec;
  let doc: { features?: unknown };
  try {
    doc = JSON.parse(text) as { features?: unknown };
  } catch {
    return new Map(); // not JSON: prepare-level-geometry.ts reports it with the parser's message
  }
  const boxes = new Map<string, Box>();
  (Array.isArray(doc.features) ? doc.features : []).forEach((raw: unknown, index: number) => {
    const feature = `features[${index}]`;
    const f = raw as { properties?: Record<string, unknown>; geometry?: unknown } | null;
    const code = f?.properties?.[codeProperty];
    if (typeof code !== 'string') return; // the reader names a missing code
    if (!CODE_PATTERN[level].test(code)) {
      throw new GeometryInputError({ file, feature, code, field: `properties.${codeProperty}` }, `"${code}" is not a ${level} code (${CODE_PATTERN[level]})`);
    }
    boxes.set(code, checkFeature(f?.geometry, { file, feature, code }, found.crossings));
  });
  const known = new Set(KNOWN_MISSING_GEOMETRY[level]);
  const missing = register.byLevel[level].filter((r) => !boxes.has(r.code) && !known.has(r.code)).map((r) => r.code);
  if (missing.length > 0) {
    const problem = `${missing.length} ${level} regions of the 2024 register have no feature, first ${missing.slice(0, 5).join(', ')}`;
    if (!spec.approximate) throw new GeometryInputError({ file, field: `properties.${codeProperty}` }, problem);
    found.warnings.push(`${spec.path}: ${problem} (approximate layer; they have no map)`);
  }
  return boxes;
}

/** The boundary file the geometry stage reads for a level: the official one, else its fallback; null when neither exists. */
async function boundarySpecFor(raw: RawFolder, level: Level): Promise<BoundarySpec | null> {
  for (const spec of [BOUNDARY_FILES[level], FALLBACK_BOUNDARY_FILES[level]]) if (spec && (await raw.has(spec.path))) return spec;
  return null;
}

/** Each child's box inside its parent's; beyond the tolerance an error, or for an approximate layer one counted warning. */
function checkContainment(
  raw: RawFolder,
  register: RegionRegister,
  boxes: Partial<Record<Level, Map<string, Box>>>,
  specs: Partial<Record<Level, BoundarySpec>>,
): string[] {
  const parentOf: [Level, Level, (code: string) => string | null][] = [
    ['wijk', 'gemeente', (code) => register.byCode.get(code)?.gemeenteCode ?? null],
    ['buurt', 'wijk', (code) => register.byCode.get(code)?.wijkCode ?? null],
  ];
  const warnings: string[] = [];
  for (const [child, parent, parentCode] of parentOf) {
    const childBoxes = boxes[child];
    const parentBoxes = boxes[parent];
    const spec = specs[child];
    if (!childBoxes || !parentBoxes || !spec) continue;
    const loose: string[] = [];
    for (const [code, box] of childBoxes) {
      const parentBox = parentBoxes.get(parentCode(code) ?? '');
      if (!parentBox) continue;
      const share = insideShare(box, parentBox);
      if (share >= CONTAINMENT_SHARE) continue;
      const problem = `${child} ${code} lies ${Math.round(share * 100)} % inside its ${parent} ${parentCode(code)} (bounding boxes; at least ${CONTAINMENT_SHARE * 100} % expected)`;
      if (!spec.approximate) throw new GeometryInputError({ file: raw.path(spec.path), code, field: 'geometry' }, problem);
      loose.push(problem);
    }
    if (loose.length > 0)
      warnings.push(
        `${spec.path}: ${loose.length} ${child} regions lie partly outside their ${parent} (approximate layer), first: ${loose.slice(0, 3).join('; ')}`,
      );
  }
  return warnings;
}

/** Check every level's boundary file; returns the warnings (table-only levels, approximate layers, repaired rings). */
export async function checkBoundaries(raw: RawFolder, register: RegionRegister): Promise<string[]> {
  const warnings: string[] = [];
  const boxes: Partial<Record<Level, Map<string, Box>>> = {};
  const specs: Partial<Record<Level, BoundarySpec>> = {};
  for (const level of LEVELS) {
    const spec = await boundarySpecFor(raw, level);
    if (spec === null) {
      const { path } = BOUNDARY_FILES[level];
      if (!TABLE_ONLY_LEVELS.includes(level)) {
        throw new GeometryInputError(
          { file: raw.path(path) },
          `is missing: the ${level} level needs its boundary file (only ${TABLE_ONLY_LEVELS.join(', ')} may be table-only)`,
        );
      }
      warnings.push(`${path}: no boundary file, the ${level} level is published as tables only`);
      continue;
    }
    specs[level] = spec;
    const { text, file } = await raw.readText(spec.path);
    const found: LevelFindings = { crossings: [], warnings: [] };
    boxes[level] = checkLevel(text, file, level, spec, register, found);
    warnings.push(...found.warnings);
    if (found.crossings.length > 0) {
      warnings.push(
        `${spec.path}: ${found.crossings.length} rings cross themselves; mapshaper -clean repairs them (first: ${found.crossings.slice(0, 3).join('; ')})`,
      );
    }
  }
  return [...warnings, ...checkContainment(raw, register, boxes, specs)];
}
