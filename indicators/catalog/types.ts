/**
 * Shapes of the declarative catalogue. The catalogue itself (sources.ts, indicators.ts, themes.ts) is data;
 * ids are literal types, so code that names an unknown indicator or theme fails to compile.
 */
import type { Direction, IndicatorId as IndicatorIdT, Level, SeriesId, SourceId as SourceIdT, ThemeId as ThemeIdT } from '@atlas/contract';

export type { Direction };

/**
 * How the uncertainty of an indicator's value is computed (issue 14):
 * - 'poisson': a rate of counted events (crimes per 1,000): exact Garwood interval on the count, empirical-Bayes smoothing;
 * - 'wilson': a share of counted persons or households: Wilson score interval;
 * - 'none_no_sampling': no interval — the value has no counting or sampling basis here (mean income, WOZ, areas, classes);
 * - 'none_survey': no interval — a survey estimate whose margin the source does not publish.
 * Optional while the catalogue grows; an indicator without it gets `defaultUncertainty` (compute/uncertainty/method.ts).
 */
export type UncertaintyMethod = 'poisson' | 'wilson' | 'none_no_sampling' | 'none_survey';

/**
 * How an indicator's value is computed on one level, from the columns of one input table.
 * Expressions are DuckDB SQL over the columns of `table`; `numerator`/`denominator` make it a rate
 * (value = numerator / denominator × scale), `value` makes it a plain measure.
 */
export type LevelFormula =
  | {
      kind: 'rate';
      table: string;
      numerator: string;
      denominator: string;
      scale: number;
      /** Columns read, for the catalogue test and the methodology page. */
      columns: readonly string[];
      note?: string;
    }
  | {
      kind: 'measure';
      table: string;
      value: string;
      columns: readonly string[];
      note?: string;
    }
  | {
      /** Sum numerators and denominators of the level below, only where enough of the area is covered. */
      kind: 'sum_of_children';
      from: Level;
      /** Share of the area's inhabitants that must live in child regions with a value (0–1). */
      minCoverage: number;
      note?: string;
    };

export interface IndicatorDefinition<Id extends string = IndicatorIdT, ThemeId extends string = ThemeIdT, SourceId extends string = SourceIdT> {
  id: Id;
  /** Dutch label as shown in the UI. */
  label: string;
  /** One Dutch line. */
  short: string;
  /** Longer Dutch explanation: what it measures, why it is a signal, its limits. */
  explanation: string;
  themes: readonly ThemeId[];
  sources: readonly SourceId[];
  unit: string;
  decimals: number;
  year: string;
  direction: Direction;
  /** Regions with fewer inhabitants get no value (CBS practice against extreme values and disclosure). */
  minPopulation: number;
  kind: 'direct' | 'proxy';
  /** For a proxy: what it stands in for (Dutch). */
  proxyFor?: string;
  /** Data that would measure this better (Dutch). */
  betterData?: string;
  levels: Partial<Record<Level, LevelFormula>>;
  /** How the value's interval is computed; see UncertaintyMethod. */
  uncertainty?: UncertaintyMethod;
  /** The trends series that holds this indicator's value for other years (equal in `year`); the map offers a year slider for it. */
  series?: SeriesId;
}

export interface ThemeDefinition<Id extends string = ThemeIdT, IndicatorId extends string = IndicatorIdT> {
  id: Id;
  label: string;
  explanation: string;
  /** A theme built only or mainly from proxies says so everywhere it is shown. */
  proxy: boolean;
  proxyNote?: string;
  /** Share of the theme's weight that must have a value before a score is given. */
  minWeightShare: number;
  /** A level needs at least this many of the theme's indicators before it gets theme scores at all. */
  minIndicators: number;
  indicators: readonly { id: IndicatorId; weight: number }[];
}

export interface SourceDefinition<Id extends string = SourceIdT> {
  id: Id;
  title: string;
  publisher: string;
  tableId: string | null;
  referenceYear: string;
  regionLayout: string;
  licence: string;
  attribution: string;
  url: string;
  caveats: readonly string[];
  /** Paths relative to the raw folder. */
  files: readonly string[];
  /** Files that may be absent (the pipeline then publishes what it has and says so). */
  optional?: boolean;
}
