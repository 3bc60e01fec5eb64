import { prepareContextGeometry } from '../geometry/context-geometry.ts';
import { prepareLevelGeometry } from '../geometry/prepare-level-geometry.ts';
import type { RegionRegister } from '../regions/register.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { AGGREGATES, LEVELS, dataFile, type Aggregate, type Level, type PublishedFile } from '@atlas/contract';

/**
 * keepShare is high because the sources are already simplified per feature: lower shares shrink small
 * wijken badly (at 0.15 some lose over 90 % of their area; at 0.7 none change more than 25 %).
 * Boundary layers per level as the CBS/PDOK Wijk- en buurtkaart names them; buurten only when a file is present. */
export const BOUNDARY_FILES: Record<Level, { path: string; codeProperty: string; keepShare: number }> = {
  gemeente: { path: 'boundaries/cbs_2024/gemeenten_2024.geojson', codeProperty: 'gemeentecode', keepShare: 0.5 },
  wijk: { path: 'boundaries/cbs_2024/wijken_2024.geojson', codeProperty: 'wijkcode', keepShare: 0.7 },
  buurt: { path: 'boundaries/cbs_2024/buurten_2024.geojson', codeProperty: 'buurtcode', keepShare: 0.8 },
};

export const CONTEXT_FILES: Record<Aggregate, { path: string; object: string }> = {
  provincie: { path: 'boundaries/cbs_2024/provincie_2024.topojson', object: 'provincie_2024' },
  veiligheidsregio: { path: 'boundaries/cbs_2024/veiligheidsregio_2024.topojson', object: 'veiligheidsregio_2024' },
  politie_eenheid: { path: 'boundaries/cbs_2024/regionale_eenheid_2024.topojson', object: 'regionale_eenheid_2024' },
};

export interface GeometryOutcome {
  features: Record<Level, number>;
  codes: Record<Level, Set<string>>;
  contextFeatures: Record<Aggregate, number>;
  notes: string[];
  missingLevels: Level[];
}

type Write = (path: string, data: string, kind: PublishedFile['kind'], level?: Level | Aggregate) => Promise<void>;

/** Prepare and write the geometry of every level that has a boundary file, and the context layers. */
export async function publishGeometry(raw: RawFolder, register: RegionRegister, write: Write): Promise<GeometryOutcome> {
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
    await write(dataFile.geometry(level), prepared.topojson, 'geometry', level);
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
    await write(dataFile.context(aggregate), prepared.topojson, 'context-geometry', aggregate);
    outcome.contextFeatures[aggregate] = prepared.features;
  }
  return outcome;
}
