/** Paths of the published files, relative to the data folder. */
import type { TableSlice } from './columns.ts';
import type { Aggregate, Level } from './levels.ts';

export const dataFile = {
  manifest: 'manifest.json',
  methode: 'methode.json',
  arrow: (level: Level) => `${level}.arrow`,
  parquet: (level: Level) => `${level}.parquet`,
  /** A slice of a level's table (TABLE_SLICES: the columns, and which levels publish it); Arrow only. */
  sliceArrow: (level: Level, slice: TableSlice) => `${level}.${slice}.arrow`,
  geometry: (level: Level) => `geo/${level}.topojson`,
  context: (aggregate: Aggregate) => `geo/${aggregate}.topojson`,
  trendsArrow: 'trends.arrow',
  trendsParquet: 'trends.parquet',
  /** The gemeenten's and Nederland's rows of trends.arrow (5 % of its rows): all a gemeente's page and map need. */
  trendsGemeenteArrow: 'trends-gemeente.arrow',
  /** Contiguity neighbour lists of the levels with geometry (NEIGHBOUR_COLUMNS). */
  neighboursArrow: 'neighbours.arrow',
  neighboursParquet: 'neighbours.parquet',
  /** Names, parents and bounds of every region, for the search (contract/search-index.ts). */
  searchIndex: 'search-index.json',
} as const;

/** Every TopoJSON file we publish holds one object of this name; each geometry's `id` is the region code. */
export const TOPOJSON_OBJECT = 'regions';
