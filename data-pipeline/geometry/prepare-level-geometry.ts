/**
 * Turns one boundary layer (GeoJSON, WGS84) into the TopoJSON the app draws for a level
 * (contract: dataFile.geometry(level), object TOPOJSON_OBJECT, geometry id = region code).
 *
 * The CBS/PDOK layers we get were simplified feature by feature, so two neighbours each carry their
 * own version of the shared border: thin gaps and overlaps (tens of metres) that show as slivers when
 * zoomed in, and no shared arcs. mapshaper rebuilds one topology for the whole layer:
 *   1. snap vertices of neighbours that nearly coincide (SNAP_INTERVAL_DEG);
 *   2. -clean: cut overlaps and give each piece to one neighbour, fill gaps narrower than
 *      GAP_WIDTH_M (or, with splitGaps, split each gap between its neighbours: split-gaps.ts), so every
 *      border is a single arc used by both neighbours. Overlaps go to the
 *      smaller feature (overlap-rule=min-area), so small regions next to large ones — and land wijken
 *      next to the big water-only wijken that are dropped afterwards — keep their area (wijken, area
 *      change after cleaning: p99 2.8 %, max 10 %; with mapshaper's default max-area 4.7 % / 18 %);
 *   3. drop the features that are not regions (keepCodes) — after cleaning, so the area of a dropped
 *      feature (a water-only wijk, Buitenland) is not handed to its neighbours;
 *   4. simplify along the shared arcs (neighbours stay seamless), keeping every ring (clean-layer.ts),
 *      and hand the needles that cleaning and simplifying leave to a neighbour (remove-spikes.ts);
 *   5. write TopoJSON with quantised coordinates, one property and id = code.
 */
// From its module, not '@atlas/contract': that would bring the contract's schemas (and zod) into the geometry worker's
// bundle (geometry-worker.ts), which needs this one name.
import { TOPOJSON_OBJECT } from '../../contract/files.ts';
import { GeometryInputError } from './geometry-input-error.ts';
import { cleanLayer } from './clean-layer.ts';
import { splitGapLayer } from './split-gaps.ts';
import { outputText } from './mapshaper-run.ts';
import { removeLayerSpikes } from './remove-spikes.ts';
import { readLabelPoints, type LabelPoint } from './label-points.ts';
import { crsProblem, lonLatProblem } from './wgs84.ts';

export interface PrepareGeometryInput {
  /** GeoJSON FeatureCollection text (WGS84), e.g. a CBS/PDOK Wijk- en buurtkaart layer. */
  geojsonText: string;
  /** Path of the file, for error messages. */
  sourcePath: string;
  /** Property that carries the region code (gemeentecode / wijkcode / buurtcode / statcode). */
  codeProperty: string;
  /** Only these codes are kept (the region register; drops water-only wijken and GM0998 Buitenland). */
  keepCodes: ReadonlySet<string>;
  /** Simplification for screen use: share of removable vertices kept (mapshaper -simplify percentage), e.g. 0.15. */
  keepShare: number;
  /** Snap distance and gap width for this layer (default SNAP_INTERVAL_DEG, GAP_WIDTH_M). */
  snapDeg?: number | undefined;
  gapM?: number | undefined;
  /** Split each gap between its neighbours instead of giving it to one (split-gaps.ts; the approximate buurt layer). */
  splitGaps?: boolean | undefined;
}

export interface PreparedGeometry {
  /** TopoJSON text: one GeometryCollection named TOPOJSON_OBJECT; each geometry has id = code and properties { code }. */
  topojson: string;
  /** Geometries in the output (= keepCodes found in the input, minus any that lost all area while cleaning). */
  features: number;
  /** Codes of keepCodes without a geometry in the output (no feature in the input, or — never seen on the CBS layers — cleaned away), sorted. */
  missingCodes: string[];
  /** Codes of input features that are not in keepCodes and were left out, sorted. */
  droppedCodes: string[];
  /** A point inside each output geometry (mapshaper's inner point of its largest part) and its bounds, for labels and search. */
  labelPoints: Map<string, LabelPoint>;
}

/**
 * Snap distance, in degrees (the unit of the coordinates; mapshaper takes it unconverted for lon/lat
 * data). 0.0002° is about 14 m east–west and 22 m north–south at 52° N. Chosen because:
 * - it is 20× the grid of the sources (coordinates rounded to 5 decimals, 0.00001°), so vertices of
 *   two neighbours that are meant to be the same point but drifted apart in the separate
 *   simplification / rounding are merged before -clean, which would otherwise turn each near-miss
 *   into a micro-sliver and a tiny extra arc (gemeenten: 15 → 6 holes left in the union, 5 % fewer arcs);
 * - it is below the per-feature simplification tolerance of the sources (0.0005° ≈ 35–55 m for
 *   wijken), so it does not bridge real detail at that scale; the larger mismatches are -clean's job;
 * - it is 1–2 screen pixels at web-map zoom 13 (≈ 12 m per pixel at 52° N), under a pixel at zoom
 *   12 and below, so the merge is not visible on a choropleth.
 * Larger values approach the sources' own tolerance and would move real vertices of small features;
 * smaller values (0.00005°) leave more near-misses to -clean (gemeenten: as many holes as without
 * snapping). Buurten are the smallest features (a few hundred metres across); re-check this value
 * when a real buurt file arrives.
 */
