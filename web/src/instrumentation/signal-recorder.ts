/**
 * The recorder's shape, in its own module so signals.ts (which calls it) and e2e-recorder.ts (which
 * implements it) share the type without importing each other.
 */
/** How a level's names are ranked when they collide: by its table's inhabitants, or without that table by area. */
export type NameRanking = 'inhabitants' | 'area';

export interface SignalRecorder {
  /** The user changed what the map shows; the next drawn frame completes the measurement. */
  markChange(label: string): void;
  /** The map has drawn new colours. */
  markRendered(mapLevel: string): void;
  /** The hatch of the last drawn colours is drawn too (it follows them: paint-levels.ts revealHatch). */
  markHatchDrawn(): void;
  /** A level not shown yet has its polygons and hatch in the map's hidden sources, indexed by MapLibre's worker. */
  markPrepared(level: string): void;
  /** A level's names are on the map. */
  markNamed(level: string, rankedBy: NameRanking): void;
  databaseReady(): void;
  /** A level's table is loaded into DuckDB-WASM (the gemeente table first; the others in the background). */
  tableInDatabase(level: string): void;
  dataError(message: string): void;
}
