/**
 * Re-publishes a context layer (provincie, politie regionale eenheid, veiligheidsregio; raw files
 * `cbs_2024/{provincie,regionale_eenheid,veiligheidsregio}_2024.topojson`) in the shape of the
 * contract: one GeometryCollection named TOPOJSON_OBJECT, geometry id = statcode, properties { name }.
 *
 * The files are already small (18–30 kB), quantised TopoJSON with shared arcs, so the arcs and the
 * `transform` are copied unchanged (no re-quantisation, no re-simplification); only the object is
 * renamed and the properties are reduced. Every geometry and every decoded position is checked.
 */
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { GeometryInputError } from './geometry-input-error.ts';
import { lonLatProblem } from './wgs84.ts';

export interface PreparedContextGeometry {
  /** TopoJSON text: object TOPOJSON_OBJECT, geometry id = statcode, properties { name: statnaam }. */
  topojson: string;
  features: number;
}

export const CONTEXT_CODE_PROPERTY = 'statcode';
export const CONTEXT_NAME_PROPERTY = 'statnaam';

type Position = number[];
interface TopoGeometry {
  type?: unknown;
  arcs?: unknown;
  id?: unknown;
  properties?: unknown;
}
interface Topology {
  type?: unknown;
  bbox?: unknown;
  transform?: unknown;
  arcs?: unknown;
  objects?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function prepareContextGeometry(topojsonText: string, sourcePath: string, objectName: string): Promise<PreparedContextGeometry> {
  const file = sourcePath;
  let doc: unknown;
  try {
    doc = JSON.parse(topojsonText);
  } catch (error) {
    throw new GeometryInputError({ file }, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(doc)) throw new GeometryInputError({ file }, 'is not a TopoJSON object');
  const topology = doc as Topology;
  if (topology.type !== 'Topology') {
    throw new GeometryInputError({ file, field: 'type' }, `is ${JSON.stringify(topology.type ?? null)}, expected "Topology"`);
  }
  if (!isObject(topology.objects)) throw new GeometryInputError({ file, field: 'objects' }, 'is missing or not an object');
  const object = topology.objects[objectName];
  if (!isObject(object)) {
    throw new GeometryInputError(
      { file, field: `objects.${objectName}` },
      `is missing (objects in the file: ${Object.keys(topology.objects).join(', ') || 'none'})`,
    );
  }
  if (object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    throw new GeometryInputError({ file, field: `objects.${objectName}.type` }, 'expected a GeometryCollection with a geometries array');
  }
  if (object.geometries.length === 0) throw new GeometryInputError({ file, field: `objects.${objectName}.geometries` }, 'is empty');
  const arcs = topology.arcs;
  if (!Array.isArray(arcs)) throw new GeometryInputError({ file, field: 'arcs' }, 'is missing or not an array');
  const transform = readTransform(topology.transform, file);

  // Which geometry first uses each arc, so a bad coordinate can be reported against a feature.
  const arcUser: (string | undefined)[] = new Array(arcs.length);
  const firstIndex = new Map<string, number>();
  const geometries = (object.geometries as unknown[]).map((raw, index) => {
    const feature = `objects.${objectName}.geometries[${index}]`;
    if (!isObject(raw)) throw new GeometryInputError({ file, feature }, 'is not a TopoJSON geometry');
    const geometry = raw as TopoGeometry;
    if (!isObject(geometry.properties)) throw new GeometryInputError({ file, feature, field: 'properties' }, 'is missing or not an object');
    const code = geometry.properties[CONTEXT_CODE_PROPERTY];
    const name = geometry.properties[CONTEXT_NAME_PROPERTY];
    const codeField = `properties.${CONTEXT_CODE_PROPERTY}`;
    if (typeof code !== 'string' || code.trim() === '') {
      throw new GeometryInputError({ file, feature, field: codeField }, `is ${JSON.stringify(code ?? null)}; expected a non-empty string code`);
    }
    const previous = firstIndex.get(code);
    if (previous !== undefined) {
      throw new GeometryInputError({ file, feature, code, field: codeField }, `duplicate code: geometries[${previous}] has the same code`);
    }
    firstIndex.set(code, index);
    if (typeof name !== 'string' || name.trim() === '') {
      throw new GeometryInputError(
        { file, feature, code, field: `properties.${CONTEXT_NAME_PROPERTY}` },
        `is ${JSON.stringify(name ?? null)}; expected a name`,
      );
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new GeometryInputError({ file, feature, code, field: 'type' }, `is ${JSON.stringify(geometry.type ?? null)}; expected "Polygon" or "MultiPolygon"`);
    }
    const depth = geometry.type === 'Polygon' ? 2 : 3;
    forEachArcIndex(
      geometry.arcs,
      depth,
      'arcs',
      (arc, path) => {
        if (!Number.isInteger(arc) || (arc < 0 ? ~arc : arc) >= arcs.length) {
          throw new GeometryInputError({ file, feature, code, field: path }, `refers to arc ${String(arc)}, but the topology has ${arcs.length} arcs`);
        }
        const k = arc < 0 ? ~arc : arc;
        arcUser[k] ??= `${feature} (${code})`;
      },
      (path, problem) => {
        throw new GeometryInputError({ file, feature, code, field: path }, problem);
      },
    );
    return { type: geometry.type, arcs: geometry.arcs, id: code, properties: { name } };
  });

  arcs.forEach((arc, k) => {
    const user = arcUser[k];
    const where = { file, feature: user ?? `arcs[${k}] (not used by ${objectName})` };
    if (!Array.isArray(arc) || arc.length < 2) throw new GeometryInputError({ ...where, field: `arcs[${k}]` }, 'is not an array of at least 2 positions');
    let x = 0;
    let y = 0;
    arc.forEach((position: unknown, m) => {
      if (!Array.isArray(position) || position.length < 2) {
        throw new GeometryInputError({ ...where, field: `arcs[${k}][${m}]` }, `is ${JSON.stringify(position)}; expected a position`);
      }
      const [px, py] = position as Position;
      let lon: unknown = px;
      let lat: unknown = py;
      if (transform !== null) {
        if (!Number.isInteger(px) || !Number.isInteger(py)) {
          throw new GeometryInputError({ ...where, field: `arcs[${k}][${m}]` }, `is ${JSON.stringify(position)}; a quantised topology needs integer deltas`);
        }
        x += px as number;
        y += py as number;
        lon = x * transform.scale[0] + transform.translate[0];
        lat = y * transform.scale[1] + transform.translate[1];
      }
      const problem = lonLatProblem(lon, lat);
      if (problem !== null) throw new GeometryInputError({ ...where, field: `arcs[${k}][${m}]` }, problem);
    });
  });

  const output: Topology = {
    type: 'Topology',
    ...(topology.bbox === undefined ? {} : { bbox: topology.bbox }),
    ...(transform === null ? {} : { transform: topology.transform }),
    arcs,
    objects: { [TOPOJSON_OBJECT]: { type: 'GeometryCollection', geometries } },
  };
  return { topojson: JSON.stringify(output), features: geometries.length };
}

function readTransform(raw: unknown, file: string): { scale: [number, number]; translate: [number, number] } | null {
  if (raw === undefined) return null;
  const pair = (value: unknown): value is [number, number] =>
    Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!isObject(raw) || !pair(raw.scale) || !pair(raw.translate)) {
    throw new GeometryInputError({ file, field: 'transform' }, 'expected { scale: [x, y], translate: [x, y] }');
  }
  return { scale: raw.scale, translate: raw.translate };
}

/** Visit the arc indexes of a Polygon (depth 2: rings of arcs) or MultiPolygon (depth 3). */
function forEachArcIndex(
  value: unknown,
  depth: number,
  path: string,
  visit: (arc: number, path: string) => void,
  fail: (path: string, problem: string) => never,
): void {
  if (!Array.isArray(value) || value.length === 0) fail(path, 'is not a non-empty array');
  (value as unknown[]).forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    if (depth === 1) {
      if (typeof item !== 'number') fail(itemPath, `is ${JSON.stringify(item)}; expected an arc index`);
      visit(item as number, itemPath);
    } else forEachArcIndex(item, depth - 1, itemPath, visit, fail);
  });
}