export const SNAP_INTERVAL_DEG = 0.0002;

/**
 * -clean fills gaps narrower than this (width = 2·area/perimeter of the gap, in metres).
 * Two neighbours each simplified with tolerance t leave gaps at most 2t wide (wijken: 2 × 0.0005° ≈
 * 70–110 m at the widest point, less on average), so 100 m closes them; set explicitly rather than
 * mapshaper's automatic width, which depends on the data (≈ 200–290 m on the gemeente layer, where it
 * also filled real water between gemeenten) and is slower to compute.
 */
export const GAP_WIDTH_M = 100;

/** TopoJSON quantisation: 100,000 steps over the layer's bounding box (≈ 3 m in the Netherlands). */
export const QUANTIZATION = 100_000;

/** The one property kept on each output geometry; its value is also the geometry id. */
export const CODE_FIELD = 'code';

const KEEP_FLAG = 'keep__';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function prepareLevelGeometry(input: PrepareGeometryInput): Promise<PreparedGeometry> {
  const { sourcePath: file, codeProperty, keepCodes, keepShare, snapDeg = SNAP_INTERVAL_DEG, gapM = GAP_WIDTH_M, splitGaps = false } = input;
  if (!(typeof keepShare === 'number' && keepShare > 0 && keepShare <= 1)) {
    throw new Error(`${file}: keepShare must be a number in (0, 1], got ${String(keepShare)}`);
  }

  const features = readFeatures(input.geojsonText, file, codeProperty);
  const kept = features.filter((f) => keepCodes.has(f.code));
  const droppedCodes = features
    .filter((f) => !keepCodes.has(f.code))
    .map((f) => f.code)
    .sort();

  let topojson: string;
  let labelPoints = new Map<string, LabelPoint>();
  if (kept.length === 0) {
    topojson = JSON.stringify({ type: 'Topology', arcs: [], objects: { [TOPOJSON_OBJECT]: { type: 'GeometryCollection', geometries: [] } } });
  } else {
    const collection = {
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        properties: { [CODE_FIELD]: f.code, [KEEP_FLAG]: keepCodes.has(f.code) ? 1 : 0 },
        geometry: f.geometry,
      })),
    };
    const layerJson = JSON.stringify(collection);
    // Either route leaves the layer cleaned and simplified; spikes are then repaired on the published grid, and this
    // run only rebuilds the topology (the clean route has dropped the other regions already, the split route not).
    const keepExpression = `${KEEP_FLAG} === 1`;
    const routed = splitGaps
      ? await splitGapLayer(runMapshaper, layerJson, snapDeg, gapM)
      : await cleanLayer(runMapshaper, layerJson, { snapDeg, gapM, keepShare, keepExpression });
    const despiked = removeLayerSpikes(routed, QUANTIZATION).layerJson;
    const commands = [
      '-quiet',
      '-i layer.json',
      `-filter "${keepExpression}"`,
      `-filter-fields ${CODE_FIELD}`,
      `-rename-layers ${TOPOJSON_OBJECT}`,
      `-o out.topojson format=topojson quantization=${QUANTIZATION} id-field=${CODE_FIELD}`,
      // Bounds before the points replace the shapes, carried as attributes onto the label points.
      `-each "west=this.bounds[0],south=this.bounds[1],east=this.bounds[2],north=this.bounds[3]"`,
      `-points inner + name=labels`,
      `-o labels.json format=geojson precision=0.00001 target=labels`,
    ].join(' ');
    let output: Record<string, string | Uint8Array>;
    try {
      output = await runMapshaper(commands, { 'layer.json': despiked });
    } catch (error) {
      throw new Error(`${file}: mapshaper failed on \`${commands}\`: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    topojson = outputText(output['out.topojson'], `TopoJSON for ${file} (\`${commands}\`)`);
    labelPoints = readLabelPoints(output['labels.json'], file);
  }

  const output = readOutput(topojson, file);
  const missingCodes = [...keepCodes].filter((code) => !output.codes.has(code)).sort();
  return { topojson: output.topojson, features: output.codes.size, missingCodes, droppedCodes, labelPoints };
}

interface InputFeature {
  code: string;
  geometry: JsonObject;
}

