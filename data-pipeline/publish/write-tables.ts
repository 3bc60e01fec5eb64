/**
 * Stage 6b: the region tables per level and the trends table, each as Arrow IPC (for the app) and
 * Parquet (for analysts), checked against the contract before they are written.
 */
import {
  GI_LEVELS,
  LEVELS,
  TABLE_SLICE_NAMES,
  dataFile,
  publishesSlice,
  sliceColumns,
  type IndicatorId,
  type IndicatorShape,
  type Level,
  type PublishedFile,
  type ThemeId,
} from '@atlas/contract';
import type { IndicatorDefinition } from '../../indicators/catalog/types.ts';
import { uncertaintyMethod } from '../compute/uncertainty/method.ts';
import { levelHotspots, type LevelHotspots } from '../compute/hotspots/level-hotspots.ts';
import { neighboursCached } from '../compute/hotspots/neighbours-cache.ts';
import type { IndicatorResult } from '../compute/indicator-values.ts';
import type { PendingLevelScores } from '../compute/scores.ts';
import type { RegionRegister } from '../regions/register.ts';
import type { OutputFolder } from './output-folder.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestLevels } from './indicator-facts.ts';
import { buildNeighboursTable } from './neighbours-table.ts';
import { buildRegionTable } from './region-table.ts';
import { encodeTable, selectColumns, type EncodedTable } from './encoded-columns.ts';
import { validateRegionTable } from './validate-output.ts';
import { toArrowIpcParts } from './write-arrow.ts';
import { writeParquet } from './write-parquet.ts';

export interface TableInputs {
  register: RegionRegister;
  results: readonly IndicatorResult[];
  /** The catalogue's indicators: their manifest levels and method decide each level's columns. */
  indicators: readonly IndicatorDefinition[];
  /** The buurt level's uncertainty may still be on its way (compute/scores.ts): the other levels' tables go first. */
  scored: Readonly<Record<Level, PendingLevelScores>>;
  themeIds: readonly ThemeId[];
  withGeometry: Readonly<Record<Level, ReadonlySet<string>>>;
  similar: ReadonlyMap<string, readonly string[]>;
  /** The trends table and its gemeente rows, encoded when the trend rows were made (trends-table.ts). */
  trends: EncodedTable;
  gemeenteTrends: EncodedTable;
  /** Where the neighbour graphs are kept by TopoJSON hash (the geometry cache folder); none when null. */
  cacheDir: string | null;
}

interface TableFiles {
  arrow: { path: string; kind: PublishedFile['kind'] };
  parquet: { path: string; kind: PublishedFile['kind'] };
  level?: Level;
}

/** Both files of a table from one encoding of its columns. */
async function writeTable(out: OutputFolder, table: EncodedTable, files: TableFiles): Promise<void> {
  await out.writeParts(files.arrow.path, await toArrowIpcParts(table), files.arrow.kind, files.level);
  await writeParquet(table, await out.prepare(files.parquet.path));
  await out.record(files.parquet.path, files.parquet.kind, files.level);
}

/**
 * Neighbours and Gi* of the hotspot levels whose TopoJSON is already in the output folder (written before the
 * tables), read back from the published file so the neighbours are those of the geometry the app draws.
 */
async function hotspotLevels(out: OutputFolder, inputs: TableInputs): Promise<LevelHotspots[]> {
  const result: LevelHotspots[] = [];
  for (const level of GI_LEVELS) {
    const path = dataFile.geometry(level);
    if (!out.files.some((f) => f.path === path)) continue;
    const graph = await neighboursCached(level, await readFile(join(out.dir, path), 'utf8'), inputs.cacheDir);
    result.push(levelHotspots(level, graph, inputs.results, inputs.scored[level], inputs.register));
  }
  return result;
}

/**
 * A level's region table, checked against the contract and encoded. Only the encoding leaves: the cell arrays of
 * its string, int32 and bool columns are garbage before the Parquet export (the buurt one is the build's peak).
 */
async function encodedRegionTable(
  inputs: TableInputs,
  level: Level,
  facts: { shapes: ReadonlyMap<IndicatorId, IndicatorShape>; ordered: readonly IndicatorShape[]; hotspots: readonly LevelHotspots[] },
): Promise<EncodedTable> {
  const table = buildRegionTable(inputs.register, {
    level,
    indicators: inputs.results,
    shapes: facts.shapes,
    scores: inputs.scored[level].scores,
    themes: inputs.scored[level].themes,
    withGeometry: inputs.withGeometry[level],
    similar: level === 'gemeente' ? inputs.similar : new Map(),
    uncertainty: await inputs.scored[level].uncertainty,
    hotspots: facts.hotspots.find((h) => h.level === level) ?? null,
  });
  validateRegionTable(table, level, inputs.register.byLevel[level].length, { indicators: facts.ordered, themeIds: inputs.themeIds });
  return encodeTable(table);
}

/** Writes the tables; returns the hotspot levels (neighbour graphs, Gi*) for the manifest and methode.json. */
export async function writeTables(out: OutputFolder, inputs: TableInputs): Promise<LevelHotspots[]> {
  // the same facts the manifest publishes, so the app derives the same column list from it
  const shapes = new Map<IndicatorId, IndicatorShape>(
    inputs.indicators.map((d) => [d.id, { id: d.id, levels: manifestLevels(d), uncertainty: uncertaintyMethod(d) }]),
  );
  const ordered = inputs.results.flatMap((r) => shapes.get(r.id) ?? []);
  const hotspots = await hotspotLevels(out, inputs);
  for (const level of LEVELS) {
    const table = await encodedRegionTable(inputs, level, { shapes, ordered, hotspots });
    await writeTable(out, table, {
      arrow: { path: dataFile.arrow(level), kind: 'table-arrow' },
      parquet: { path: dataFile.parquet(level), kind: 'table-parquet' },
      level,
    });
    for (const slice of TABLE_SLICE_NAMES.filter((s) => publishesSlice(s, level))) {
      const path = dataFile.sliceArrow(level, slice);
      const sliced = selectColumns(table, path, sliceColumns(slice, ordered, inputs.themeIds, level));
      await out.writeParts(path, await toArrowIpcParts(sliced), 'slice-arrow', level);
    }
  }
  await writeTable(out, inputs.trends, {
    arrow: { path: dataFile.trendsArrow, kind: 'trends-arrow' },
    parquet: { path: dataFile.trendsParquet, kind: 'trends-parquet' },
  });
  await writeTable(out, encodeTable(buildNeighboursTable(hotspots.map((h) => h.graph))), {
    arrow: { path: dataFile.neighboursArrow, kind: 'neighbours-arrow' },
    parquet: { path: dataFile.neighboursParquet, kind: 'neighbours-parquet' },
  });
  await out.writeParts(dataFile.trendsGemeenteArrow, await toArrowIpcParts(inputs.gemeenteTrends), 'trends-gemeente-arrow');
  return hotspots;
}
