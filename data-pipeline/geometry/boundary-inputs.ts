/**
 * Each level's boundary file, read once for the boundary checks (geometry-sanity.ts) and the geometry stage
 * (prepare-geometry.ts): the official file when present, else the level's fallback (the approximate buurt layer).
 */
import { LEVELS, type Level } from '@atlas/contract';
import { BOUNDARY_FILES, FALLBACK_BOUNDARY_FILES, type BoundarySpec } from '../sources/boundary-files.ts';
import type { RawFolder } from '../sources/raw-folder.ts';
import { GeometryInputError } from './geometry-input-error.ts';

/** Levels that may be published without a map when their boundary file is absent (no official buurt layer in the raw folder). */
export const TABLE_ONLY_LEVELS: readonly Level[] = ['buurt'];

export interface BoundaryInput {
  level: Level;
  spec: BoundarySpec;
  text: string;
  /** The file's full path, for messages. */
  file: string;
  /** Of the file's bytes (the text is decoded from them alone). */
  sha256: string;
}

async function boundarySpec(raw: RawFolder, level: Level): Promise<BoundarySpec | null> {
  for (const spec of [BOUNDARY_FILES[level], FALLBACK_BOUNDARY_FILES[level]]) if (spec && (await raw.has(spec.path))) return spec;
  return null;
}

/** The levels with a boundary file, in LEVELS order; a missing file is an error, except for the levels in TABLE_ONLY_LEVELS. */
export async function readBoundaryInputs(raw: RawFolder): Promise<BoundaryInput[]> {
  const inputs: BoundaryInput[] = [];
  for (const level of LEVELS) {
    const spec = await boundarySpec(raw, level);
    if (spec === null && !TABLE_ONLY_LEVELS.includes(level)) {
      throw new GeometryInputError(
        { file: raw.path(BOUNDARY_FILES[level].path) },
        `is missing: the ${level} level needs its boundary file (only ${TABLE_ONLY_LEVELS.join(', ')} may be table-only)`,
      );
    }
    if (spec !== null) inputs.push({ level, spec, ...(await raw.readText(spec.path)) });
  }
  return inputs;
}