/** Parse and check the FeatureCollection; every problem names the file, the feature and the field. */
function readFeatures(text: string, file: string, codeProperty: string): InputFeature[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new GeometryInputError({ file }, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(doc)) throw new GeometryInputError({ file }, 'is not a GeoJSON object');
  if (doc.type !== 'FeatureCollection') {
    throw new GeometryInputError({ file, field: 'type' }, `is ${JSON.stringify(doc.type ?? null)}, expected "FeatureCollection"`);
  }
  const crs = crsProblem(doc.crs);
  if (crs !== null) throw new GeometryInputError({ file, field: 'crs' }, crs);
  if (!Array.isArray(doc.features)) throw new GeometryInputError({ file, field: 'features' }, 'is not an array');
  if (doc.features.length === 0) throw new GeometryInputError({ file, field: 'features' }, 'is empty');

  const firstIndex = new Map<string, number>();
  const result: InputFeature[] = [];
  doc.features.forEach((raw, index) => {
    const feature = `features[${index}]`;
    if (!isObject(raw) || raw.type !== 'Feature') throw new GeometryInputError({ file, feature, field: 'type' }, 'is not a GeoJSON Feature');
    if (!isObject(raw.properties)) throw new GeometryInputError({ file, feature, field: 'properties' }, 'is missing or not an object');
    const field = `properties.${codeProperty}`;
    const code = raw.properties[codeProperty];
    if (code === undefined || code === null) throw new GeometryInputError({ file, feature, field }, 'is missing (every feature needs a region code)');
    if (typeof code !== 'string' || code.trim() === '') {
      throw new GeometryInputError({ file, feature, field }, `is ${JSON.stringify(code)}; expected a non-empty string code`);
    }
    const previous = firstIndex.get(code);
    if (previous !== undefined) {
      throw new GeometryInputError({ file, feature, code, field }, `duplicate code: features[${previous}] has the same code`);
    }
    firstIndex.set(code, index);
    const geometry = raw.geometry;
    if (!isObject(geometry)) throw new GeometryInputError({ file, feature, code, field: 'geometry' }, 'is missing or null');
    checkPolygonal(geometry, { file, feature, code });
    result.push({ code, geometry });
  });
  return result;
}

interface Where {
  file: string;
  feature: string;
  code: string;
}

function checkPolygonal(geometry: JsonObject, where: Where): void {
  const { type, coordinates } = geometry;
  const fail = (path: string, problem: string): never => {
    throw new GeometryInputError({ ...where, field: `geometry.coordinates${path}` }, problem);
  };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    throw new GeometryInputError({ ...where, field: 'geometry.type' }, `is ${JSON.stringify(type ?? null)}; expected "Polygon" or "MultiPolygon"`);
  }
  if (!Array.isArray(coordinates)) fail('', 'is not an array');
  const checkRing = (ring: Json, path: string) => {
    if (!Array.isArray(ring)) return fail(path, 'is not an array of positions');
    if (ring.length < 4) fail(path, `is a ring of ${ring.length} positions; a closed ring needs at least 4`);
    ring.forEach((position, k) => {
      if (!Array.isArray(position) || position.length < 2) return fail(`${path}[${k}]`, `is ${JSON.stringify(position)}; expected [lon, lat]`);
      const problem = lonLatProblem(position[0], position[1]);
      if (problem !== null) fail(`${path}[${k}]`, problem);
    });
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) fail(path, 'is not closed (first and last position differ)');
  };
  const checkPolygon = (polygon: Json, path: string) => {
    if (!Array.isArray(polygon) || polygon.length === 0) return fail(path, 'is not a non-empty array of rings');
    polygon.forEach((ring, r) => checkRing(ring, `${path}[${r}]`));
  };
  const list = coordinates as Json[];
  if (type === 'Polygon') checkPolygon(list, '');
  else {
    if (list.length === 0) fail('', 'is an empty MultiPolygon');
    list.forEach((polygon, p) => checkPolygon(polygon, `[${p}]`));
  }
}

/**
 * The ids of the output object; also checks that mapshaper wrote what the contract promises, and
 * removes geometries left without area (reported as missing; not seen on the CBS layers).
 */
function readOutput(topojson: string, file: string): { topojson: string; codes: Set<string> } {
  const topology = JSON.parse(topojson) as { objects?: Record<string, { geometries?: { id?: unknown; type?: unknown }[] }> };
  const object = topology.objects?.[TOPOJSON_OBJECT];
  if (object === undefined || !Array.isArray(object.geometries)) throw new Error(`${file}: output TopoJSON has no object "${TOPOJSON_OBJECT}"`);
  const codes = new Set<string>();
  const withArea = object.geometries.filter((geometry) => geometry.type !== null && geometry.type !== undefined);
  for (const geometry of withArea) {
    if (typeof geometry.id !== 'string') throw new Error(`${file}: output geometry without a string id`);
    codes.add(geometry.id);
  }
  if (withArea.length === object.geometries.length) return { topojson, codes };
  object.geometries = withArea;
  return { topojson: JSON.stringify(topology), codes };
}

/**
 * mapshaper keeps some state in module globals while a command runs, so runs are queued rather than
 * interleaved when a caller starts several levels at once. Imported on first use: loading it costs ~0.3 s CPU
 * and ~40 MB, and a build whose layers all come from the geometry cache never runs it.
 */
let queue: Promise<unknown> = Promise.resolve();
function runMapshaper(commands: string, files: Record<string, string>): Promise<Record<string, string | Uint8Array>> {
  const run = queue.then(async () => (await import('mapshaper')).default.applyCommands(commands, files));
  queue = run.catch(() => undefined);
  return run;
}
