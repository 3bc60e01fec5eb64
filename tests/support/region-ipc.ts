/**
 * Region tables for the reader's unit tests, written by the pipeline's own Arrow writer from the contract's
 * typed columns: what the app reads in a test is what the pipeline publishes, not a hand-made look-alike.
 */
import { levelTableColumns, regionTableColumns, type ColumnSpec, type IndicatorId, type IndicatorShape, type Level, type ThemeId } from '@atlas/contract';
import { publishedTable, type CellValue } from '../../data-pipeline/publish/columns.ts';
import { toArrowIpc } from '../../data-pipeline/publish/write-arrow.ts';

export type FixtureRow = Record<string, CellValue>;

/** Arrow IPC with exactly `columns` (in their types); a cell a row does not give is null. */
export function tableIpc(columns: readonly ColumnSpec[], rows: readonly FixtureRow[]): Uint8Array {
  return toArrowIpc(
    publishedTable(
      'fixture',
      columns.map((c) => ({ ...c, values: rows.map((r) => r[c.name] ?? null) })),
    ),
  );
}

/** A level's region table for these indicators and themes, and the column list the reader checks it against. */
export function regionIpc(
  indicators: readonly IndicatorId[],
  themes: readonly ThemeId[],
  rows: readonly FixtureRow[],
): { ipc: Uint8Array; columns: ColumnSpec[] } {
  const columns = regionTableColumns(indicators, themes);
  return { ipc: tableIpc(columns, rows), columns };
}

/**
 * A level's region table as the pipeline publishes it: only the columns the contract gives the level for these
 * manifest indicators (see levelTableColumns), and that list for the reader.
 */
export function levelRegionIpc(
  indicators: readonly IndicatorShape[],
  themes: readonly ThemeId[],
  level: Level,
  rows: readonly FixtureRow[],
): { ipc: Uint8Array; columns: ColumnSpec[] } {
  const columns = levelTableColumns(indicators, themes, level);
  return { ipc: tableIpc(columns, rows), columns };
}
