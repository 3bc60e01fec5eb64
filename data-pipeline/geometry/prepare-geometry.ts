/**
 * Stage 5: the map layers. Every level with a boundary file becomes TopoJSON holding exactly the register's
 * regions; the aggregate layers become context TopoJSON. Kept in memory until publish/ writes them.
 */
import { AGGREGATES, LEVELS, dataFile, type Aggregate, type Level } from '@atlas/contract';
import type { RegionRegister } from '../regions/register.ts';
import { BOUNDARY_FILES, CONTEXT_FILES } from '../sources/boundary-files.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { prepareContextGeometry } from './context-geometry.ts';
import { prepareLevelGeometry } from './prepare-level-geometry.ts';

export interface GeometryOutcome {
  features: Record<Level, number>;
  codes: Record<Level, Set<string>>;
  contextFeatures: Record<Aggregate, number>;
  notes: string[];
  missingLevels: Level[];
}

/** One TopoJSON file to publish, at its path under the data folder. */
export type GeometryLayer =
  | { path: string; kind: 'geometry'; level: Level; topojson: string }
  | { path: string; kind: 'context-geometry'; level: Aggregate; topojson: string };

export interface PreparedGeometrySet {
  /** Level layers in LEVELS order, then context layers in AGGREGATES order. */
  layers: GeometryLayer[];
  outcome: GeometryOutcome;
}

/** Prepare the geometry of every level that has a boundary file, and the context layers. */
export async function prepareGeometry(raw: RawFolder, register: RegionRegister): Promise<PreparedGeometrySet> {
  const layers: GeometryLayer[] = [];
  const outcome: GeometryOutcome = {
    features: { gemeente: 0, wijk: 0, buurt: 0 },
    codes: { gemeente: new Set(), wijk: new Set(), buurt: new Set() },
    contextFeatures: { provincie: 0, veiligheidsregio: 0, politie_eenheid: 0 },
    notes: [],
    missingLevels: [],
  };
  for (const level of LEVELS) {
    const spec = BOUNDARY_FILES[level];
    if (!(await raw.has(spec.path))) {
      outcome.missingLevels.push(level);
      outcome.notes.push(`Geen grenzenbestand voor ${level} (${spec.path}); dit niveau is alleen als tabel gepubliceerd.`);
      continue;
    }
    const { text, file } = await raw.readText(spec.path);
    const keepCodes = new Set(register.byLevel[level].map((r) => r.code));
    const prepared = await prepareLevelGeometry({ geojsonText: text, sourcePath: file, codeProperty: spec.codeProperty, keepCodes, keepShare: spec.keepShare });
    layers.push({ path: dataFile.geometry(level), kind: 'geometry', level, topojson: prepared.topojson });
    outcome.features[level] = prepared.features;
    const missing = new Set(prepared.missingCodes);
    outcome.codes[level] = new Set([...keepCodes].filter((code) => !missing.has(code)));
    if (prepared.droppedCodes.length > 0) {
      outcome.notes.push(`${level}: ${prepared.droppedCodes.length} grensvlakken zonder gebied in de indeling 2024 weggelaten (water en Buitenland).`);
    }
    if (prepared.missingCodes.length > 0) outcome.notes.push(`${level}: ${prepared.missingCodes.length} gebieden zonder grensvlak.`);
  }
  for (const aggregate of AGGREGATES) {
    const spec = CONTEXT_FILES[aggregate];
    const { text, file } = await raw.readText(spec.path);
    const prepared = await prepareContextGeometry(text, file, spec.object);
    layers.push({ path: dataFile.context(aggregate), kind: 'context-geometry', level: aggregate, topojson: prepared.topojson });
    outcome.contextFeatures[aggregate] = prepared.features;
  }
  return { layers, outcome };
}
